import { formatMoney, winnerText, type HorizonComparison } from 'email-npv';

/** "1 year", "3 years". */
export const yearsText = (years: number) => `${years} year${years === 1 ? '' : 's'}`;

/** One horizon's comparison: rank, scenario, NPV and Δ vs the baseline, exact decimals shown as money; the winner's row marked. */
function HorizonTable({ horizon, baselineName }: { readonly horizon: HorizonComparison; readonly baselineName: string }) {
  const rows = [...horizon.results].sort((a, b) => a.rank - b.rank);
  return (
    <div class="table-box" tabIndex={0} role="region" aria-label={`Comparison over ${yearsText(horizon.years)}`}>
      <table class="comparison" data-years={horizon.years}>
        <caption>
          {yearsText(horizon.years)} ({horizon.months} months) — {winnerText(horizon)}
        </caption>
        <thead>
          <tr>
            <th scope="col">rank</th>
            <th scope="col">scenario</th>
            <th scope="col">NPV</th>
            <th scope="col">Δ vs {baselineName}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} class={r.name === horizon.winner ? 'winner' : undefined} data-scenario={r.name}>
              <td>{r.rank}</td>
              <th scope="row">
                {r.name}
                {r.name === horizon.winner && <span class="star"> ★&nbsp;best</span>}
              </th>
              <td class="money npv">{formatMoney(r.npv)}</td>
              <td class="money">{r.name === baselineName ? '—' : formatMoney(r.deltaVsBaseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The comparison at every horizon of the file. */
export function ComparisonTables({ horizons, baselineName }: { readonly horizons: readonly HorizonComparison[]; readonly baselineName: string }) {
  return (
    <div class="tables">
      {horizons.map((h) => (
        <HorizonTable key={h.years} horizon={h} baselineName={baselineName} />
      ))}
    </div>
  );
}
