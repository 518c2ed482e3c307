import type { AnalysisHorizon } from '../analysis/cashflow/analysisMonths';
import { DEFAULT_HORIZONS_YEARS, HorizonsYears } from '../scenarios/scenarioFile';
import { parseWith } from '../schema/parseWith';
import { isPlainObject } from '../json/isPlainObject';
import { numberListOption, numberOption, type OptionSpec, type Values } from './options';

// The one horizon rule of every command: the scenario file's `horizonsYears` (a command that shows one
// horizon takes the longest of them), else 1, 3 and 5 years (5 years for one horizon).

/** `--horizons` of the commands that show several horizons (compare, optimise, report, simulate). */
export const horizonsOptionSpec: OptionSpec = {
  type: 'string',
  value: 'Y1,Y2,…',
  description: 'horizons in years, separated by commas',
  default: `the file's horizonsYears, else ${DEFAULT_HORIZONS_YEARS.join(',')}`,
};

/** `--years` and `--months` of the commands that show one horizon (forecast, economics, payback, sensitivity, solve). */
export const singleHorizonOptionSpecs: Readonly<Record<'years' | 'months', OptionSpec>> = {
  years: {
    type: 'string',
    value: 'N',
    description: 'the horizon in years, whose twelfths are whole months',
    default: `the longest of the file's horizonsYears, else ${Math.max(...DEFAULT_HORIZONS_YEARS)}`,
  },
  months: { type: 'string', value: 'N', description: 'the horizon in months, instead of --years' },
};

/** The `--years`/`--months` pair, which cannot be given together. */
export const singleHorizonConflict = ['years', 'months'] as const;

/**
 * The horizons of a command that shows several: `--horizons`, else the data's `horizonsYears`
 * (checked), else {@link DEFAULT_HORIZONS_YEARS}. A single scenario input has no `horizonsYears`.
 *
 * @param values - the parsed options
 * @param data - the scenario file or scenario input as read
 * @param name - the option holding the list (`horizons`; optimise also takes `years`)
 * @returns horizons in years
 * @throws {InputError} `--horizons: must be numbers separated by commas …`, or `horizonsYears[1]: …` for a bad file
 *
 * @example
 * horizonsOf({}, { baseline: {}, horizonsYears: [2, 4] }) //=> [2, 4]
 * horizonsOf({ horizons: '1,10' }, {}) //=> [1, 10]
 */
export function horizonsOf(values: Values, data: unknown, name = 'horizons'): readonly number[] {
  const given = numberListOption(values, name);
  if (given !== undefined) return given;
  if (isPlainObject(data) && data.horizonsYears !== undefined) return parseWith(HorizonsYears, data.horizonsYears, ['horizonsYears']);
  return DEFAULT_HORIZONS_YEARS;
}

/**
 * The horizon of a command that shows one: `--months N` or `--years N` as given, else the longest
 * of the horizons {@link horizonsOf} finds (5 years for data without `horizonsYears`).
 *
 * @returns `{ months }` or `{ years }`, exactly one of them
 * @throws {InputError} `--years: must be a number, got "five" …`
 *
 * @example
 * singleHorizonOf({}, { baseline: {}, horizonsYears: [2, 4] }) //=> { years: 4 }
 * singleHorizonOf({ months: '18' }, {}) //=> { months: 18 }
 */
export function singleHorizonOf(values: Values, data: unknown): AnalysisHorizon {
  const months = numberOption(values, 'months', undefined, true);
  if (months !== undefined) return { months };
  return { years: numberOption(values, 'years') ?? Math.max(...horizonsOf({}, data)) };
}
