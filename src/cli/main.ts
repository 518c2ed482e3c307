import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type Decimal from 'decimal.js';
import { calibrate } from '../analysis/calibrate';
import { forecast } from '../model/forecast';
import type { MonthRow } from '../model/monthRow';
import { comparisonRows, type PublishedNpvs } from '../render/comparisonRows';
import { forecastTable } from '../render/forecastTable';
import { formatMoney } from '../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../render/renderTable';
import { compareScenarios } from '../scenarios/compareScenarios';
import { InputError } from '../schema/inputError';
import { readJson } from './readJson';

const usage = `email-npv — which email strategy is worth it, in money

Usage:
  email-npv forecast <file|-> [--years N | --months N] [--format table|csv|json]
  email-npv compare <file|-> [--horizons 1,3,5] [--format table|md|csv|json] [--observed <file>]
  email-npv calibrate <file|-> --observed <file> [--write <calibrated.json>] [--format table|md|csv|json]
  Common: --currency USD --locale en-US; - reads the file from standard input.

Examples:
  email-npv forecast examples/worked-example.json --years 1
  email-npv compare examples/moller-article.json --observed examples/moller-article.observed.json
  email-npv calibrate examples/moller-article.json --observed examples/moller-article.observed.json

Exit codes: 0 success, 2 bad input (messages as field: rule), 1 internal error.`;

type Values = Record<string, string | boolean | undefined>;

const formatOf = (values: Values, allowed: readonly string[]) => {
  const format = String(values.format ?? 'table');
  if (!allowed.includes(format)) throw new InputError([{ path: '--format', rule: `must be one of ${allowed.join(', ')}` }]);
  return format;
};
const moneyFormat = (values: Values) => ({ currency: String(values.currency ?? 'USD'), locale: String(values.locale ?? 'en-US') });
const required = (value: string | undefined, path: string, rule: string) => {
  if (value === undefined) throw new InputError([{ path, rule }]);
  return value;
};

function toCsv(rows: readonly MonthRow<Decimal>[]): string {
  const keys = ['month', 'date', 'subscribersStart', 'subscribersLost', 'newSubscribers', 'emailsSent', 'orders', 'revenue', 'grossProfit', 'costs', 'netCashFlow', 'discountFactor', 'presentValue', 'cumulativeNpv'] as const;
  return [keys.join(','), ...rows.map((r) => keys.map((k) => String(r[k] ?? '')).join(','))].join('\n');
}

function forecastCommand(file: string, values: Values): string {
  const format = formatOf(values, ['table', 'csv', 'json']);
  const horizon = values.months !== undefined ? { months: Number(values.months) } : { years: Number(values.years ?? 1) };
  const result = forecast(readJson(file), horizon);
  if (format === 'json') return JSON.stringify({ months: result.months, npv: result.npv, rows: result.rows }, null, 2);
  if (format === 'csv') return toCsv(result.rows);
  const money = moneyFormat(values);
  return `${forecastTable(result, money)}\n\nNPV over ${result.months} months (investment ${formatMoney(result.investment, money)} at t = 0): ${formatMoney(result.npv, money)}`;
}

interface ObservedFile {
  observed?: { hypothesis: string; years: number; npv: number }[];
  unknowns?: Record<string, { min: number; max: number }>;
  seed?: number;
}

function publishedFrom(observed: ObservedFile['observed']): PublishedNpvs {
  const map = new Map<string, Map<number, number>>();
  for (const o of observed ?? []) map.set(o.hypothesis, (map.get(o.hypothesis) ?? new Map()).set(o.years, o.npv));
  return map;
}

function compareCommand(file: string, values: Values): string {
  const format = formatOf(values, [...tableFormats, 'json']);
  const horizonsYears = typeof values.horizons === 'string' ? values.horizons.split(',').map(Number) : undefined;
  const comparison = compareScenarios(readJson(file), horizonsYears === undefined ? {} : { horizonsYears });
  if (format === 'json') return JSON.stringify(comparison, null, 2);
  const published = typeof values.observed === 'string' ? publishedFrom((readJson(values.observed, '--observed') as ObservedFile).observed) : undefined;
  const money = { ...moneyFormat(values), fractionDigits: 0 };
  const sections = comparison.horizons.map((h) => {
    const { header, rows } = comparisonRows(h, money, published);
    const title = `${h.years} year${h.years === 1 ? '' : 's'} (${h.months} months) — winner: ${h.winner}`;
    return format === 'csv' ? renderTable('csv', ['horizon (years)', ...header], rows.map((r) => [String(h.years), ...r])) : `${format === 'md' ? '### ' : ''}${title}\n\n${renderTable(format as TableFormat, header, rows)}`;
  });
  return sections.join(format === 'csv' ? '\n' : '\n\n');
}

function calibrateCommand(file: string, values: Values): string {
  const format = formatOf(values, [...tableFormats, 'json']);
  const spec = readJson(required(values.observed as string | undefined, '--observed', 'is required: a JSON file with observed NPVs and unknowns'), '--observed') as ObservedFile;
  const started = performance.now();
  const result = calibrate({ scenarios: readJson(file), observed: spec.observed ?? [], unknowns: spec.unknowns ?? {}, ...(spec.seed === undefined ? {} : { seed: spec.seed }) });
  const seconds = (performance.now() - started) / 1000;
  if (typeof values.write === 'string') writeFileSync(values.write, `${JSON.stringify(result.scenarios, null, 2)}\n`);
  if (format === 'json') return JSON.stringify(result, null, 2);
  const fitted = renderTable(format as TableFormat, ['unknown', 'fitted value'], Object.entries(result.fitted).map(([k, v]) => [k, String(v)]));
  const residuals = renderTable(
    format as TableFormat,
    ['scenario', 'years', 'observed', 'model', 'model − observed'],
    result.residuals.map((r) => [r.hypothesis, String(r.years), r.observed.toFixed(2), r.model.toFixed(2), r.error.toFixed(2)]),
  );
  const inseparable = result.inseparable.length === 0 ? 'every unknown is separately determined by the data' : result.inseparable.map((g) => `cannot be separated: ${g.join(' × ')}`).join('\n');
  return `Fitted inputs\n\n${fitted}\n\nResiduals\n\n${residuals}\n\nrms $${result.rms.toFixed(2)}, worst $${result.maxAbsError.toFixed(2)}, ${result.evaluations} model runs in ${seconds.toFixed(1)} s\n${inseparable}${typeof values.write === 'string' ? `\nwrote ${values.write}` : ''}`;
}

const commands: Record<string, (file: string, values: Values) => string> = { forecast: forecastCommand, compare: compareCommand, calibrate: calibrateCommand };

function run(argv: readonly string[]): string {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      years: { type: 'string' },
      months: { type: 'string' },
      horizons: { type: 'string' },
      observed: { type: 'string' },
      write: { type: 'string' },
      format: { type: 'string' },
      currency: { type: 'string' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
  if (values.help || command === undefined || command === 'help') return usage;
  const handler = commands[command];
  if (handler === undefined) throw new InputError([{ path: 'command', rule: `"${command}" is not a command (try: ${Object.keys(commands).join(', ')})` }]);
  return handler(required(file, 'file', 'is required: a JSON file, or - for standard input'), values);
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
