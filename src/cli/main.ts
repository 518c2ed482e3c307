import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { InputError } from '../errors/inputError';
import { commands } from './commands/index';
import { commandHelp, overviewHelp } from './help';
import { type CommandOutput, moneyFormatOf } from './options';
import { parseCommandArgs } from './parseCommandArgs';
import { terminalText } from './terminalText';

/** The example files that ship beside the CLI (dist/cli.js → examples/), as the help shows them: a path from the working folder. */
const examplesFolder = `${relative(process.cwd(), fileURLToPath(new URL('../examples', import.meta.url))) || '.'}${sep}`;

async function run(argv: readonly string[]): Promise<string | CommandOutput> {
  const name = argv[0];
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return overviewHelp(commands, examplesFolder);
  if (name === '--version' || name === '-v') return version;
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    if (name.startsWith('-')) throw new InputError([{ path: name, rule: 'is not an option of email-npv itself (see email-npv --help)' }]);
    throw new InputError([{ path: 'command', rule: `"${name}" is not a command (try: ${commands.map((c) => c.name).join(', ')})` }]);
  }
  const { values, positionals } = parseCommandArgs(command, argv.slice(1));
  if (values.help === true) return commandHelp(command, examplesFolder);
  if (values.version === true) return version;
  if (command.takesNoFile === true) {
    if (positionals.length > 0)
      throw new InputError([
        { path: 'file', rule: `${command.name} takes no file argument, got ${positionals.join(' ')}: name the files with its options (${command.usage})` },
      ]);
    moneyFormatOf(values);
    return command.run('', values);
  }
  if (positionals.length > 1) throw new InputError([{ path: 'file', rule: `expects one file, got ${positionals.length}: ${positionals.join(' ')}` }]);
  const file = positionals[0];
  if (file === undefined) throw new InputError([{ path: 'file', rule: `is required: a JSON file, or - for standard input (${command.usage})` }]);
  moneyFormatOf(values); // --locale and --currency are checked for every command and format
  return command.run(file, values);
}

// A reader that stops early (`email-npv … | head`) closes the pipe: the rest is not wanted, end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
}
// Everything printed goes through terminalText: a control character from a user's file never reaches the terminal raw.
const print = (stream: NodeJS.WriteStream, text: string) => stream.write(terminalText(text));

try {
  const result = await run(process.argv.slice(2));
  const output: CommandOutput = typeof result === 'string' ? { text: result } : result;
  for (const warning of output.warnings ?? []) print(process.stderr, `warning: ${warning}\n`);
  // A command that streams its own output (batch) returns no text: nothing more to print.
  if (output.text !== '') print(process.stdout, `${output.text}\n`);
} catch (error) {
  if (error instanceof InputError) {
    print(
      process.stderr,
      `email-npv: bad input${error.file === undefined ? '' : ` in ${error.file}`}\n${error.problems.map((p) => `${p.path || '(input)'}: ${p.rule}`).join('\n')}\n`,
    );
    process.exitCode = 2;
  } else {
    print(process.stderr, `email-npv: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
