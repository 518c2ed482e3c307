// How far can an assumption move before a plan stops paying? Break-even values of the article's scenarios.
// Run: node examples/solve-for.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { ExactDecimal, forecastNpv, formatMoney, renderTable, scenarioInputOf, solveFor } from 'email-npv';

const file = JSON.parse(readFileSync(new URL('./moller-article.json', import.meta.url), 'utf8'));
const [baseline, h2, h4] = [undefined, 'H2', 'H4'].map((name) => scenarioInputOf(file, name));
const years = [1, 3, 5];

const usd = (n) => formatMoney(new ExactDecimal(n), { fractionDigits: 0 });
const pct = (r) => `${(r * 100).toFixed(1)} %`;
/** The value of `field` at which the scenario's NPV at each horizon reaches the target (0 unless given). */
const solveEach = (input, field, target = () => 0) => years.map((y) => solveFor(input, field, { years: y, targetNpv: target(y) }).value);
const baselineNpv = (y) => forecastNpv(baseline, [y * 12])[0];

const questions = [
  ['break-even open rate, baseline', solveEach(baseline, 'openRate'), pct],
  ['break-even open rate, H2 (3 emails, $1,800)', solveEach(h2, 'openRate'), pct],
  ['largest investment worth making, H4', solveEach(h4, 'investment'), usd],
  ['budget a month at which H2 stops paying', solveEach(h2, 'budgetPerMonth'), usd],
  ['budget a month at which H2 stops beating the baseline', solveEach(h2, 'budgetPerMonth', baselineNpv), usd],
];
console.log(
  renderTable(
    'table',
    ['the value at which …', ...years.map((y) => `${y} year${y === 1 ? '' : 's'}`)],
    questions.map(([q, values, show]) => [q, ...values.map(show)]),
  ),
);

const [baseOpen, h2Open, investment, stopsPaying, beatsBaseline] = questions.map(([, values]) => values);
const higher = (a, b) => (a > b ? 'a higher' : 'a lower');
console.log(
  `\nReading: over 5 years the baseline pays as long as its open rate stays above ${pct(baseOpen[2])} (it is ${pct(baseline.openRate)}); ` +
    `H2, one more email a month for $${h2.budgetPerMonth - baseline.budgetPerMonth} more budget, needs ${higher(h2Open[2], baseOpen[2])} one, ${pct(h2Open[2])}, ` +
    `and judged over 1 year both need ${higher(baseOpen[0], baseOpen[2])} one (${pct(baseOpen[0])} and ${pct(h2Open[0])}). ` +
    `H4's automation, which costs ${usd(h4.investment)}, would still pay if it cost up to ${usd(investment[1])} judged over 3 years (${usd(investment[2])} over 5), ` +
    `but only ${usd(investment[0])} within the first year. ` +
    `H2's budget of ${usd(h2.budgetPerMonth)} a month could rise to ${usd(beatsBaseline[2])} before H2 stops beating the baseline over 5 years, and to ${usd(stopsPaying[2])} before it stops paying at all.`,
);
