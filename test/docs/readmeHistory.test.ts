import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The README's "Your own history in" walks through examples/history with the commands the CLI runs, and shows
// exactly what `fit` prints; the data set is written by a seeded script, byte for byte the same at every run.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Your own history in'), readme.indexOf('## Analysis'));
const folder = mkdtempSync(join(tmpdir(), 'email-npv-readme-history-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The commands of the section's `sh` blocks, one a line. */
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));
/** Runs a README command with the built CLI, `fitted.json` and `report.html` written into the test's folder. */
const runShown = (command: string) => {
  const args = command
    .split(' ')
    .slice(2)
    .map((arg) => (arg === 'fitted.json' || arg === 'report.html' ? join(folder, arg) : arg));
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
};

describe('the README section on your own history', () => {
  test('walks through fit, simulate and report of the example data', () => {
    expect(commands.map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual(['npx email-npv fit', 'npx email-npv simulate', 'npx email-npv report']);
    expect(commands[0]).toContain('--campaigns examples/history/campaigns.csv');
    expect(commands[0]).toContain('--base examples/history/base.json --format md --write fitted.json');
  });

  test('shows exactly what fit prints, on standard output and on standard error', () => {
    const out = runShown(commands[0]!);
    expect(out.status).toBe(0);
    const between = (name: string) =>
      section.slice(section.indexOf(`<!-- ${name}:start -->\n`) + `<!-- ${name}:start -->\n`.length, section.indexOf(`<!-- ${name}:end -->`));
    expect(between('history-fit')).toBe(out.stdout.replaceAll(join(folder, 'fitted.json'), 'fitted.json'));
    expect(between('history-fit-warnings')).toBe(`\`\`\`text\n${out.stderr}\`\`\`\n`);
  });

  test('quotes in its text the figures fit prints', () => {
    const printed = runShown(commands[0]!).stdout;
    const text = section.slice(section.indexOf('What the fit recovers'), section.indexOf('`fitted.json` is'));
    // Every percentage written without a space and every amount with cents is a figure of the printed table.
    const quoted = [...text.matchAll(/\d+(?:\.\d+)?%|\$\d+\.\d{2}|\b\d{1,3}(?:,\d{3})+\b|\b[01]\.\d{3,4}\b/g)].map((m) => m[0]);
    expect(quoted.length).toBeGreaterThan(15);
    for (const figure of quoted) expect(printed, figure).toContain(figure);
  });

  test('runs simulate and report on the fitted file, the report with its history section', () => {
    for (const command of commands.slice(1)) {
      const out = runShown(command);
      expect(out.status, command).toBe(0);
    }
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('What your history says');
  });

  test('the data set is what its seeded script writes, byte for byte, every time', () => {
    const write = (to: string) => spawnSync(process.execPath, ['scripts/make-history.mjs', '--out', to], { encoding: 'utf8' });
    for (const to of [join(folder, 'a'), join(folder, 'b')]) expect(write(to).status).toBe(0);
    const files = ['audience.csv', 'base.json', 'campaigns.csv', 'list.csv'];
    expect(readdirSync(join(folder, 'a')).sort()).toEqual(files);
    for (const file of files) {
      const committed = readFileSync(join('examples/history', file));
      expect(readFileSync(join(folder, 'a', file)).equals(committed), file).toBe(true);
      expect(readFileSync(join(folder, 'b', file)).equals(committed), file).toBe(true);
    }
    // Another seed, another history.
    expect(spawnSync(process.execPath, ['scripts/make-history.mjs', '--out', join(folder, 'c'), '--seed', '7']).status).toBe(0);
    expect(readFileSync(join(folder, 'c', 'campaigns.csv')).equals(readFileSync('examples/history/campaigns.csv'))).toBe(false);
  });

  test('is one of the examples npm run examples runs, the way the README runs it', () => {
    const script = readFileSync('scripts/run-examples.mjs', 'utf8');
    const fit = commands[0]!.split(' ').slice(2, -1);
    // The same arguments in the same order (the written file aside).
    expect(script.replaceAll(/\s+/g, ' ')).toContain(`[ ${fit.map((arg) => `'${arg}',`).join(' ')} fitted, ]`);
    expect(script).toContain("['simulate', fitted");
    expect(script).toContain("['report', fitted");
  });
});
