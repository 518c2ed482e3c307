import { parseArgs } from 'node:util';
import { InputError } from '../schema/inputError';
import { commands } from './commands/index';
import { type Command, type CommandOutput, joinNegativeValues } from './options';

const common = {
  format: { type: 'string' },
  currency: { type: 'string' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const footer = `Common options: --format table|md|csv|json, --currency USD --locale en-US; - reads the file from standard input.
Exit codes: 0 success, 2 bad input (messages as field: rule), 1 internal error.`;

const overview = `email-npv — which email strategy is worth it, in money

Usage:
${commands.map((c) => `  ${c.usage}`).join('\n')}

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n')}

Examples:
${commands.map((c) => `  ${c.examples[0]}`).join('\n')}

email-npv <command> --help shows a command's options.
${footer}`;

const help = (c: Command) => `email-npv ${c.name} — ${c.summary}

Usage:
  ${c.usage}

Examples:
${c.examples.map((e) => `  ${e}`).join('\n')}

${footer}`;

async function run(argv: readonly string[]): Promise<string | CommandOutput> {
  const name = argv[0];
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return overview;
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    throw new InputError([{ path: 'command', rule: `"${name}" is not a command (try: ${commands.map((c) => c.name).join(', ')})` }]);
  }
  const { values, positionals } = parseArgs({ args: joinNegativeValues(argv.slice(1)), allowPositionals: true, options: { ...common, ...command.options } });
  if (values.help) return help(command);
  if (positionals.length > 1) throw new InputError([{ path: 'file', rule: `expects one file, got ${positionals.length}: ${positionals.join(' ')}` }]);
  const file = positionals[0];
  if (file === undefined) throw new InputError([{ path: 'file', rule: `is required: a JSON file, or - for standard input (${command.usage})` }]);
  return command.run(file, values);
}

try {
  const result = await run(process.argv.slice(2));
  const output: CommandOutput = typeof result === 'string' ? { text: result } : result;
  for (const warning of output.warnings ?? []) process.stderr.write(`warning: ${warning}\n`);
  process.stdout.write(`${output.text}\n`);
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`email-npv: bad input${error.file === undefined ? '' : ` in ${error.file}`}\n${error.problems.map((p) => `${p.path || '(input)'}: ${p.rule}`).join('\n')}\n`);
    process.exitCode = 2;
  } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`email-npv: ${error.message}\n\n${overview}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`email-npv: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
