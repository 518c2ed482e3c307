import { fieldPathLabel } from 'email-npv';
import { useState } from 'preact/hooks';
import { AnalysisCancelled, AnalysisFailed } from './analysisClient';
import { inputValueText, moneyText, solvableFields } from './format';
import { horizonsOf } from './horizonChoice';
import type { PanelProps } from './panelProps';
import type { WireSolveFor } from './protocol';
import { Problems } from './Problems';
import { analysisClientOf } from './panelClients';
import './analysis.css';
import { HorizonSelect } from './HorizonSelect';

type Target = 'zero' | 'baseline';

type Status =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly result: WireSolveFor; readonly scenario: string; readonly target: Target }
  | { readonly state: 'failed'; readonly problems: readonly { readonly path: string; readonly rule: string }[] };

/** The file's baseline name (default "baseline"). */
const baselineNameOf = (file: unknown): string => {
  const name = typeof file === 'object' && file !== null ? (file as { baselineName?: unknown }).baselineName : undefined;
  return typeof name === 'string' ? name : 'baseline';
};

/**
 * Break-even values on demand: the value of one input at which the selected scenario's NPV at a horizon is 0,
 * or equals the baseline's NPV there (the library's `solveFor`, in the worker), or the library's message when
 * no value of the input's valid range reaches it.
 */
export function SolveForPanel({ file, selected, format }: PanelProps) {
  const client = analysisClientOf('solveFor');
  const horizons = horizonsOf(file.value);
  const [field, setField] = useState('openRate');
  const [years, setYears] = useState(horizons.at(-1)!);
  const [target, setTarget] = useState<Target>('zero');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const scenario = selected.value;
  const isBaseline = scenario === baselineNameOf(file.value);
  const shownYears = horizons.includes(years) ? years : horizons.at(-1)!;
  const shownTarget: Target = isBaseline ? 'zero' : target;

  const solve = () => {
    setStatus({ state: 'running' });
    client.run({ kind: 'solveFor', file: file.value, scenario, field, years: shownYears, target: shownTarget }).then(
      (result) => setStatus({ state: 'done', result, scenario, target: shownTarget }),
      (error: unknown) => {
        if (error instanceof AnalysisFailed) setStatus({ state: 'failed', problems: error.problems });
        else if (!(error instanceof AnalysisCancelled)) setStatus({ state: 'failed', problems: [{ path: '', rule: String(error) }] });
      },
    );
  };

  return (
    <section class="analysis-panel" aria-labelledby="solve-heading">
      <h2 id="solve-heading">Break-even values: {scenario}</h2>
      <form
        class="analysis-controls"
        onSubmit={(event) => {
          event.preventDefault();
          solve();
        }}
      >
        <label>
          Input
          <select value={field} onChange={(e) => setField(e.currentTarget.value)}>
            {solvableFields.map((f) => (
              <option key={f} value={f}>
                {fieldPathLabel(f)}
              </option>
            ))}
          </select>
        </label>
        <HorizonSelect horizons={horizons} years={shownYears} onChange={setYears} />
        <fieldset>
          <legend>Target</legend>
          <label>
            <input type="radio" name="solve-target" value="zero" checked={shownTarget === 'zero'} onChange={() => setTarget('zero')} />
            NPV = 0 (break-even)
          </label>
          <label>
            <input
              type="radio"
              name="solve-target"
              value="baseline"
              checked={shownTarget === 'baseline'}
              disabled={isBaseline}
              onChange={() => setTarget('baseline')}
            />
            NPV = the baseline’s NPV
          </label>
        </fieldset>
        <button type="submit" disabled={status.state === 'running'}>
          Find the value
        </button>
      </form>
      <p role="status" aria-live="polite" class="analysis-status">
        {status.state === 'running' ? 'Searching…' : status.state === 'failed' ? 'No value found:' : status.state === 'done' ? answerText(status, format) : ''}
      </p>
      {status.state === 'failed' && <Problems problems={status.problems} />}
      {status.state === 'done' && status.result.roots.length > 1 && (
        <p>
          The NPV reaches the target at several values: {status.result.roots.map((r) => inputValueText(status.result.field, r, format)).join(', ')} (the one
          nearest the current value is shown).
        </p>
      )}
      {status.state === 'done' && status.result.warnings.length > 0 && (
        <ul class="analysis-warnings">
          {status.result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The answer in words, e.g. `Open rate (OR) at 12.1 % (now 40 %) brings the 5-year NPV of baseline to $0.` */
function answerText({ result, scenario, target }: Extract<Status, { state: 'done' }>, format: PanelProps['format']): string {
  const value = (v: number) => inputValueText(result.field, v, format);
  const horizon = result.months % 12 === 0 ? `${result.months / 12}-year` : `${result.months}-month`;
  const aim = target === 'zero' ? moneyText(0, format) : `the baseline’s, ${moneyText(result.targetNpv, format)}`;
  return `${fieldPathLabel(result.field)} at ${value(result.value)} (now ${value(result.currentValue)}) brings the ${horizon} NPV of ${scenario} to ${aim}.`;
}
