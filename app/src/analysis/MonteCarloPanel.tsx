import { DEFAULT_DRAWS, DEFAULT_SEED, describeDistribution, fanChart, MAX_DRAWS, fieldPathLabel } from 'email-npv';
import { signal } from '@preact/signals';
import { AnalysisCancelled, AnalysisFailed } from './analysisClient';
import { useChartWidth } from './chartWidth';
import { fanBandOf, simulationRows } from './simulationView';
import { moneyText, percentText } from './format';
import type { PanelProps } from './panelProps';
import type { WireSimulation } from './protocol';
import { Problems } from './Problems';
import { analysisClientOf } from './panelClients';
import { wholeNumberProblem } from './wholeNumber';
import './analysis.css';

type Status =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly done: number; readonly total: number }
  | { readonly state: 'done'; readonly result: WireSimulation; readonly file: unknown; readonly milliseconds: number }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed'; readonly problems: readonly { readonly path: string; readonly rule: string }[] };

// The panel's state lives as long as the page, so that a run goes on, and its result stays, while another tab is open.
/** The draws and seed as typed; undefined until typed (the file's, else the defaults, are shown). */
const drawsTyped = signal<string | undefined>(undefined);
const seedTyped = signal<string | undefined>(undefined);
const status = signal<Status>({ state: 'idle' });
const setStatus = (next: Status) => (status.value = next);

/** The file's `simulation` section, when it gives one. */
const simulationOf = (file: unknown): { draws?: unknown; seed?: unknown } =>
  (typeof file === 'object' && file !== null && (file as { simulation?: object }).simulation) || {};

/**
 * Monte Carlo of the page's file in a Web Worker: draws and seed (the file's `simulation`, else 10,000 and 1),
 * progress and cancel, then per horizon every scenario's P(beats the baseline), P5/P50/P95 of its NPV and of
 * its difference from the baseline, and the P5–P95 fan of the selected scenario's cumulative NPV.
 */
export function MonteCarloPanel({ file, selected, format: style }: PanelProps) {
  const client = analysisClientOf('monteCarlo');
  const given = simulationOf(file.value);
  const drawsText = drawsTyped.value ?? String(typeof given.draws === 'number' ? given.draws : DEFAULT_DRAWS);
  const seedText = seedTyped.value ?? String(typeof given.seed === 'number' ? given.seed : DEFAULT_SEED);
  const setDrawsText = (text: string) => (drawsTyped.value = text);
  const setSeedText = (text: string) => (seedTyped.value = text);
  const current = status.value;
  const drawsProblem = wholeNumberProblem(drawsText, 1, MAX_DRAWS, 'draws');
  const seedProblem = wholeNumberProblem(seedText, 0, 2 ** 32 - 1, 'seed');
  const running = current.state === 'running';

  const run = () => {
    const runFile = file.value;
    const started = performance.now();
    setStatus({ state: 'running', done: 0, total: 1 });
    client
      .run({ kind: 'simulate', file: runFile, draws: Number(drawsText), seed: Number(seedText) }, (done, total) => setStatus({ state: 'running', done, total }))
      .then(
        (result) => setStatus({ state: 'done', result, file: runFile, milliseconds: performance.now() - started }),
        (error: unknown) => {
          if (error instanceof AnalysisCancelled) setStatus({ state: 'cancelled' });
          else if (error instanceof AnalysisFailed) setStatus({ state: 'failed', problems: error.problems });
          else setStatus({ state: 'failed', problems: [{ path: '', rule: String(error) }] });
        },
      );
  };

  const statusText =
    current.state === 'running'
      ? `Running: ${current.done.toLocaleString('en-US')} of ${current.total.toLocaleString('en-US')} model runs`
      : current.state === 'done'
        ? `Done: ${current.result.draws.toLocaleString('en-US')} draws, seed ${current.result.seed}, in ${(current.milliseconds / 1000).toFixed(1)} s`
        : current.state === 'cancelled'
          ? 'Cancelled'
          : current.state === 'failed'
            ? 'The simulation could not run:'
            : '';

  return (
    <section class="analysis-panel" aria-labelledby="mc-heading">
      <h2 id="mc-heading">Monte Carlo: how sure is the answer?</h2>
      <form
        class="analysis-controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (!running && drawsProblem === undefined && seedProblem === undefined) run();
        }}
      >
        <label>
          Draws
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DRAWS}
            step={1}
            value={drawsText}
            onInput={(e) => setDrawsText(e.currentTarget.value)}
            aria-invalid={drawsProblem !== undefined}
            aria-describedby="mc-draws-problem"
          />
        </label>
        <label>
          Seed
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={seedText}
            onInput={(e) => setSeedText(e.currentTarget.value)}
            aria-invalid={seedProblem !== undefined}
            aria-describedby="mc-seed-problem"
          />
        </label>
        <button type="submit" disabled={running || drawsProblem !== undefined || seedProblem !== undefined}>
          Run Monte Carlo
        </button>
        <button type="button" disabled={!running} onClick={() => client.cancel()}>
          Cancel
        </button>
      </form>
      <Problems id="mc-draws-problem" problems={drawsProblem === undefined ? [] : [drawsProblem]} />
      <Problems id="mc-seed-problem" problems={seedProblem === undefined ? [] : [seedProblem]} />
      <div class="analysis-progress">
        <label for="mc-progress">Progress</label>
        <progress id="mc-progress" max={running ? current.total : 1} value={running ? current.done : current.state === 'done' ? 1 : 0} />
        <p role="status" aria-live="polite" class="analysis-status">
          {statusText}
        </p>
      </div>
      {current.state === 'failed' && <Problems problems={current.problems} />}
      {current.state === 'done' && <SimulationResult result={current.result} stale={current.file !== file.value} selected={selected.value} style={style} />}
    </section>
  );
}

