// Runs every worked example in examples/*.mjs, one after another, each under its own heading, then the
// scenario files whose story is told through the CLI (the README shows what these print).
// The examples import 'email-npv' (this package, resolved to dist/ by its own exports): build first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../examples/', import.meta.url);
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs'))
  .sort();
/** CLI runs of example files: the arguments after `email-npv`. */
const commands = [['compare', 'examples/segments.json']];
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
const total = scripts.length + commands.length;
process.stdout.write(`\n${total - failed} of ${total} examples ran\n`);
process.exitCode = failed === 0 ? 0 : 1;
