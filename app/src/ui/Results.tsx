import { useLayoutEffect, useRef } from 'preact/hooks';
import { changedAt, evaluation, file, scenarioNames, selected, setFile, tab, tabs, type Tab } from '../state/store';
import { analysisModule, loadAnalysis } from './analysisModule';
import { Charts } from './Charts';
import { ComparisonTables } from './ComparisonTables';

const tabLabels: Readonly<Record<Tab, string>> = {
  comparison: 'Comparison',
  monteCarlo: 'Monte Carlo',
  sensitivity: 'Sensitivity',
  breakEven: 'Break-even',
  history: 'Fit from history',
};

/** The problems that keep the file from the model, as text (`path: rule`). */
function Problems() {
  const { problems } = evaluation.value;
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>The results below are stale:</strong> the file breaks these rules, so the model still shows the last valid inputs.
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.path || '(file)'}: {p.rule}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The tab bar of the results: arrow keys move between tabs. */
function TabBar() {
  const move = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(tabs.indexOf(tab.value) + step + tabs.length) % tabs.length]!;
    tab.value = next;
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Results" onKeyDown={move}>
      {tabs.map((t) => (
        <button
          key={t}
          id={`tab-${t}`}
          type="button"
          role="tab"
          aria-selected={tab.value === t}
          aria-controls={`panel-${t}`}
          tabIndex={tab.value === t ? 0 : -1}
          onClick={() => (tab.value = t)}
        >
          {tabLabels[t]}
        </button>
      ))}
    </div>
  );
}

/** The analysis panel of the open tab (helper panels take the file, the selected scenario and setFile). */
function Panel() {
  const props = { file, selected, setFile };
  const module = analysisModule.value;
  if (module === undefined) {
    void loadAnalysis();
    return <p>Loading the analyses…</p>;
  }
  const { HistoryFitPanel, MonteCarloPanel, SensitivityPanel, SolveForPanel } = module;
  switch (tab.value) {
    case 'monteCarlo':
      return <MonteCarloPanel {...props} />;
    case 'sensitivity':
      return <SensitivityPanel {...props} />;
    case 'breakEven':
      return <SolveForPanel {...props} />;
    case 'history':
      return <HistoryFitPanel {...props} />;
    default:
      return null;
  }
}

/**
 * The live results: the comparison per horizon and the charts, redrawn on every change. The time from the
 * change to the results in the DOM is kept in `data-update-ms` and as the performance measure `email-npv update`.
 */
export function Results() {
  const ref = useRef<HTMLElement>(null);
  const measured = useRef<unknown>(undefined);
  const current = evaluation.value;
  const { results, stale } = current;
  useLayoutEffect(() => {
    if (measured.current === current) return; // a redraw without a change (a tab, the selection) is not an update
    measured.current = current;
    const end = performance.now();
    const ms = end - changedAt;
    ref.current?.setAttribute('data-update-ms', ms.toFixed(2));
    performance.measure('email-npv update', { start: changedAt, end });
  });
  const names = scenarioNames.value;
  return (
    <section ref={ref} class={`panel results${stale ? ' stale' : ''}`} aria-labelledby="results-title" aria-busy={false}>
      <div class="results-head">
        <h2 id="results-title">Results</h2>
        <label>
          Scenario analysed{' '}
          <select value={selected.value} onChange={(e) => (selected.value = e.currentTarget.value)}>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Problems />
      <TabBar />
      <div id={`panel-${tab.value}`} role="tabpanel" aria-labelledby={`tab-${tab.value}`} class="tab-panel">
        {tab.value === 'comparison' ? (
          results === undefined ? (
            <p>No results yet: the file has problems (above).</p>
          ) : (
            <>
              {stale && <p class="stale-note">Stale: these are the results of the last valid inputs.</p>}
              <ComparisonTables horizons={results.comparison.horizons} baselineName={results.comparison.baselineName} />
              <Charts results={results} />
            </>
          )
        ) : (
          <Panel />
        )}
      </div>
    </section>
  );
}
