import { tornadoChart, fieldPathLabel } from 'email-npv';
import { useEffect, useState } from 'preact/hooks';
import { AnalysisCancelled, AnalysisFailed } from './analysisClient';
import { useChartWidth } from './chartWidth';
import { inputValueText, moneyText, numberText } from './format';
import { horizonsOf } from './horizonChoice';
import type { PanelProps } from './panelProps';
import type { WireSensitivity } from './protocol';
import { Problems } from './Problems';
import { tornadoBars } from './tornadoView';
import { analysisClientOf } from './panelClients';
import './analysis.css';
import { HorizonSelect } from './HorizonSelect';

type Status =
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly result: WireSensitivity; readonly scenario: string }
  | { readonly state: 'failed'; readonly problems: readonly { readonly path: string; readonly rule: string }[] };

/**
 * Which assumption matters most for the selected scenario: each input moved down and up by the chosen change,
 * the NPV at the chosen horizon (the library's `sensitivity`, in the worker), drawn as a tornado and listed as a table.
 */
export function SensitivityPanel({ file, selected, format }: PanelProps) {
  const client = analysisClientOf('sensitivity');
  const horizons = horizonsOf(file.value);
  const [years, setYears] = useState(horizons.at(-1)!);
  const [changeText, setChangeText] = useState('10');
  const [status, setStatus] = useState<Status>({ state: 'running' });
  const change = Number(changeText) / 100;
  const changeProblem = changeText.trim() !== '' && change > 0 && change <= 1 ? undefined : 'change: must be a percentage more than 0 and at most 100';
  const shownYears = horizons.includes(years) ? years : horizons.at(-1)!;
  const fileValue = file.value;
  const scenario = selected.value;

  // A run 250 ms after the last change (typing does not start a run per key); a newer run cancels the one going.
  useEffect(() => {
    if (changeProblem !== undefined) return;
    const timer = setTimeout(() => {
      setStatus({ state: 'running' });
      client.run({ kind: 'sensitivity', file: fileValue, scenario, years: shownYears, change }).then(
        (result) => setStatus({ state: 'done', result, scenario }),
        (error: unknown) => {
          if (error instanceof AnalysisFailed) setStatus({ state: 'failed', problems: error.problems });
          else if (!(error instanceof AnalysisCancelled)) setStatus({ state: 'failed', problems: [{ path: '', rule: String(error) }] });
        },
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [client, fileValue, scenario, shownYears, change, changeProblem]);

  return (
    <section class="analysis-panel" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">Which input matters most: {scenario}</h2>
      <div class="analysis-controls">
        <HorizonSelect horizons={horizons} years={shownYears} onChange={setYears} />
        <label>
          Change each input by ± (%)
          <input
            type="number"
            inputMode="decimal"
            min={0.1}
            max={100}
            step="any"
            value={changeText}
            onInput={(e) => setChangeText(e.currentTarget.value)}
            aria-invalid={changeProblem !== undefined}
          />
        </label>
      </div>
      {changeProblem !== undefined && <Problems problems={[changeProblem]} />}
      <p role="status" aria-live="polite" class="analysis-status">
        {status.state === 'running' ? 'Computing…' : status.state === 'failed' ? 'The sensitivity could not be computed:' : ''}
      </p>
      {status.state === 'failed' && <Problems problems={status.problems} />}
      {status.state === 'done' && <Tornado result={status.result} scenario={status.scenario} format={format} />}
    </section>
  );
}

/** The tornado chart (the library's SVG) and the same bars as a table. */
function Tornado({ result, scenario, format }: { readonly result: WireSensitivity; readonly scenario: string; readonly format: PanelProps['format'] }) {
  const [chartBox, chartWidth] = useChartWidth();
  if (result.tornado.length === 0) return <p>No input of {scenario} moves its NPV.</p>;
  const horizon = result.months % 12 === 0 ? `${result.months / 12}-year` : `${result.months}-month`;
  const percent = +(result.change * 100).toPrecision(6);
  return (
    <div class="analysis-result">
      <figure class="analysis-chart" ref={chartBox}>
        {/* The library's SVG, user text escaped there: the one place HTML is inserted. */}
        <div
          dangerouslySetInnerHTML={{
            __html: tornadoChart(tornadoBars(result, format), Number(result.npvBase), {
              id: 'sensitivity-tornado',
              width: chartWidth,
              title: `${scenario}: ${horizon} NPV with each input ±${percent} %`,
              lowLabel: `input ${percent} % lower`,
              highLabel: `input ${percent} % higher`,
              ...(format === undefined ? {} : { currency: format.currency, locale: format.locale }),
            }),
          }}
        />
      </figure>
      <div class="analysis-table-box">
        <table class="analysis-table">
          <caption>
            {scenario}: {horizon} NPV {moneyText(result.npvBase, format)} with every input as it is; each input moved ±{percent} %
          </caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Low value</th>
              <th scope="col">High value</th>
              <th scope="col">NPV at low</th>
              <th scope="col">NPV at high</th>
              <th scope="col">Swing</th>
              <th scope="col">Elasticity</th>
            </tr>
          </thead>
          <tbody>
            {result.tornado.map((e) => (
              <tr key={e.field}>
                <th scope="row">
                  {fieldPathLabel(e.field)}
                  {e.clamped ? ' *' : ''}
                </th>
                <td>{inputValueText(e.field, e.valueLow, format)}</td>
                <td>{inputValueText(e.field, e.valueHigh, format)}</td>
                <td>{moneyText(e.npvLow, format)}</td>
                <td>{moneyText(e.npvHigh, format)}</td>
                <td>{moneyText(e.swing, format)}</td>
                <td title={e.elasticityReason}>{e.elasticity === null ? '—' : numberText(e.elasticity, format)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.tornado.some((e) => e.clamped) && <p>* a value outside the input’s valid range was replaced by the nearest valid one.</p>}
      <p>Elasticity: the % change of the NPV for a 1 % change of the input.</p>
      {result.warnings.length > 0 && (
        <ul class="analysis-warnings">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
