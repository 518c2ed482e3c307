import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index';
import { commandHelp, overviewHelp } from '../../src/cli/help';
import { commonOptions } from '../../src/cli/options';

describe('commandHelp', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s: a line per option, own and common, with its meaning and its default', (_, command) => {
    const help = commandHelp(command);
    for (const [name, spec] of Object.entries({ ...command.options, ...commonOptions })) {
      const line = help.split('\n').find((l) => new RegExp(`^  (-\\w, )?--${name}\\b`).test(l));
      expect(line, `--${name}`).toBeDefined();
      expect(line).toContain(name === 'format' ? 'the output format' : spec.description);
      if (spec.default !== undefined) expect(line).toContain(`(default: ${spec.default})`);
    }
    expect(help).toMatch(new RegExp(`--format ${command.formats.join('\\|')} .*\\(default: ${command.formats[0]}\\)`));
  });

  it('gives the horizon defaults of the one rule', () => {
    const years = (name: string) =>
      commandHelp(commands.find((c) => c.name === name)!)
        .split('\n')
        .find((l) => /^ {2}--(years|horizons) /.test(l));
    for (const name of ['forecast', 'economics', 'payback', 'sensitivity', 'solve'])
      expect(years(name)).toContain("(default: the longest of the file's horizonsYears, else 5)");
    for (const name of ['compare', 'optimise', 'report', 'simulate']) expect(years(name)).toContain("(default: the file's horizonsYears, else 1,3,5)");
  });
});

describe('example files in the help', () => {
  it('point where the examples are, every example file of every command included', () => {
    const folder = 'node_modules/email-npv/examples/';
    const texts = [overviewHelp(commands, folder), ...commands.map((c) => commandHelp(c, folder))];
    for (const text of texts) {
      expect(text).not.toMatch(/\sexamples\//);
      for (const file of text.match(/\S*examples\/[\w.-]+\.json/g) ?? []) expect(file.startsWith(folder)).toBe(true);
    }
    expect(
      commandHelp(
        commands.find((c) => c.name === 'compare')!,
        folder,
      ),
    ).toContain(`email-npv compare ${folder}moller-article.json`);
  });

  it('names files that ship in the package', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const files = (JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] }).files;
    expect(files).toContain('examples');
    for (const text of commands.map((c) => commandHelp(c))) {
      for (const file of text.match(/(?<=\s)examples\/[\w.-]+\.json/g) ?? []) expect(existsSync(file), file).toBe(true);
    }
  });
});

describe('overviewHelp', () => {
  it('lists every command and the common options', () => {
    const help = overviewHelp(commands);
    for (const c of commands) expect(help).toContain(`  ${c.usage}`);
    for (const name of Object.keys(commonOptions)) expect(help).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b`, 'm'));
  });
});
