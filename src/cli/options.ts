import type { MoneyFormat } from '../render/formatMoney';
import { InputError } from '../schema/inputError';

/** Parsed command-line option values, by option name. */
export type Values = Readonly<Record<string, string | boolean | undefined>>;

/** One sub-command of the `email-npv` CLI. Each lives in its own module under `src/cli/commands/`. */
export interface Command {
  readonly name: string;
  /** One line: what the command tells the marketer. */
  readonly summary: string;
  /** The synopsis, e.g. `email-npv forecast <file|-> [--years N | --months N] [--format table|csv|json]`. */
  readonly usage: string;
  /** Example invocations that work from the project root. */
  readonly examples: readonly string[];
  /** Options of its own, besides the common `--format`, `--currency`, `--locale`, `--help`. */
  readonly options: Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;
  /** Runs the command on the file (or `-` for standard input); returns what to print. Throws InputError on bad input. */
  run(file: string, values: Values): string | Promise<string>;
}

/** The `--format` value, checked against the formats the command offers (default "table"). */
export function formatOf(values: Values, allowed: readonly string[]): string {
  const format = String(values.format ?? 'table');
  if (!allowed.includes(format)) throw new InputError([{ path: '--format', rule: `must be one of ${allowed.join(', ')}` }]);
  return format;
}

/** The money format of `--currency` (default USD) and `--locale` (default en-US), checked by Intl. */
export function moneyFormatOf(values: Values): Required<Pick<MoneyFormat, 'currency' | 'locale'>> {
  const currency = String(values.currency ?? 'USD');
  const locale = String(values.locale ?? 'en-US');
  try {
    new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    throw new InputError([{ path: '--currency', rule: `"${currency}" with --locale "${locale}" is not a currency format Intl knows (e.g. --currency EUR --locale de-DE)` }]);
  }
  return { currency, locale };
}

/** The value of a required option or argument, or an InputError `path: rule`. */
export function required(value: string | boolean | undefined, path: string, rule: string): string {
  if (typeof value !== 'string') throw new InputError([{ path, rule }]);
  return value;
}

/** A numeric option (e.g. `--years 5`), or `fallback` when absent; an InputError when not a number. */
export function numberOption(values: Values, name: string, fallback?: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value)) throw new InputError([{ path: `--${name}`, rule: `must be a number, got "${String(raw)}"` }]);
  return value;
}
