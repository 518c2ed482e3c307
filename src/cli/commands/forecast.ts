import type Decimal from 'decimal.js';
import { forecast } from '../../model/forecast';
import type { MonthRow } from '../../model/monthRow';
import { forecastTable } from '../../render/forecastTable';
import { formatMoney } from '../../render/formatMoney';
import { renderTable } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, moneyFormatOf, numberOption } from '../options';

const columns = ['month', 'date', 'subscribersStart', 'subscribersLost', 'newSubscribers', 'emailsSent', 'orders', 'revenue', 'grossProfit', 'costs', 'netCashFlow', 'discountFactor', 'presentValue', 'cumulativeNpv'] as const;

const exactRows = (rows: readonly MonthRow<Decimal>[]) => rows.map((r) => columns.map((k) => String(r[k] ?? '')));

export const forecastCommand: Command = {
  name: 'forecast',
  summary: 'month-by-month cash flows and the NPV of one scenario input, or of one scenario of a scenario file',
  usage: 'email-npv forecast <file|-> [--scenario NAME] [--years N | --months N] [--format table|md|csv|json]',
  examples: [
    'email-npv forecast examples/worked-example.json --years 1',
    'cat input.json | email-npv forecast - --months 18 --format csv',
    'email-npv forecast examples/moller-uncertain.json --scenario H2 --years 5',
  ],
  options: { scenario: { type: 'string' }, years: { type: 'string' }, months: { type: 'string' } },
  run(file, values) {
    const format = formatOf(values, ['table', 'md', 'csv', 'json']);
    const months = numberOption(values, 'months');
    const horizon = months !== undefined ? { months } : { years: numberOption(values, 'years', 1)! };
    const result = forecast(scenarioInputOf(readScenarioData(file), typeof values.scenario === 'string' ? values.scenario : undefined), horizon);
    if (format === 'json') return JSON.stringify({ months: result.months, npv: result.npv, rows: result.rows }, null, 2);
    if (format === 'csv' || format === 'md') return renderTable(format, columns, exactRows(result.rows));
    const money = moneyFormatOf(values);
    return `${forecastTable(result, money)}\n\nNPV over ${result.months} months (investment ${formatMoney(result.investment, money)} at t = 0): ${formatMoney(result.npv, money)}`;
  },
};
