// How many emails a month pay best? The article's baseline, with the send-frequency fatigue its H1 implies.
// Run: node examples/optimise-frequency.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { ExactDecimal, fatigueFromObservations, formatMoney, optimiseFrequency, scenarioInputOf, textTable } from 'email-npv';

const file = JSON.parse(readFileSync(new URL('./moller-article.json', import.meta.url), 'utf8'));
const baseline = scenarioInputOf(file); // 2 emails a month, open rate 40 %, click rate 10 % of opens

// H1 says: 3 emails a month bring the open rate to 35 % and the click rate to 8 %.
// One point is enough for a power curve metric(e) = metric(2) × (e / 2)^elasticity through the baseline.
const fatigue = fatigueFromObservations({ emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1 }, { emailsPerMonth: 3, openRate: 0.35, clickRate: 0.08 });
console.log(
  `Fatigue fitted from H1: open-rate elasticity ${fatigue.openRateElasticity.toFixed(4)}, click-rate elasticity ${fatigue.clickRateElasticity.toFixed(4)}\n`,
);

const result = optimiseFrequency(baseline, { years: [1, 3, 5], fatigue, max: 12 });
const usd = (n) => formatMoney(new ExactDecimal(n), { fractionDigits: 0 });
const pct = (r) => `${(r * 100).toFixed(1)} %`;
const rows = result.frequencies.map((f) => [
  String(f.emailsPerMonth),
  pct(f.openRate),
  pct(f.clickRate),
  ...result.horizons.map((h, i) => `${usd(f.npvs[i])}${h.bestEmailsPerMonth === f.emailsPerMonth ? ' ★' : ''}`),
]);
console.log(textTable(['emails/month', 'open rate', 'click rate', 'NPV 1 year', 'NPV 3 years', 'NPV 5 years'], rows));
console.log('');
for (const h of result.horizons)
  console.log(`best over ${h.years} year${h.years === 1 ? '' : 's'}: ${h.bestEmailsPerMonth} emails a month, NPV ${formatMoney(h.npv)}`);

const [oneYear, threeYears, fiveYears] = result.horizons;
const own = result.frequencies.find((f) => f.emailsPerMonth === result.ownEmailsPerMonth);
console.log(
  `\nReading: on the curve H1 lies on, sending ${oneYear.bestEmailsPerMonth} emails a month earns most in the first year ` +
    `(${usd(oneYear.npv.toNumber())} against ${usd(own.npvs[0])} at ${result.ownEmailsPerMonth}), but each extra email a month also drives ` +
    `another ${(baseline.churnPerEmail * 100).toFixed(2)} % of the list away every month, so over ${threeYears.bestEmailsPerMonth === fiveYears.bestEmailsPerMonth ? 'three and ' : ''}five years ${fiveYears.bestEmailsPerMonth} a month is best ` +
    `(${usd(fiveYears.npv.toNumber())}): more email is a short-term gain paid for with the list.`,
);
