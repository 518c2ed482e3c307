import { DEFAULT_DRAWS, DEFAULT_SEED, simulate, type Simulation, type SimulatedHorizon } from '../../analysis/uncertainty/simulate';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { describeDistribution } from '../../render/describeDistribution';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney, type MoneyFormat } from '../../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { readJson } from '../readJson';
import { plainScenarioData } from '../readScenarioData';
import { horizonsOf, horizonsOptionSpec } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, numberOption } from '../options';
import { percentText } from '../../render/percentText';
import { yearsText } from '../../render/yearsText';

const npvHeader = ['scenario', 'point NPV', 'mean', 'P5', 'P25', 'P50', 'P75', 'P95', 'P(loss)', 'P(beats baseline)'];

/** One row per scenario of a horizon: money formatted for people (statistics rounded only here). */
function horizonRows(horizon: SimulatedHorizon, money: MoneyFormat): string[][] {
  const format = (x: number) => formatMoney(decimalCalculator.from(x), money);
  const percent = (p: number | null) => (p === null ? '—' : percentText(p, money.locale ?? 'en-US'));
  return horizon.scenarios.map((s) => [
    s.name,
    formatMoney(s.pointNpv, money),
    ...[s.npv.mean, s.npv.p5, s.npv.p25, s.npv.p50, s.npv.p75, s.npv.p95].map(format),
    percent(s.probabilityNegative),
    percent(s.probabilityBeatsBaseline),
  ]);
}

/** The same as CSV numbers: one row per horizon and scenario, money to cents. */
function csvOf(result: Simulation): string {
  const rows = result.horizons.flatMap((h) =>
    h.scenarios.map((s) => [
      csvNumber(h.years),
      s.name,
      csvNumber(s.pointNpv, 2),
      ...[s.npv.mean, s.npv.p5, s.npv.p25, s.npv.p50, s.npv.p75, s.npv.p95].map((x) => csvNumber(x, 2)),
      csvNumber(s.probabilityNegative),
      csvNumber(s.probabilityBeatsBaseline),
    ]),
  );
  return renderTable('csv', ['horizon (years)', 'scenario', 'point NPV', 'mean', 'P5', 'P25', 'P50', 'P75', 'P95', 'P(loss)', 'P(beats baseline)'], rows);
}

const formats = [...tableFormats, 'json'];

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Monte Carlo of a file whose inputs may be distributions: NPV percentiles per horizon and the chance each hypothesis beats the baseline',
  usage: 'email-npv simulate <file|-> [--draws N] [--seed N] [--horizons Y1,Y2,…] [--format table|md|csv|json]',
  examples: [
    'email-npv simulate examples/moller-uncertain.json',
    'email-npv simulate examples/moller-uncertain.json --draws 2000 --seed 7 --horizons 1,5 --format md',
  ],
  formats,
  options: {
    draws: {
      type: 'string',
      value: 'N',
      description: 'how many Monte Carlo draws, a whole number',
      default: `the file's simulation.draws, else ${DEFAULT_DRAWS}`,
    },
    seed: {
      type: 'string',
      value: 'N',
      description: 'the seed of the random draws, a whole number (the same seed gives the same result)',
      default: `the file's simulation.seed, else ${DEFAULT_SEED}`,
    },
    horizons: horizonsOptionSpec,
  },
  run(file, values) {
    const format = formatOf(values, formats);
    const draws = numberOption(values, 'draws', undefined, true);
    const seed = numberOption(values, 'seed', undefined, true);
    const data = readJson(file);
    plainScenarioData(data, file); // the file checked whole first: its problems name it
    const result = simulate(data, {
      ...(draws === undefined ? {} : { draws }),
      ...(seed === undefined ? {} : { seed }),
      horizonsYears: horizonsOf(values, data),
    });
    const { warnings } = result;
    if (format === 'json') return { text: JSON.stringify(result, null, 2), warnings };
    if (format === 'csv') return { text: csvOf(result), warnings };
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    const heading = (text: string) => (format === 'md' ? `### ${text}` : text);
    const summary =
      `${result.name === undefined ? '' : `${result.name} — `}${result.draws.toLocaleString(money.locale)} draws, seed ${result.seed}` +
      (result.redrawn === 0 ? '' : ` (${result.redrawn} more drawn again: their churn exceeded the whole list)`) +
      '. NPV statistics are of float runs; point NPV is exact, every input at its point value.';
    const inputs =
      result.uncertainInputs.length === 0
        ? 'No input is uncertain: every draw gives the point forecast.'
        : renderTable(
            format as TableFormat,
            ['uncertain input', 'distribution', 'point value', 'used by'],
            result.uncertainInputs.map((i) => [i.path, describeDistribution(i.distribution), String(Number(i.value.toPrecision(6))), i.usedBy.join(', ')]),
          );
    const sections = result.horizons.map(
      (h) => `${heading(`${yearsText(h.years)} (${h.months} months)`)}\n\n${renderTable(format as TableFormat, npvHeader, horizonRows(h, money))}`,
    );
    return { text: [summary, `${heading('Uncertain inputs')}\n\n${inputs}`, ...sections].join('\n\n'), warnings };
  },
};
