import { type Command, commonOptions, type OptionSpec } from './options';

const footer = `The file - is standard input.
csv: one header row; plain numbers (rates as fractions, money to the cent); cells quoted as RFC 4180 says, lines ending in LF; text beginning with = + - @ tab or CR prefixed with ' so that no spreadsheet runs it as a formula.
Exit codes: 0 success, 2 bad input (messages as field: rule), 1 internal error.`;

/** One `--name VALUE  description (default: …)` line per option, names padded to one column. */
function optionLines(options: Readonly<Record<string, OptionSpec>>): string {
  const names = Object.entries(options).map(
    ([name, o]) => `${o.short === undefined ? '' : `-${o.short}, `}--${name}${o.value === undefined ? '' : ` ${o.value}`}`,
  );
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return Object.values(options)
    .map((o, i) => `  ${names[i]!.padEnd(width)}${o.description}${o.default === undefined ? '' : ` (default: ${o.default})`}`)
    .join('\n');
}

/**
 * An example command line with its `examples/…` files found where they are: the examples ship in the
 * package, so after `npm install email-npv` they sit in `node_modules/email-npv/examples/`.
 */
const exampleLine = (example: string, examplesFolder: string) => `  ${example.replaceAll(/(?<=\s)examples\//g, examplesFolder)}`;

/** The common options as `command` takes them: `--format` lists its formats, the first the default. */
const commonOf = (command: Command): Record<string, OptionSpec> => ({
  ...commonOptions,
  format: { ...commonOptions.format!, value: command.formats.join('|'), default: command.formats[0]! },
});

/**
 * The `--help` text of a command, from its declarations: summary, usage, every option of its own and
 * the common ones with what each does and its default, the examples.
 *
 * @param command - the command
 * @param examplesFolder - where the example files are, as a path from the working folder ending in `/`
 *   (default `examples/`, the project's root)
 *
 * @example
 * import { forecastCommand } from './commands/forecast';
 * commandHelp(forecastCommand).split('\n')[0] //=> 'email-npv forecast — month-by-month cash flows and the NPV …'
 * commandHelp(forecastCommand, 'node_modules/email-npv/examples/').includes('node_modules/email-npv/examples/worked-example.json') //=> true
 */
export function commandHelp(command: Command, examplesFolder = 'examples/'): string {
  const own = Object.keys(command.options).length === 0 ? '' : `Options:\n${optionLines(command.options)}\n\n`;
  return `email-npv ${command.name} — ${command.summary}

Usage:
  ${command.usage}

${own}Common options:
${optionLines(commonOf(command))}

Examples:
${command.examples.map((e) => exampleLine(e, examplesFolder)).join('\n')}

${footer}`;
}

/**
 * The `email-npv --help` text: every command's usage, summary and first example, and the common options.
 *
 * @param commands - every command
 * @param examplesFolder - where the example files are (see {@link commandHelp})
 *
 * @example
 * import { commands } from './commands';
 * overviewHelp(commands).startsWith('email-npv — which email strategy is worth it') //=> true
 */
export function overviewHelp(commands: readonly Command[], examplesFolder = 'examples/'): string {
  return `email-npv — which email strategy is worth it, in money

Usage:
${commands.map((c) => `  ${c.usage}`).join('\n')}

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Examples:
${commands.map((c) => exampleLine(c.examples[0]!, examplesFolder)).join('\n')}

Common options:
${optionLines({ ...commonOptions, format: { ...commonOptions.format!, description: "the output format (each command's --help lists its formats)" } })}

email-npv <command> --help lists a command's options, with their defaults.
${footer}`;
}
