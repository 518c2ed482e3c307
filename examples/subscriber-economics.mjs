// What is one subscriber worth, and what may acquiring one cost? The article's baseline.
// Run: node examples/subscriber-economics.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { ctorFromCtr, ctrFromCtor, formatMoney, revenuePerEmail, scenarioInputOf, subscriberEconomics, textTable } from 'email-npv';

const file = JSON.parse(readFileSync(new URL('./moller-article.json', import.meta.url), 'utf8'));
const baseline = scenarioInputOf(file);
const acquisitionSpend = 500; // an assumption for the example: $500 a month on ads and lead magnets

const ctr = ctrFromCtor(baseline.openRate, baseline.clickRate);
console.log(
  `The article's click rate is per open (CTOR ${baseline.clickRate}): per delivered email that is a CTR of ${ctr} (and back: CTOR ${ctorFromCtr(baseline.openRate, ctr)}).`,
);
console.log(`Revenue per email sent: ${formatMoney(revenuePerEmail(baseline), { fractionDigits: 4 })} (OR × CTOR × CR × AOV = 0.4 × 0.1 × 0.05 × $100).\n`);

const pct = (d) => (d === null ? '—' : `${d.times(100).toFixed(2)} %`);
const usd = (d, digits = 2) => (d === null ? '—' : formatMoney(d, { fractionDigits: digits }));
const results = [1, 3, 5].map((years) => subscriberEconomics(baseline, { years, acquisitionSpend }));
const rows = [
  ['subscriber value (LTV), gross profit', ...results.map((e) => usd(e.subscriberValue.value))],
  ['steady state v / (c + d)', ...results.map((e) => usd(e.subscriberValue.steadyStateValue))],
  ['new subscribers', ...results.map((e) => e.totals.newSubscribers.toFixed(0))],
  ['list growth per month (average)', ...results.map((e) => pct(e.listGrowthRateMonthly))],
  ['CAC at $500 a month', ...results.map((e) => usd(e.cac))],
  ['LTV / CAC', ...results.map((e) => (e.ltvToCac === null ? '—' : e.ltvToCac.toFixed(2)))],
  ['CPO (email costs per order)', ...results.map((e) => usd(e.cpo))],
  ['revenue per email', ...results.map((e) => usd(e.revenuePerEmail, 4))],
];
console.log(textTable(['metric', '1 year', '3 years', '5 years'], rows));

const five = results[2];
const v = five.subscriberValue;
console.log(
  `\nReading: a subscriber brings ${usd(v.grossProfitPerMonth, 2)} of gross profit a month and ${pct(v.lossShareMonthly)} of the list leaves each month, ` +
    `so at a ${pct(v.discountRateMonthly)} monthly discount rate a subscriber is worth at most ${usd(v.steadyStateValue)} (v / (c + d)), ` +
    `${usd(v.value)} of it within five years. Acquiring one for ${usd(five.cac)} returns ${five.ltvToCac.toFixed(1)} times its cost in five years, ` +
    `but only ${results[0].ltvToCac.toFixed(1)} times in the first year: the payoff of acquisition, like the article's investment, takes years.`,
);
