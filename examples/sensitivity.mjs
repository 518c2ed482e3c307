// Which assumption matters most? A tornado of the article's baseline over 5 years: each input 10 % down and up.
// Run: node examples/sensitivity.mjs   (after `npm run build`)
import { readFileSync } from 'node:fs';
import { formatMoney, renderTable, scenarioInputOf, sensitivity } from 'email-npv';

const file = JSON.parse(readFileSync(new URL('./moller-article.json', import.meta.url), 'utf8'));
const baseline = scenarioInputOf(file);

const result = sensitivity(baseline, { years: 5, change: 0.1 }); // every input that is not 0
const usd = (d) => formatMoney(d, { fractionDigits: 0 });
const short = (x) => String(Number(x.toPrecision(4)));
const rows = result.tornado.map((e) => [
  e.field,
  short(e.value),
  `${short(e.valueLow)} – ${short(e.valueHigh)}${e.clamped ? ' *' : ''}`,
  usd(e.npvLow),
  usd(e.npvHigh),
  usd(e.swing),
  e.elasticity === null ? '—' : e.elasticity.toFixed(2),
]);
console.log(`Baseline, 5 years: NPV ${usd(result.npvBase)}; each input ±${result.change * 100} %, the others fixed, widest swing first\n`);
console.log(renderTable('table', ['input', 'value', 'low – high', 'NPV low', 'NPV high', 'swing', 'elasticity'], rows));
if (result.tornado.some((e) => e.clamped)) console.log('* the input cannot go that far (e.g. a margin above 100 %): the nearest valid value was used');

// Inputs whose swings agree to the cent move the NPV alike: they tie for first place.
const [top] = result.tornado;
const tied = result.tornado.filter((e) => e.swing.minus(top.swing).abs().lt(0.01));
const nextUp = result.tornado.find((e) => !tied.includes(e));
const worst = result.tornado.filter((e) => e.elasticity !== null && e.elasticity < 0)[0];
const list = (names) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
console.log(
  `\nReading: ${list(tied.map((e) => e.field))} matter most${tied.length > 1 ? ', equally' : ''}: ` +
    `${tied.length > 1 ? 'each multiplies revenue, so ' : ''}10 % more of ${tied.length > 1 ? 'any of them' : 'it'} adds ${usd(top.npvHigh.minus(result.npvBase))} ` +
    `to the 5-year NPV (elasticity ${top.elasticity.toFixed(2)}: 1 % more, ${top.elasticity.toFixed(2)} % more NPV). ` +
    `Next comes ${nextUp.field} (swing ${usd(nextUp.swing)}). ` +
    (worst === undefined
      ? ''
      : `Of the inputs that lower the NPV, ${worst.field} weighs most: 10 % more of it costs ${usd(result.npvBase.minus(worst.npvHigh).abs())}.`),
);
