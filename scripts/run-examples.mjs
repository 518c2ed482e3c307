// Runs every worked example in examples/*.mjs, one after another, each under its own heading, then the
// scenario files whose story is told through the CLI (the README shows what these print).
// The examples import 'email-npv' (this package, resolved to dist/ by its own exports): build first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = new URL('../examples/', import.meta.url);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs'))
  .sort();
// The history walk-through writes its fitted file and report into a folder of its own, removed at the end.
const scratch = mkdtempSync(join(tmpdir(), 'email-npv-examples-'));
const fitted = join(scratch, 'fitted.json');
/** CLI runs of example files: the arguments after `email-npv`. */
const commands = [
  ['compare', 'examples/segments.json'],
  // examples/history: the CSV exports fitted into a scenario file, then simulated and reported (README "Your own history in").
  [
    'fit',
    '--campaigns',
    'examples/history/campaigns.csv',
    '--list',
    'examples/history/list.csv',
    '--retention',
    'examples/history/audience.csv',
    '--period-months',
    '1',
    '--segment-by',
    'List',
    '--base',
    'examples/history/base.json',
    '--format',
    'md',
    '--write',
    fitted,
  ],
  ['simulate', fitted],
  ['report', fitted, '--out', join(scratch, 'report.html')],
];
const root = new URL('..', import.meta.url).pathname;
let failed = 0;
for (const name of scripts) {
  process.stdout.write(`\n=== examples/${name} ===\n\n`);
  const result = spawnSync(process.execPath, [join(folder.pathname, name)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
for (const args of commands) {
  process.stdout.write(`\n=== email-npv ${args.join(' ')} ===\n\n`);
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) failed++;
}
rmSync(scratch, { recursive: true, force: true });
const total = scripts.length + commands.length;
process.stdout.write(`\n${total - failed} of ${total} examples ran\n`);
process.exitCode = failed === 0 ? 0 : 1;
