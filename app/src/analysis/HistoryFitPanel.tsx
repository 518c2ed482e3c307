import { fieldPathLabel } from 'email-npv';
import type { HistoryFit, UserScenarioFileData } from 'email-npv';
import { useState } from 'preact/hooks';
import { inputValueText } from './format';
import { AnalysisCancelled, AnalysisFailed } from './analysisClient';
import { basisChangeWarning, type CampaignFitOutcome } from './historyFit';
import { analysisClientOf } from './panelClients';
import type { PanelProps } from './panelProps';
import { Problems } from './Problems';
import './analysis.css';

type Status =
  | { readonly state: 'idle' }
  | { readonly state: 'reading'; readonly fileName: string }
  | { readonly state: 'fitted'; readonly fileName: string; readonly fit: HistoryFit; readonly applied: boolean }
  | { readonly state: 'failed'; readonly fileName: string; readonly problems: readonly { readonly path: string; readonly rule: string }[] };

/** The locales a campaign export may write its numbers and dates in. */
const locales = [
  ['en-US', '1,234.5 and Jan 05, 2021 (US, UK)'],
  ['de-DE', '1.234,5 and 05.01.2021 (Germany)'],
  ['fr-FR', '1 234,5 and 05/01/2021 (France)'],
] as const;

/**
 * Fits the baseline to the user's own campaigns: a campaign CSV (picker or drop) read and fitted by the
 * library (`readCampaigns`, `fitHistory`), the fitted rates with their 90 % intervals and the warnings,
 * and a button that puts the fitted file (rates as distributions, the evidence in `history`) in the page.
 */
export function HistoryFitPanel({ file, setFile, format }: PanelProps) {
  const client = analysisClientOf('fitCampaigns');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [locale, setLocale] = useState('en-US');
  const [segmentBy, setSegmentBy] = useState('');
  const [dragging, setDragging] = useState(false);

  const load = async (csv: File | undefined) => {
    if (csv === undefined) return;
    setStatus({ state: 'reading', fileName: csv.name });
    let outcome: CampaignFitOutcome;
    try {
      // In the worker: a fit of two years of weekly campaigns takes about half a second.
      outcome = await client.run({
        kind: 'fitCampaigns',
        text: await csv.text(),
        base: file.value,
        fileName: csv.name,
        locale,
        ...(segmentBy.trim() === '' ? {} : { segmentBy: segmentBy.trim() }),
      });
    } catch (error) {
      if (error instanceof AnalysisCancelled) return;
      outcome = {
        problems: error instanceof AnalysisFailed ? error.problems : [{ path: csv.name, rule: error instanceof Error ? error.message : String(error) }],
      };
    }
    setStatus(
      'fit' in outcome
        ? { state: 'fitted', fileName: csv.name, fit: outcome.fit, applied: false }
        : { state: 'failed', fileName: csv.name, problems: outcome.problems },
    );
  };

  return (
    <section class="analysis-panel" aria-labelledby="fit-heading">
      <h2 id="fit-heading">Fit the baseline to your campaigns</h2>
      <p>
        Load your email platform’s campaign export (CSV, one row per campaign): the open, click and conversion rates and the order value are estimated from it.
        Nothing leaves this page.
      </p>
      <div class="analysis-controls">
        <label>
          Numbers and dates written as
          <select value={locale} onChange={(e) => setLocale(e.currentTarget.value)}>
            {locales.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Fit per segment by the column (optional)
          <input type="text" value={segmentBy} placeholder="e.g. List" onInput={(e) => setSegmentBy(e.currentTarget.value)} />
        </label>
      </div>
      <div
        class={dragging ? 'analysis-drop dragging' : 'analysis-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void load(e.dataTransfer?.files[0]);
        }}
      >
        <label>
          Campaign CSV (or drop it here)
          <input type="file" accept=".csv,text/csv" onChange={(e) => void load(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <p role="status" aria-live="polite" class="analysis-status">
        {status.state === 'reading'
          ? `Reading ${status.fileName}…`
          : status.state === 'failed'
            ? `${status.fileName} could not be fitted:`
            : status.state === 'fitted'
              ? status.applied
                ? `The fitted values of ${status.fileName} are in the baseline.`
                : `Fitted from ${status.fileName}.`
              : ''}
      </p>
      {status.state === 'failed' && <Problems problems={status.problems} />}
      {status.state === 'fitted' && (
        <FitResult
          fit={status.fit}
          basisWarning={basisChangeWarning(file.value, status.fit.file)}
          format={format}
          applied={status.applied}
          apply={() => {
            setFile(status.fit.file as UserScenarioFileData);
            setStatus({ ...status, applied: true });
          }}
        />
      )}
    </section>
  );
}

/** The estimates, the warnings and the button that applies them. */
function FitResult({
  fit,
  basisWarning,
  format,
  applied,
  apply,
}: {
  readonly fit: HistoryFit;
  readonly basisWarning: string | undefined;
  readonly format: PanelProps['format'];
  readonly applied: boolean;
  readonly apply: () => void;
}) {
  const warnings = basisWarning === undefined ? fit.warnings : [...fit.warnings, basisWarning];
  const value = (path: string, v: number) => inputValueText(path.replace(/^baseline\./, ''), v, format);
  const range = (path: string, r: readonly [number, number] | undefined) => (r === undefined ? '—' : `${value(path, r[0])} – ${value(path, r[1])}`);
  return (
    <div class="analysis-result">
      <div class="analysis-table-box">
        <table class="analysis-table">
          <caption>What your campaigns say (90 % intervals)</caption>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">Estimate</th>
              <th scope="col">90 % interval</th>
              <th scope="col">Next campaign (90 %)</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {fit.estimates.map((e) => (
              <tr key={e.path}>
                <th scope="row">{fieldPathLabel(e.path)}</th>
                <td>{value(e.path, e.value)}</td>
                <td>{range(e.path, e.interval)}</td>
                <td>{range(e.path, e.nextCampaign)}</td>
                <td>{e.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {warnings.length > 0 && (
        <ul class="analysis-warnings" aria-label="Warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={apply} disabled={applied}>
        Apply to the baseline
      </button>
    </div>
  );
}
