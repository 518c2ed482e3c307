import { sensitivity, type SensitivityEntry, type SensitivityResult } from '../../analysis/search/sensitivity';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import type { FieldPath } from '../../schema/fieldPaths';
import { readScenarioData } from '../readScenarioData';
import { singleHorizonConflict, singleHorizonOf, singleHorizonOptionSpecs } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, numberOption, type CliMoneyFormat } from '../options';
import { fieldValueCsv } from '../../render/fieldValueCsv';
import { fieldValueText } from '../../render/fieldValueText';
import { horizonText } from '../../render/horizonText';
import { percentText } from '../../render/percentText';
import { scenarioOption } from '../scenarioOption';
import { titleText } from '../../render/titleText';

const clampMark = ' *';

/** Whether the low and the high value used differ from value × (1 ∓ change), i.e. were moved to the nearest valid value. */
function clampedEnds(e: SensitivityEntry, change: number): [boolean, boolean] {
  if (!e.clamped) return [false, false];
  const [down, up] = [e.value * (1 - change), e.value * (1 + change)].sort((a, b) => a - b) as [number, number];
  const moved = (used: number, wanted: number) => Math.abs(used - wanted) > 1e-9 * Math.max(Math.abs(e.value), Number.MIN_VALUE);
  return [moved(e.valueLow, down), moved(e.valueHigh, up)];
}

/** The tornado as text cells: values by their kind, money rounded to whole units, clamped values marked. */
function tornadoRows(result: SensitivityResult, money: CliMoneyFormat): string[][] {
  const whole = { ...money, fractionDigits: 0 };
  return result.tornado.map((e) => {
    const [lowClamped, highClamped] = clampedEnds(e, result.change);
    return [
      e.field,
      fieldValueText(e.field, e.value, money),
      fieldValueText(e.field, e.valueLow, money) + (lowClamped ? clampMark : ''),
      fieldValueText(e.field, e.valueHigh, money) + (highClamped ? clampMark : ''),
      formatMoney(e.npvLow, whole),
      formatMoney(e.npvHigh, whole),
      formatMoney(e.swing, whole),
      e.elasticity === null ? '—' : e.elasticity.toFixed(3),
    ];
  });
}

/** The tornado as plain numbers: money to the cent, input values by their kind (`fieldValueCsv`), elasticities exact. */
function csvOf(result: SensitivityResult): string {
  const header = ['field', 'value', 'low value', 'high value', 'clamped', 'NPV low', 'NPV high', 'swing', 'elasticity'];
  const rows = result.tornado.map((e) => [
    e.field,
    ...[e.value, e.valueLow, e.valueHigh].map((x) => fieldValueCsv(e.field, x)),
    String(e.clamped),
    ...[e.npvLow, e.npvHigh, e.swing].map((x) => csvNumber(x, 2)),
    csvNumber(e.elasticity),
  ]);
  return renderTable('csv', header, rows);
}

/** `--fields openRate,segments.engaged.openRate` as a list of field paths (checked by `sensitivity`), or undefined when absent. */
function fieldsOption(raw: string | boolean | undefined): FieldPath[] | undefined {
  return typeof raw === 'string' ? raw.split(',').map((part) => part.trim()) : undefined;
}

const formats = [...tableFormats, 'json'];

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'which input matters most: the NPV with each input moved down and up (tornado, widest swing first) and its elasticity',
  usage: 'email-npv sensitivity <file|-> [--scenario NAME] [--years N | --months N] [--change F] [--fields F1,F2,…] [--format table|md|csv|json]',
  examples: [
    'email-npv sensitivity examples/moller-article.json',
    'email-npv sensitivity examples/moller-article.json --scenario H4 --years 3 --change 0.2 --fields openRate,investment,budgetPerMonth --format md',
  ],
  formats,
  options: {
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file', default: "the file's baseline" },
    ...singleHorizonOptionSpecs,
    change: { type: 'string', value: 'F', description: 'how far each input moves down and up, a fraction of its value', default: '0.1' },
    fields: {
      type: 'string',
      value: 'F1,F2,…',
      description:
        'the numeric inputs to move, separated by commas: fields or field paths, e.g. openRate,segments.engaged.openRate,retention.alpha,moves[0].sharePerMonth',
      default: "every numeric input whose value is not 0, each segment's fields included, the segments' shares left out",
    },
  },
  conflicts: [singleHorizonConflict],
  run(file, values) {
    const format = formatOf(values, formats);
    const money = moneyFormatOf(values);
    const data = readScenarioData(file);
    const scenario = scenarioOption(data, values);
    const change = numberOption(values, 'change');
    const fields = fieldsOption(values.fields);
    const result = sensitivity(scenario.input, {
      ...singleHorizonOf(values, data),
      ...(change !== undefined && { change }),
      ...(fields !== undefined && { fields }),
    });
    const warnings = scenarioWarningsOf(data, typeof values.scenario === 'string' ? values.scenario : undefined, result.warnings);
    if (format === 'json') return { text: JSON.stringify({ ...result, warnings }, null, 2), warnings };
    if (format === 'csv') return { text: csvOf(result), warnings };
    const title = titleText(
      format,
      `Sensitivity of ${scenario.name} over ${horizonText(result.months)}${result.months % 12 === 0 ? ` (${result.months} months)` : ''}: base NPV ${formatMoney(result.npvBase, money)}, ` +
        `each input ±${percentText(result.change, money.locale, 2)} with the others fixed, widest swing first`,
    );
    const header = ['field', 'value', 'low value', 'high value', 'NPV low', 'NPV high', 'swing', 'elasticity'];
    const notes = [
      ...(result.tornado.some((e) => e.clamped) ? [`${clampMark.trim()} outside the input's valid range: the nearest valid value was used.`] : []),
      ...result.tornado.filter((e) => e.elasticity === null).map((e) => `No elasticity for ${e.field}: ${e.elasticityReason ?? 'undefined'}.`),
      'Elasticity: % change of the NPV (of its size, when negative) per 1% change of the input; positive when raising the input raises the NPV.',
    ];
    return { text: [title, '', renderTable(format as TableFormat, header, tornadoRows(result, money)), '', ...notes].join('\n'), warnings };
  },
};
