import type { MoneyFormat } from '../render/formatMoney';
import { moneyFormatSchema } from '../render/moneyFormatSchema';
import { InputError } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';

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

/**
 * One option of a command, declared once: node:util's parseArgs reads its `type` and `short`, and
 * `--help` prints its `value`, `description` and `default`, so the help cannot disagree with the code.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
  /** The value's placeholder in `--help`, e.g. `N`, `NAME`, `FILE` (string options). */
  readonly value?: string;
  /** What the option does, in a few words. */
  readonly description: string;
  /** What applies when the option is not given, in words; none when its absence simply leaves it out. */
  readonly default?: string;
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
  /** The values `--format` takes, the default first. */
  readonly formats: readonly string[];
  /** Options of its own, besides the common `--format`, `--currency`, `--locale`, `--help`, `--version`. */
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** True for a command that reads only the files its options name (`fit`): it takes no file argument, and runs with the file `''`. */
  readonly takesNoFile?: boolean;
  /** Pairs of its options that cannot be given together, e.g. `['years', 'months']`. */
  readonly conflicts?: readonly (readonly [string, string])[];
  /** Runs the command on the file (or `-` for standard input); returns what to print (text alone, or text and warnings). Throws InputError on bad input. */
  run(file: string, values: Values): string | CommandOutput | Promise<string | CommandOutput>;
}

/** The `--format` value, checked against the formats the command offers (default: the first of them). */
export function formatOf(values: Values, allowed: readonly string[]): string {
  const format = String(values.format ?? allowed[0]);
  if (!allowed.includes(format)) throw new InputError([{ path: '--format', rule: `must be one of ${allowed.join(', ')}` }]);
  return format;
}

/** The options every command takes, besides its own; `--format`'s values are each command's `formats`. */
export const commonOptions: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', value: 'FORMAT', description: 'the output format' },
  currency: { type: 'string', value: 'CODE', description: 'the currency of money, an ISO 4217 code', default: 'USD' },
  locale: { type: 'string', value: 'TAG', description: 'how numbers, money and percentages are written, a BCP 47 locale', default: 'en-US' },
  help: { type: 'boolean', short: 'h', description: 'prints this help and exits' },
  version: { type: 'boolean', short: 'v', description: 'prints the version of email-npv and exits' },
};

/** True when Intl knows `locale` (a well-formed BCP 47 tag that it supports, not only falls back from). */
function isIntlLocale(locale: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    return false;
  }
}

/** The money format of `--currency` and `--locale`, as {@link moneyFormatOf} returns it. */
export type CliMoneyFormat = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

/**
 * The money format of `--currency` (default USD) and `--locale` (default en-US): the locale checked
 * first (`--locale: …`), then the pair by Intl (`--currency: …`).
 *
 * @throws {InputError} `--locale: "xx-!!" is not a locale Intl knows (e.g. en-US, de-DE)`
 */
export function moneyFormatOf(values: Values): CliMoneyFormat {
  if (values.locale !== undefined && !isIntlLocale(String(values.locale))) {
    throw new InputError([{ path: '--locale', rule: `"${String(values.locale)}" is not a locale Intl knows (e.g. en-US, de-DE)` }]);
  }
  const given = { ...(values.currency === undefined ? {} : { currency: values.currency }), ...(values.locale === undefined ? {} : { locale: values.locale }) };
  try {
    return parseWith(cliMoneyFormat, given) as CliMoneyFormat;
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

const decimal = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
const whole = /^-?\d+$/;

/**
 * A number written in plain decimal notation (`5`, `-0.25`, `.5`), or an InputError naming `path`:
 * hexadecimal, exponents, spaces, trailing letters, `Infinity` and numbers too large for a double are
 * refused; with `wholeNumber`, so is any fraction.
 *
 * @param raw - the text as typed
 * @param path - the option, for the message (e.g. `--years`)
 * @param wholeNumber - whether only whole numbers are allowed (e.g. `--draws`)
 * @throws {InputError} `--years: must be a number, got "0x10" (decimal notation, e.g. 5 or 0.25)`
 *
 * @example
 * strictNumber('2.5', '--years') //=> 2.5
 * strictNumber('1e3', '--years') //=> throws InputError: '--years: must be a number, got "1e3" (decimal notation, e.g. 5 or 0.25)'
 */
export function strictNumber(raw: string, path: string, wholeNumber = false): number {
  const value = Number(raw);
  if (!decimal.test(raw) || !Number.isFinite(value))
    throw new InputError([{ path, rule: `must be a number, got "${raw}" (decimal notation, e.g. 5 or 0.25)` }]);
  if (wholeNumber && !whole.test(raw)) throw new InputError([{ path, rule: `must be a whole number, got "${raw}"` }]);
  return value;
}

/** A numeric option (e.g. `--years 5`) parsed by {@link strictNumber}, or `fallback` when absent. */
export function numberOption(values: Values, name: string, fallback?: number, wholeNumber = false): number | undefined {
  const raw = values[name];
  if (raw === undefined) return fallback;
  return strictNumber(String(raw), `--${name}`, wholeNumber);
}

/** A list of numbers separated by commas (e.g. `--horizons 1,3,5`), each in decimal notation; undefined when the option is absent. */
export function numberListOption(values: Values, name: string): number[] | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const parts = String(raw).split(',');
  if (parts.some((part) => !decimal.test(part) || !Number.isFinite(Number(part)))) {
    throw new InputError([{ path: `--${name}`, rule: `must be numbers separated by commas, e.g. 1,3,5 (got "${String(raw)}")` }]);
  }
  return parts.map(Number);
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
