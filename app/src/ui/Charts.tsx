import { formatMoney } from 'email-npv';
import type { Results } from '../state/evaluate';

/**
 * The library's cumulative NPV and subscribers charts. The SVG text is made by the library (`npvChart`,
 * `subscribersChart`), which escapes every name it writes: it is the only markup the page inserts as HTML.
 * The NPV chart's text alternative, beside its own title and description, is the table of its values year by year.
 */
export function Charts({ results }: { readonly results: Results }) {
  const years = results.yearly[0]?.values.map((_, y) => y + 1) ?? [];
  return (
    <div class="charts">
      <figure class="chart-box" aria-describedby="npv-chart-table-caption">
        <div class="svg-box" dangerouslySetInnerHTML={{ __html: results.npvSvg }} />
        <details>
          <summary id="npv-chart-table-caption">The chart’s values: cumulative NPV at the end of each year</summary>
          <div class="table-box" tabIndex={0} role="region" aria-label="Cumulative NPV by year">
            <table class="chart-table">
              <thead>
                <tr>
                  <th scope="col">scenario</th>
                  {years.map((y) => (
                    <th key={y} scope="col">
                      year {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {results.yearly.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    {s.values.map((v, y) => (
                      <td key={y} class="money">
                        {formatMoney(v, { fractionDigits: 0 })}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figure>
      <figure class="chart-box">
        <div class="svg-box" dangerouslySetInnerHTML={{ __html: results.subscribersSvg }} />
      </figure>
    </div>
  );
}
