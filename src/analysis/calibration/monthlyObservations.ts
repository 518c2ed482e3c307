import { InputError, type InputProblem } from '../../errors/inputError';
import { runModel } from '../../model/runModel';
import { floatCalculator } from '../../calculator/floatCalculator';
import type { ScenarioInput } from '../../schema/scenarioInput';
import type { MonthlyRow } from '../../scenarios/observedFile';

/** The monthly series calibrate fits, and the model's value each is compared with. */
export const MONTHLY_SERIES = ['subscribers', 'orders', 'revenue'] as const;
/** The name of a monthly series an observed file may hold: `subscribers`, `orders` or `revenue`. */
export type MonthlySeries = (typeof MONTHLY_SERIES)[number];
const MODEL_FIELD = { subscribers: 'subscribersStart', orders: 'orders', revenue: 'revenue' } as const;

/** One observed value of one month of one scenario, with the scale its residual is divided by. */
export interface MonthlyObservation {
  readonly hypothesis: string;
  /** The scenario's index among the file's names (baseline first). */
  readonly scenario: number;
  readonly month: number;
  readonly series: MonthlySeries;
  readonly observed: number;
  /** The root mean square of the observed values of its series (scenario × series), 1 when they are all 0. */
  readonly scale: number;
}

/**
 * The monthly observations one by one, checked against the file's scenario names: a row naming no scenario,
 * or repeating a scenario's month, is an error. Each series (a scenario's subscribers, orders or revenue) gets
 * a scale, the root mean square of its observed values, so that residuals divided by it are relative errors
 * and people, orders and money mix in one sum of squares.
 *
 * @param rows - the validated `monthly` rows
 * @param names - the file's scenario names, the baseline first
 * @returns one observation per value given
 * @throws {InputError} e.g. `monthly[2].hypothesis: "H9" is not in the file (names: baseline, H1)`
 *
 * @example
 * monthlyObservations([{ hypothesis: 'baseline', month: 1, subscribers: 3 }, { hypothesis: 'baseline', month: 2, subscribers: 4 }], ['baseline'])[1]
 * //=> { hypothesis: 'baseline', scenario: 0, month: 2, series: 'subscribers', observed: 4, scale: 3.5355… }
 */
export function monthlyObservations(rows: readonly MonthlyRow[], names: readonly string[]): MonthlyObservation[] {
  const problems: InputProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    if (!names.includes(row.hypothesis))
      problems.push({ path: `monthly[${i}].hypothesis`, rule: `"${row.hypothesis}" is not in the file (names: ${names.join(', ')})` });
    const key = JSON.stringify([row.hypothesis, row.month]);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ path: `monthly[${i}]`, rule: `repeats ${row.hypothesis} month ${row.month} (given at monthly[${first}]): give each month once` });
    else seen.set(key, i);
  });
  if (problems.length > 0) throw new InputError(problems);
  const values = rows.flatMap((row) =>
    MONTHLY_SERIES.flatMap((series) => (row[series] === undefined ? [] : [{ hypothesis: row.hypothesis, month: row.month, series, observed: row[series] }])),
  );
  const scaleOf = new Map<string, number>();
  for (const key of new Set(values.map((v) => JSON.stringify([v.hypothesis, v.series])))) {
    const own = values.filter((v) => JSON.stringify([v.hypothesis, v.series]) === key);
    const rms = Math.sqrt(own.reduce((s, v) => s + v.observed * v.observed, 0) / own.length);
    scaleOf.set(key, rms > 0 ? rms : 1);
  }
  return values.map((v) => ({ ...v, scenario: names.indexOf(v.hypothesis), scale: scaleOf.get(JSON.stringify([v.hypothesis, v.series]))! }));
}

/**
 * The model's value at each monthly observation (fast float path: one run per scenario observed, to its
 * last observed month): subscribers at the start of the month, orders and revenue of the month.
 *
 * @param inputs - the scenarios' inputs, in the order of the names the observations index
 * @param observations - from {@link monthlyObservations}
 * @returns the model's values, in the observations' order
 *
 * @example
 * import { parseScenarioInput } from '../../schema/parseScenarioInput';
 * monthlyModelValues([parseScenarioInput(articleBaseline)], [{ hypothesis: 'baseline', scenario: 0, month: 1, series: 'subscribers', observed: 4000, scale: 4000 }]) //=> [3999.99]
 */
export function monthlyModelValues(inputs: readonly ScenarioInput[], observations: readonly MonthlyObservation[]): number[] {
  const last = new Map<number, number>();
  for (const o of observations) last.set(o.scenario, Math.max(last.get(o.scenario) ?? 0, o.month));
  const rows = new Map([...last].map(([scenario, months]) => [scenario, runModel(floatCalculator, inputs[scenario]!, { months, keepRows: true }).rows]));
  return observations.map((o) => rows.get(o.scenario)![o.month - 1]![MODEL_FIELD[o.series]]);
}
