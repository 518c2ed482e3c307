// The reference case: Møller's four email hypotheses, compared over 1, 3 and 5 years beside the article's
// published table, with the inputs the article does not publish (found by `calibrate`) and what they say.
// Run: npm start   (or node examples/article.mjs after `npm run build`)
import { readFileSync } from 'node:fs';
import { compareScenarios, comparisonRows, ExactDecimal, formatMoney, renderTable } from 'email-npv';

const read = (name) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const file = read('./moller-article.json');
const { observed, unknowns } = read('./moller-article.observed.json');

const comparison = compareScenarios(file);
const published = new Map();
for (const o of observed) published.set(o.hypothesis, (published.get(o.hypothesis) ?? new Map()).set(o.years, o.npv));

console.log(`${file.name}: NPV per hypothesis, model beside the published table\n`);
for (const horizon of comparison.horizons) {
  const { header, rows } = comparisonRows(horizon, { fractionDigits: 0 }, published);
  console.log(`${horizon.years} year${horizon.years === 1 ? '' : 's'} (${horizon.months} months) — winner: ${horizon.winner}\n`);
  console.log(`${renderTable('table', header, rows)}\n`);
}

// Residuals to the cent: the published cells are whole dollars, so within $1 is "to the dollar".
const residuals = observed.map((o) => {
  const model = comparison.horizons.find((h) => h.years === o.years).results.find((r) => r.name === o.hypothesis).npv;
  return model.minus(o.npv);
});
const worst = residuals.reduce((a, b) => (a.abs().greaterThan(b.abs()) ? a : b));
const rms = Math.sqrt(residuals.reduce((sum, r) => sum + r.toNumber() ** 2, 0) / residuals.length);
console.log(`${residuals.length} published cells: worst model − published ${formatMoney(worst)}, rms $${rms.toFixed(2)}.\n`);

// The unpublished inputs, as calibrated (`npm run calibrate:article` finds them again from the table).
const valueOf = (key) => {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? file.baseline[key] : file.hypotheses[key.slice(0, dot)][key.slice(dot + 1)];
};
const fitted = Object.entries(unknowns).map(([key, range]) => [key, String(Number(valueOf(key).toPrecision(6))), `${range.min} – ${range.max}`]);
console.log('Inputs the article does not publish, found by calibrate from its table:\n');
console.log(`${renderTable('table', ['input', 'fitted', 'searched'], fitted)}\n`);

// What the fit says, read off the fitted file (not written by hand).
const base = file.baseline;
const nominal = 12 * ((1 + base.discountRateAnnual) ** (1 / 12) - 1);
const wins = (years) => comparison.horizons.find((h) => h.years === years).winner;
const bestSingle = (years) => {
  const singles = comparison.horizons.find((h) => h.years === years).results.filter((r) => /^H\d$/.test(r.name));
  return singles.reduce((a, b) => (b.npv.greaterThan(a.npv) ? b : a)).name;
};
const investment = file.hypotheses.H4.investment;
const dollars = (x) => formatMoney(new ExactDecimal(x), { fractionDigits: 0 });
const deltaH1 = (years) =>
  comparison.horizons
    .find((h) => h.years === years)
    .results.find((r) => r.name === 'H1')
    .deltaVsBaseline.toNumber();
const h1Reverses = deltaH1(1) > 0 && deltaH1(5) < 0;
const articleHolds = wins(1) === 'H2' && bestSingle(3) === 'H2' && wins(3) === 'H2+H4' && bestSingle(5) === 'H4' && wins(5) === 'H2+H4';
console.log(`What the fit says:
- H4's up-front cost is ${dollars(investment)}, not the $15,000 the article names: ${dollars(investment - 15000)} of one-off cost more, carried by H2+H4 too.
- The list loses ${(base.churnPerMonth * 100).toFixed(2)} % a month whatever is sent, plus ${(base.churnPerEmail * 100).toFixed(2)} % per email${
  h1Reverses
    ? `: so H1
  (3 emails) is ahead of the baseline at 1 year (${dollars(deltaH1(1))}) and behind by 5 (${dollars(deltaH1(5))}), the list wearing out`
    : ''
}.
- New subscribers start at ${base.newSubscribersPerMonth.toFixed(0)} a month and grow ${(base.newSubscribersGrowthMonthly * 100).toFixed(2)} % a month.
- The discount rate is ${(base.discountRateAnnual * 100).toFixed(1)} % a year, effective (${(nominal * 100).toFixed(1)} % nominal, compounded monthly).
- Winners: ${wins(1)} at 1 year; best single hypothesis ${bestSingle(3)} and best overall ${wins(3)} at 3 years; best single ${bestSingle(5)} and best overall ${wins(5)} at 5 years.
  The article concludes H2, then H2 and H2+H4, then H4 and H2+H4: ${articleHolds ? 'every conclusion holds' : 'NOT every conclusion holds'}.`);
