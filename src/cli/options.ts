import type { MoneyFormat } from '../render/formatMoney';
import { moneyFormatSchema } from '../render/moneyFormatSchema';
import { InputError, parseWith } from '../schema/inputError';

const cliMoneyFormat = moneyFormatSchema({});

/** Parsed command-line option values, by option name. */
export type Values = Readonly<Record<string, string | boolean | undefined>>;

/**
 * What a command gives back: the text for standard output, and the warnings to print on standard
 * error as `warning: …` lines (plausibility of the inputs, e.g. a rate typed as a percentage).
 */
export interface CommandOutput {
  readonly text: string;
  readonly warnings?: readonly string[];
}

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
  /** Runs the command on the file (or `-` for standard input); returns what to print (text alone, or text and warnings). Throws InputError on bad input. */
  run(file: string, values: Values): string | CommandOutput | Promise<string | CommandOutput>;
}

/** The `--format` value, checked against the formats the command offers (default "table"). */
export function formatOf(values: Values, allowed: readonly string[]): string {
  const format = String(values.format ?? 'table');
  if (!allowed.includes(format)) throw new InputError([{ path: '--format', rule: `must be one of ${allowed.join(', ')}` }]);
  return format;
}

/** The money format of `--currency` (default USD) and `--locale` (default en-US), checked together by Intl. */
export function moneyFormatOf(values: Values): Required<Pick<MoneyFormat, 'currency' | 'locale'>> {
  const given = { ...(values.currency === undefined ? {} : { currency: values.currency }), ...(values.locale === undefined ? {} : { locale: values.locale }) };
  try {
    return parseWith(cliMoneyFormat, given) as Required<Pick<MoneyFormat, 'currency' | 'locale'>>;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ path: `--${p.path}`, rule: p.rule })));
  }
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

/** A list of numbers separated by commas (e.g. `--horizons 1,3,5`), or undefined when the option is absent. */
export function numberListOption(values: Values, name: string): number[] | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const parts = typeof raw === 'string' ? raw.split(',').map((part) => part.trim()) : [];
  const numbers = parts.map(Number);
  if (parts.length === 0 || parts.some((part, i) => part === '' || !Number.isFinite(numbers[i]))) {
    throw new InputError([{ path: `--${name}`, rule: `must be numbers separated by commas, e.g. 1,3,5 (got "${String(raw)}")` }]);
  }
  return numbers;
}

/**
 * Joins a negative number to the option before it (`--target -500` → `--target=-500`), which
 * node:util's parseArgs would otherwise take for an option of its own.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    const previous = out[out.length - 1];
    if (/^-\d|^-\.\d/.test(arg) && previous !== undefined && /^--[\w-]+$/.test(previous)) out[out.length - 1] = `${previous}=${arg}`;
    else out.push(arg);
  }
  return out;
}
