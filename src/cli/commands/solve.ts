import { solveFor, type SolveForResult } from '../../analysis/search/solveFor';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { fieldPathGuide } from '../../schema/fieldPathGuide';
import { type FieldPath, parseFieldPath } from '../../schema/fieldPaths';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { readScenarioData } from '../readScenarioData';
import { singleHorizonConflict, singleHorizonOf, singleHorizonOptionSpecs } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, numberOption, required, type CliMoneyFormat } from '../options';
import { type ChosenScenario, scenarioOption } from '../scenarioOption';
import { fieldValueCsv } from '../../render/fieldValueCsv';
import { fieldValueText } from '../../render/fieldValueText';
import { horizonText } from '../../render/horizonText';
import { titleText } from '../../render/titleText';

/**
 * The input in words for a sentence: its guide label without the symbol, e.g. "open rate"; a segment's as
 * "open rate of the engaged segment", a move's as "share moving engaged → dormant".
 */
const fieldNoun = (field: FieldPath, moves: readonly { readonly from: string; readonly to: string }[] | undefined) => {
  const [what = field, where] = (fieldPathGuide(field, moves)?.label ?? field).split(' · ');
  const label = what.replace(/\s*\([^)]*\)$/, '');
  const noun = label.charAt(0).toLowerCase() + label.slice(1);
  if (where === undefined) return noun;
  return parseFieldPath(field)?.segment === undefined ? `${noun} ${where}` : `${noun} of the ${where} segment`;
};

/** One plain sentence: "Over 5 years the baseline breaks even with the open rate at 12.13%." */
function sentenceOf(result: SolveForResult, scenario: ChosenScenario, money: CliMoneyFormat): string {
  const value = (v: number) => fieldValueText(result.field, v, money);
  const target = formatMoney(decimalCalculator.from(result.targetNpv), { ...money, fractionDigits: 0 });
  const reaches = result.targetNpv === 0 ? 'breaks even' : `reaches an NPV of ${target}`;
  const others = result.roots.filter((r) => r !== result.value);
  const more =
    others.length === 0
      ? ''
      : ` The NPV crosses ${result.targetNpv === 0 ? 'zero' : target} at ${result.roots.length} values (${result.roots.map(value).join(', ')}); this is the one nearest today's.`;
  return `Over ${horizonText(result.months)} ${scenario.label} ${reaches} with the ${fieldNoun(result.field, scenario.input.moves)} at ${value(result.value)} (it is ${value(result.currentValue)} now).${more}`;
}

const formats = [...tableFormats, 'json'];

/** The result as csv, one quantity a row: values in the field's unit (`fieldValueCsv`), money to the cent, a row per root. */
function csvOf(result: SolveForResult): string {
  const value = (v: number) => fieldValueCsv(result.field, v);
  const rows = [
    ['field', result.field],
    ['value', value(result.value)],
    ['NPV at value', csvNumber(result.npvAtValue, 2)],
    ['target NPV', csvNumber(result.targetNpv, 2)],
    ['current value', value(result.currentValue)],
    ...result.roots.map((root, i) => [`root ${i + 1}`, value(root)]),
    ['range min', value(result.range.min)],
    ['range max', value(result.range.max)],
    ['horizon (months)', String(result.months)],
  ];
  return renderTable('csv', ['quantity', 'value'], rows);
}

export const solveCommand: Command = {
  name: 'solve',
  summary: 'the value of one input at which the NPV reaches a target (0: break-even), e.g. the break-even open rate or the largest investment worth making',
  usage: 'email-npv solve <file|-> --field NAME [--target MONEY] [--scenario NAME] [--years N | --months N] [--min N --max N] [--format table|md|csv|json]',
  examples: [
    'email-npv solve examples/moller-article.json --field openRate',
    'email-npv solve examples/moller-article.json --scenario H4 --field investment --years 3 --format md',
    'email-npv solve examples/moller-article.json --scenario H2 --field budgetPerMonth --target 97797',
  ],
  formats,
  options: {
    field: {
      type: 'string',
      value: 'NAME',
      description: 'the numeric input to solve for, a field or a field path, e.g. openRate, segments.engaged.openRate or retention.alpha (required)',
    },
    target: { type: 'string', value: 'MONEY', description: 'the NPV to reach at the horizon', default: '0 (break-even)' },
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file', default: "the file's baseline" },
    ...singleHorizonOptionSpecs,
    min: { type: 'string', value: 'N', description: "the lowest value to consider, in the field's unit", default: "the field's lowest valid value" },
    max: { type: 'string', value: 'N', description: "the highest value to consider, in the field's unit", default: "the field's highest valid value" },
  },
  conflicts: [singleHorizonConflict],
  run(file, values) {
    const format = formatOf(values, formats);
    const money = moneyFormatOf(values);
    const field = required(values.field, '--field', 'is required: the input to solve for, e.g. --field openRate');
    const data = readScenarioData(file);
    const scenario = scenarioOption(data, values);
    const targetNpv = numberOption(values, 'target');
    const min = numberOption(values, 'min');
    const max = numberOption(values, 'max');
    const result = solveFor(scenario.input, field, {
      ...singleHorizonOf(values, data),
      ...(targetNpv !== undefined && { targetNpv }),
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
    });
    const warnings = scenarioWarningsOf(data, typeof values.scenario === 'string' ? values.scenario : undefined, result.warnings);
    if (format === 'json') return { text: JSON.stringify({ ...result, warnings }, null, 2), warnings };
    const value = (v: number) => fieldValueText(result.field, v, money);
    const cells: [string, string][] = [
      ['field', result.field],
      ['value', value(result.value)],
      ['NPV at value', formatMoney(result.npvAtValue, money)],
      ['target NPV', formatMoney(decimalCalculator.from(result.targetNpv), money)],
      ['current value', value(result.currentValue)],
      ['roots found', result.roots.map(value).join(', ')],
      ['range searched', `${value(result.range.min)} to ${value(result.range.max)}`],
      ['horizon (months)', String(result.months)],
    ];
    if (format === 'csv') return { text: csvOf(result), warnings };
    const title = titleText(format, `Solve for ${result.field} in ${scenario.name} over ${horizonText(result.months)}`);
    const table = renderTable(format as TableFormat, ['quantity', 'value'], cells);
    return { text: [title, '', table, '', sentenceOf(result, scenario, money)].join('\n'), warnings };
  },
};
