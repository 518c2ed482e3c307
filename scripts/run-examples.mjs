// Runs every worked example in examples/*.mjs, one after another, each under its own heading.
// The examples import 'email-npv' (this package, resolved to dist/ by its own exports): build first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../examples/', import.meta.url);
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs'))
  .sort();
let failed = 0;
for (const name of scripts) {
  process.stdout.write(`\n=== examples/${name} ===\n\n`);
  const result = spawnSync(process.execPath, [join(folder.pathname, name)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.stdout.write(`\n${scripts.length - failed} of ${scripts.length} examples ran\n`);
process.exitCode = failed === 0 ? 0 : 1;
