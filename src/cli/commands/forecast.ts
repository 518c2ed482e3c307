import type Decimal from 'decimal.js';
import { forecast } from '../../model/forecast';
import type { MonthRow, SegmentMonth } from '../../model/monthRow';
import { forecastTable } from '../../render/forecastTable';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { renderTable } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { readScenarioData } from '../readScenarioData';
import { singleHorizonConflict, singleHorizonOf, singleHorizonOptionSpecs } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf } from '../options';

const columns = [
  'month',
  'date',
  'subscribersStart',
  'subscribersLost',
  'newSubscribers',
  'emailsSent',
  'orders',
  'revenue',
  'grossProfit',
  'costs',
  'netCashFlow',
  'discountFactor',
  'presentValue',
  'cumulativeNpv',
] as const;

const moneyColumns: ReadonlySet<string> = new Set(['revenue', 'grossProfit', 'costs', 'netCashFlow', 'presentValue', 'cumulativeNpv']);
const formats = ['table', 'md', 'csv', 'json'];

/** A segment's columns, as the model names them (see `SegmentMonth`). */
const segmentColumns = [
  'subscribersStart',
  'subscribersLost',
  'movedOut',
  'movedIn',
  'newSubscribers',
  'emailsSent',
  'orders',
  'revenue',
  'grossProfit',
  'costs',
  'netCashFlow',
] as const satisfies readonly (keyof SegmentMonth<Decimal>)[];

/** The segments of a forecast's rows, in the order written (empty when unsegmented). */
const segmentsOf = (rows: readonly MonthRow<Decimal>[]) => Object.keys(rows[0]?.segments ?? {});

const exactRows = (rows: readonly MonthRow<Decimal>[]) => rows.map((r) => columns.map((k) => String(r[k] ?? '')));
/** The csv cells: money to the cent, people, emails, orders and the discount factor exact; then each segment's columns. */
const csvRows = (rows: readonly MonthRow<Decimal>[]) =>
  rows.map((r) => [
    ...columns.map((k) => (k === 'month' ? String(r.month) : k === 'date' ? (r.date ?? '') : csvNumber(r[k], moneyColumns.has(k) ? 2 : undefined))),
    ...segmentsOf(rows).flatMap((name) => segmentColumns.map((k) => csvNumber(r.segments![name]![k], moneyColumns.has(k) ? 2 : undefined))),
  ]);
/** The csv header: the month's columns, then `segments.<name>.<column>` for each segment. */
const csvHeader = (rows: readonly MonthRow<Decimal>[]) => [
  ...columns,
  ...segmentsOf(rows).flatMap((name) => segmentColumns.map((k) => `segments.${name}.${k}`)),
];
/** The Markdown text: the month table, then one table per segment under its name (values exact). */
function mdOf(rows: readonly MonthRow<Decimal>[]): string {
  const segmentTables = segmentsOf(rows).map(
    (name) =>
      `### Segment ${name}\n\n${renderTable(
        'md',
        ['month', ...segmentColumns],
        rows.map((r) => [String(r.month), ...segmentColumns.map((k) => String(r.segments![name]![k]))]),
      )}`,
  );
  return [renderTable('md', columns, exactRows(rows)), ...segmentTables].join('\n\n');
}

export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'month-by-month cash flows and the NPV of one scenario input, or of one scenario of a scenario file',
  usage: 'email-npv forecast <file|-> [--scenario NAME] [--years N | --months N] [--format table|md|csv|json]',
  examples: [
    'email-npv forecast examples/worked-example.json --years 1',
    'cat input.json | email-npv forecast - --months 18 --format csv',
    'email-npv forecast examples/moller-uncertain.json --scenario H2 --years 5',
  ],
  formats,
  options: {
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file to forecast', default: "the file's baseline" },
    ...singleHorizonOptionSpecs,
  },
  conflicts: [singleHorizonConflict],
  run(file, values) {
    const format = formatOf(values, formats);
    const data = readScenarioData(file);
    const scenario = typeof values.scenario === 'string' ? values.scenario : undefined;
    const result = forecast(scenarioInputOf(data, scenario), singleHorizonOf(values, data));
    const warnings = scenarioWarningsOf(data, scenario, result.warnings);
    if (format === 'json') return { text: JSON.stringify({ months: result.months, npv: result.npv, rows: result.rows, warnings }, null, 2), warnings };
    if (format === 'csv') return { text: renderTable(format, csvHeader(result.rows), csvRows(result.rows)), warnings };
    if (format === 'md') return { text: mdOf(result.rows), warnings };
    const money = moneyFormatOf(values);
    return {
      text: `${forecastTable(result, money)}\n\nNPV over ${result.months} months (investment ${formatMoney(result.investment, money)} at t = 0): ${formatMoney(result.npv, money)}`,
      warnings,
    };
  },
};
