import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../schema/inputError';
import { forecast } from '../model/forecast';
import { forecastTable } from '../render/forecastTable';
import { formatMoney } from '../render/formatMoney';
import type { MonthRow } from '../model/monthRow';
import type Decimal from 'decimal.js';

const usage = `email-npv — which email strategy is worth it, in money

Usage:
  email-npv forecast <file|-> [--years N | --months N] [--format table|csv|json] [--currency USD] [--locale en-US]
  email-npv --help

Example:
  email-npv forecast examples/worked-example.json --years 1

Exit codes: 0 success, 2 bad input (messages as field: rule), 1 internal error.`;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError([{ path: 'file', rule: `cannot be read: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([{ path: 'file', rule: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

function horizonFrom(values: { years?: string; months?: string }) {
  if (values.months !== undefined) return { months: Number(values.months) };
  return { years: Number(values.years ?? 1) };
}

function toCsv(rows: readonly MonthRow<Decimal>[]): string {
  const keys = ['month', 'date', 'subscribersStart', 'subscribersLost', 'newSubscribers', 'emailsSent', 'orders', 'revenue', 'grossProfit', 'costs', 'netCashFlow', 'discountFactor', 'presentValue', 'cumulativeNpv'] as const;
  return [keys.join(','), ...rows.map((r) => keys.map((k) => String(r[k] ?? '')).join(','))].join('\n');
}

function run(argv: readonly string[]): string {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      years: { type: 'string' },
      months: { type: 'string' },
      format: { type: 'string', default: 'table' },
      currency: { type: 'string', default: 'USD' },
      locale: { type: 'string', default: 'en-US' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || command === undefined || command === 'help') return usage;
  if (command !== 'forecast') throw new InputError([{ path: 'command', rule: `"${command}" is not a command (try: forecast)` }]);
  if (file === undefined) throw new InputError([{ path: 'file', rule: 'is required: a scenario input JSON file, or - for standard input' }]);
  const result = forecast(readJson(file), horizonFrom(values));
  const format = { currency: values.currency, locale: values.locale };
  switch (values.format) {
    case 'json':
      return JSON.stringify({ months: result.months, npv: result.npv, rows: result.rows }, null, 2);
    case 'csv':
      return toCsv(result.rows);
    case 'table':
      return `${forecastTable(result, format)}\n\nNPV over ${result.months} months (investment ${formatMoney(result.investment, format)} at t = 0): ${formatMoney(result.npv, format)}`;
    default:
      throw new InputError([{ path: '--format', rule: 'must be table, csv or json' }]);
  }
}

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`email-npv: bad input\n${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`email-npv: ${error.message}\n\n${usage}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`email-npv: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
