import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The README's "Segments and tenure" tells the story of examples/segments.json with the table the CLI prints:
// the built CLI runs the command the README shows, and the README must hold exactly what it prints.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Segments and tenure'), readme.indexOf('## Analysis'));
const command = 'npx email-npv compare examples/segments.json --horizons 1,5 --format md';
const printed = () => spawnSync(process.execPath, ['dist/cli.js', ...command.split(' ').slice(2)], { encoding: 'utf8' });

describe('the README section on segments', () => {
  test('shows the command it runs', () => {
    expect(section).toContain(`\`\`\`sh\n${command}\n\`\`\``);
  });

  test('shows exactly the table the command prints', () => {
    const out = printed();
    expect(out.status).toBe(0);
    const shown = section.slice(section.indexOf('<!-- segments-compare:start -->\n') + 32, section.indexOf('<!-- segments-compare:end -->'));
    expect(shown).toBe(out.stdout);
  });

  test('quotes in its text the figures the command prints', () => {
    const out = printed().stdout.replaceAll('-$', '−$');
    // Every amount the bullets quote (written with a true minus) is a cell of the printed table.
    const bullets = section.slice(section.indexOf('What a marketer learns'), section.indexOf("Each segment's column"));
    const quoted = [...bullets.matchAll(/[−+]?\$\d{1,3}(?:,\d{3})*(?![\d.])/g)]
      .map((m) => m[0].replace(/^\+/, ''))
      .filter((amount) => !['$4', '$400'].includes(amount));
    expect(quoted.length).toBeGreaterThan(8);
    for (const amount of quoted) expect(out).toContain(amount);
  });
});
