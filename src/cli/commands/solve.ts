import { solveFor, type SolveForResult } from '../../analysis/solveFor';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { formatMoney } from '../../render/formatMoney';
import { inputGuide } from '../../render/report/inputGuide';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import type { NumericFieldName } from '../../schema/fields';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, moneyFormatOf, numberOption, required } from '../options';
import { type ChosenScenario, type CliMoneyFormat, fieldValueText, horizonOption, horizonText, scenarioOption, titleText } from './analysisFormat';

/** The field in words for a sentence: its guide label without the symbol, e.g. "open rate". */
const fieldNoun = (field: NumericFieldName) => {
  const label = inputGuide[field].label.replace(/\s*\([^)]*\)$/, '');
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** One plain sentence: "Over 5 years the baseline breaks even with the open rate at 12.13%." */
function sentenceOf(result: SolveForResult, scenario: ChosenScenario, money: CliMoneyFormat): string {
  const value = (v: number) => fieldValueText(result.field, v, money);
  const target = formatMoney(decimalCalculator.from(result.targetNpv), { ...money, fractionDigits: 0 });
  const reaches = result.targetNpv === 0 ? 'breaks even' : `reaches an NPV of ${target}`;
  const others = result.roots.filter((r) => r !== result.value);
  const more =
    others.length === 0 ? '' : ` The NPV crosses ${result.targetNpv === 0 ? 'zero' : target} at ${result.roots.length} values (${result.roots.map(value).join(', ')}); this is the one nearest today's.`;
  return `Over ${horizonText(result.months)} ${scenario.label} ${reaches} with the ${fieldNoun(result.field)} at ${value(result.value)} (it is ${value(result.currentValue)} now).${more}`;
}

export const solveCommand: Command = {
  name: 'solve',
  summary: 'the value of one input at which the NPV reaches a target (0: break-even), e.g. the break-even open rate or the largest investment worth making',
  usage: 'email-npv solve <file|-> --field NAME [--target 0] [--scenario NAME] [--years 5 | --months N] [--min N --max N] [--format table|md|csv|json]',
  examples: [
    'email-npv solve examples/moller-article.json --field openRate',
    'email-npv solve examples/moller-article.json --scenario H4 --field investment --years 3 --format md',
    'email-npv solve examples/moller-article.json --scenario H2 --field budgetPerMonth --target 97797',
  ],
  options: {
    field: { type: 'string' },
    target: { type: 'string' },
    scenario: { type: 'string' },
    years: { type: 'string' },
    months: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
  },
  run(file, values) {
    const format = formatOf(values, [...tableFormats, 'json']);
    const money = moneyFormatOf(values);
    const field = required(values.field, '--field', 'is required: the input to solve for, e.g. --field openRate') as NumericFieldName;
    const scenario = scenarioOption(readScenarioData(file), values);
    const targetNpv = numberOption(values, 'target');
    const min = numberOption(values, 'min');
    const max = numberOption(values, 'max');
    const result = solveFor(scenario.input, field, {
      ...horizonOption(values),
      ...(targetNpv !== undefined && { targetNpv }),
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
    });
    if (format === 'json') return JSON.stringify(result, null, 2);
    const value = (v: number) => fieldValueText(result.field, v, money);
    const cells: [string, string, string][] = [
      ['field', result.field, result.field],
      ['value', value(result.value), String(result.value)],
      ['NPV at value', formatMoney(result.npvAtValue, money), String(result.npvAtValue)],
      ['target NPV', formatMoney(decimalCalculator.from(result.targetNpv), money), String(result.targetNpv)],
      ['current value', value(result.currentValue), String(result.currentValue)],
      ['roots found', result.roots.map(value).join(', '), result.roots.join(' ')],
      ['range searched', `${value(result.range.min)} to ${value(result.range.max)}`, `${result.range.min} ${result.range.max}`],
      ['horizon (months)', String(result.months), String(result.months)],
    ];
    if (format === 'csv') return renderTable('csv', ['quantity', 'value'], cells.map(([name, , exact]) => [name, exact]));
    const title = titleText(format, `Solve for ${result.field} in ${scenario.name} over ${horizonText(result.months)}`);
    const table = renderTable(format as TableFormat, ['quantity', 'value'], cells.map(([name, shown]) => [name, shown]));
    return [title, '', table, '', sentenceOf(result, scenario, money)].join('\n');
  },
};