/** The tables and the fan of one simulation. */
function SimulationResult({
  result,
  stale,
  selected,
  style,
}: {
  readonly result: WireSimulation;
  readonly stale: boolean;
  readonly selected: string;
  readonly style: PanelProps['format'];
}) {
  const band = fanBandOf(result, selected);
  const [chartBox, chartWidth] = useChartWidth();
  return (
    <div class="analysis-result">
      {stale && <p class="analysis-stale">The inputs changed since this run: run it again to see them.</p>}
      {result.uncertainInputs.length === 0 ? (
        <p>No input is uncertain: every draw gives the plain forecast. Mark an input uncertain to see a spread.</p>
      ) : (
        <details>
          <summary>{result.uncertainInputs.length} uncertain inputs (the same draws for every scenario)</summary>
          <ul>
            {result.uncertainInputs.map((u) => (
              <li key={u.path}>
                {fieldPathLabel(u.field)} ({u.path}): {describeDistribution(u.distribution)}
                {u.distribution.note === undefined ? '' : ` — ${u.distribution.note}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {result.redrawn > 0 && <p>{result.redrawn} draws broke a rule of the inputs (e.g. churn above the whole list) and were drawn again.</p>}
      {result.horizons.map((horizon) => (
        <div class="analysis-table-box" key={horizon.months}>
          <table class="analysis-table">
            <caption>
              {horizon.years} {horizon.years === 1 ? 'year' : 'years'}: NPV over {result.draws.toLocaleString('en-US')} draws
            </caption>
            <thead>
              <tr>
                <th scope="col">Scenario</th>
                <th scope="col">P(beats baseline)</th>
                <th scope="col">NPV P5</th>
                <th scope="col">NPV P50</th>
                <th scope="col">NPV P95</th>
                <th scope="col">Δ vs baseline P5</th>
                <th scope="col">Δ P50</th>
                <th scope="col">Δ P95</th>
                <th scope="col">P(loss)</th>
              </tr>
            </thead>
            <tbody>
              {simulationRows(horizon).map((row) => (
                <tr key={row.name} class={row.name === selected ? 'selected' : undefined}>
                  <th scope="row">{row.name}</th>
                  <td>{row.probabilityBeatsBaseline === null ? '—' : percentText(row.probabilityBeatsBaseline, style, 1)}</td>
                  <td>{moneyText(row.npv.p5, style)}</td>
                  <td>{moneyText(row.npv.p50, style)}</td>
                  <td>{moneyText(row.npv.p95, style)}</td>
                  <td>{row.isBaseline ? '—' : moneyText(row.deltaVsBaseline.p5, style)}</td>
                  <td>{row.isBaseline ? '—' : moneyText(row.deltaVsBaseline.p50, style)}</td>
                  <td>{row.isBaseline ? '—' : moneyText(row.deltaVsBaseline.p95, style)}</td>
                  <td>{percentText(row.probabilityNegative, style, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {band === undefined ? (
        <p>{selected} was not in this run: run it again.</p>
      ) : (
        <figure class="analysis-chart" ref={chartBox}>
          {/* The library's SVG, user text escaped there: the one place HTML is inserted. */}
          <div
            dangerouslySetInnerHTML={{
              __html: fanChart(band, {
                id: 'mc-fan',
                width: chartWidth,
                title: `${selected}: cumulative NPV, P5–P95`,
                horizonsMonths: result.horizons.map((h) => h.months),
                ...(style === undefined ? {} : { currency: style.currency, locale: style.locale }),
              }),
            }}
          />
        </figure>
      )}
    </div>
  );
}
