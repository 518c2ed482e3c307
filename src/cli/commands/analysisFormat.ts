import { csvNumber } from '../../render/csvNumber';
import type { MoneyFormat } from '../../render/formatMoney';
import { formatInputValue } from '../../render/report/formatInputValue';
import { inputGuide } from '../../schema/inputGuide';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import type { NumericFieldName } from '../../schema/fields';
import type { ScenarioInput } from '../../schema/scenarioInput';
import type { Values } from '../options';
import { yearsText } from '../../render/yearsText';

// Formatting and option helpers shared by the analysis commands (sensitivity, solve, payback).

/** The money format of `--currency` and `--locale`, as `moneyFormatOf` returns it. */
export type CliMoneyFormat = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

/** A scenario picked for an analysis, with the name to show people. */
export interface ChosenScenario {
  /** The scenario's name: `--scenario`, the file's `baselineName`, or "scenario" for a single input. */
  readonly name: string;
  /** "the baseline", "H2", "the scenario": the name as a sentence uses it. */
  readonly label: string;
  readonly input: ScenarioInput;
}

/**
 * The scenario of `--scenario NAME` in a scenario file (default: its baseline), or the single
 * scenario input the data is (`scenarioInputOf`), with its name for titles and sentences.
 *
 * @throws {InputError} for bad data or `scenario: "H9" is not in the file (names: …)`
 */
export function scenarioOption(data: unknown, values: Values): ChosenScenario {
  const asked = typeof values.scenario === 'string' ? values.scenario : undefined;
  const input = scenarioInputOf(data, asked);
  const isFile = typeof data === 'object' && data !== null && 'baseline' in data;
  const baselineName = isFile ? String((data as { baselineName?: string }).baselineName ?? 'baseline') : undefined;
  const name = asked ?? baselineName ?? 'scenario';
  return { name, label: name === baselineName || baselineName === undefined ? `the ${name}` : name, input };
}

/**
 * A horizon in words: `5 years`, `1 year`, `18 months`.
 *
 * @example
 * horizonText(60) //=> '5 years'
 */
export function horizonText(months: number): string {
  if (months % 12 !== 0) return `${months} month${months === 1 ? '' : 's'}`;
  return yearsText(months / 12);
}

/**
 * A value of a numeric input written by its kind (`inputGuide`): shares as a percentage, money in
 * the currency to the cent, people and plain numbers with a few digits.
 *
 * @example
 * fieldValueText('openRate', 0.12127, { currency: 'USD', locale: 'en-US' }) //=> '12.13%'
 */
export function fieldValueText(field: NumericFieldName, value: number, money: CliMoneyFormat): string {
  return formatInputValue(inputGuide[field].kind, value, money).text;
}

/**
 * A value of a numeric input as a csv cell: money to the cent, every other kind exact, in plain
 * decimal notation (`csvNumber`).
 *
 * @example
 * fieldValueCsv('investment', 15000.456) //=> '15000.46'
 * fieldValueCsv('openRate', 0.12127) //=> '0.12127'
 */
export function fieldValueCsv(field: NumericFieldName, value: number): string {
  return csvNumber(value, inputGuide[field].kind === 'money' ? 2 : undefined);
}

/**
 * A rate (fraction) as a percentage in the locale, one decimal by default.
 *
 * @example
 * percentText(1.2756, 'en-US') //=> '127.6%'
 */
export function percentText(rate: number, locale: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(rate);
}

/** A title line: a Markdown heading for `md`, the plain text otherwise. */
export function titleText(format: string, text: string): string {
  return format === 'md' ? `### ${text}` : text;
}
