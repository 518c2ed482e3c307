// When does each hypothesis pay back against the baseline? The article's scenarios over 5 years.
// Run: node examples/payback.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { breakEvenOf, formatMoney, paybackOf, renderTable, scenarioInputOf } from 'email-npv';

const file = JSON.parse(readFileSync(new URL('./moller-article.json', import.meta.url), 'utf8'));
const discountRate = scenarioInputOf(file).discountRateAnnual;

const usd = (d) => formatMoney(d, { fractionDigits: 0 });
const pct = (r) => `${(r * 100).toFixed(1)} %`;
const month = (m) => (m === null ? 'never' : `month ${m}`);
/** Sign of the first incremental flow that is not 0: +1 when the hypothesis earns first and costs later. */
const firstSign = (result) => {
  const flow = result.monthly.map((m) => m.incrementalCashFlow).find((f) => !f.isZero());
  return flow === undefined ? 0 : flow.isNegative() ? -1 : 1;
};

const results = Object.keys(file.hypotheses).map((name) => breakEvenOf(file, name, { years: 5 }));
const rows = results.map((r) => [
  r.hypothesis,
  usd(r.incrementalInvestment),
  usd(r.incrementalNpv),
  month(r.paybackMonth),
  month(r.firstCrossingMonth),
  r.irrAnnual === null ? `— (${firstSign(r) > 0 ? 'gains' : 'costs'} in every month)` : `${pct(r.irrAnnual)}${firstSign(r) > 0 ? ' (borrowing)' : ''}`,
]);
console.log(`Against the baseline over 5 years (discount rate ${pct(discountRate)} a year)\n`);
console.log(renderTable('table', ['hypothesis', 'Δ investment', 'Δ NPV', 'payback (for good)', 'first month ahead', 'incremental IRR / year'], rows));

// The cumulative incremental NPV of the two with an investment, a few months along.
const withInvestment = results.filter((r) => !r.incrementalInvestment.isZero());
const months = [0, 6, 12, 18, 24, 36, 60];
console.log('\nCumulative NPV gained over the baseline, month by month\n');
console.log(
  renderTable(
    'table',
    ['month', ...withInvestment.map((r) => r.hypothesis)],
    months.map((m) => [String(m), ...withInvestment.map((r) => usd(r.monthly[m].cumulativeIncrementalNpv))]),
  ),
);

const h4 = paybackOf(scenarioInputOf(file, 'H4'), { years: 5 });
const [first, second] = [...withInvestment].sort((a, b) => (a.paybackMonth ?? Infinity) - (b.paybackMonth ?? Infinity));
const borrowers = results.filter((r) => r.irrAnnual !== null && firstSign(r) > 0);
console.log(
  `\nReading: ${first.hypothesis} pays back its ${usd(first.incrementalInvestment)} against the baseline in ${month(first.paybackMonth)}, ` +
    `${second.hypothesis} in ${month(second.paybackMonth)}; on its own H4 is back in cash in ${month(h4.paybackMonth)} (${month(h4.discountedPaybackMonth)} discounted), ` +
    (h4.discountedPaybackMonth < results.find((r) => r.hypothesis === 'H4').paybackMonth
      ? 'but the baseline earns much of that cash too, hence the later date against it. '
      : '') +
    borrowers
      .map(
        (r) =>
          `${r.hypothesis} is ahead from ${month(r.firstCrossingMonth)} yet ${r.paybackMonth === null ? 'never pays back' : `pays back only in ${month(r.paybackMonth)}`}: ` +
          `it earns first and pays later, so its IRR of ${pct(r.irrAnnual)} is the rate at which it borrows from the future — ` +
          `${r.irrAnnual > discountRate ? 'above' : 'below'} the ${pct(discountRate)} discount rate, so it is ${r.irrAnnual > discountRate ? 'not ' : ''}worth it.`,
      )
      .join(' '),
);
