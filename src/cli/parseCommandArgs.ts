import { parseArgs } from 'node:util';
import { InputError } from '../errors/inputError';
import { type Command, commonOptions, joinNegativeValues, type Values } from './options';

/** A command's arguments once checked: the option values by name, and the positional arguments. */
export interface CommandArgs {
  readonly values: Values;
  readonly positionals: readonly string[];
}

/**
 * Reads a command's arguments (after its name) against its declared options and the common ones.
 * Every misuse is an InputError naming the option, with a pointer to `--help`: an option the command
 * does not take, a value missing (or another option in its place) or given to a flag, an option given twice (`--years 1 --years 3`),
 * and two options the command declares as conflicting (`--years` with `--months`).
 *
 * @param command - the command, for its options and conflicts
 * @param args - the arguments after the command's name
 * @throws {InputError} e.g. `--years: is given twice (give it once)`
 *
 * @example
 * import { forecastCommand } from './commands/forecast';
 * parseCommandArgs(forecastCommand, ['in.json', '--years', '3']) //=> { values: { years: '3' }, positionals: ['in.json'] }
 * parseCommandArgs(forecastCommand, ['in.json', '--years', '3', '--months', '6'])
 * //=> throws InputError: '--months: give either --years or --months, not both (see email-npv forecast --help)'
 */
export function parseCommandArgs(command: Command, args: readonly string[]): CommandArgs {
  const options = { ...commonOptions, ...command.options };
  // parseArgs sees only the type and alias: its own `default` would take the help's words for a value
  const parseOptions = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [name, { type: o.type, ...(o.short === undefined ? {} : { short: o.short }) }]),
  );
  const { values, positionals, tokens } = parseArgs({
    args: joinNegativeValues(args),
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: parseOptions,
  });
  const helpPointer = `see email-npv ${command.name} --help`;
  const fail = (path: string, rule: string): never => {
    throw new InputError([{ path, rule: `${rule} (${helpPointer})` }]);
  };
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    const path = spec === undefined ? token.rawName : `--${token.name}`;
    if (spec === undefined) fail(path, `is not an option of ${command.name}`);
    else if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))))
      fail(path, `needs a value${spec.value === undefined ? '' : `, e.g. ${path} ${spec.value}`}`);
    else if (spec.type === 'boolean' && token.value !== undefined) fail(path, 'takes no value');
    if (seen.has(token.name)) fail(path, 'is given twice (give it once)');
    seen.add(token.name);
  }
  for (const [first, second] of command.conflicts ?? []) {
    if (seen.has(first) && seen.has(second)) fail(`--${second}`, `give either --${first} or --${second}, not both`);
  }
  return { values: values as Values, positionals };
}
