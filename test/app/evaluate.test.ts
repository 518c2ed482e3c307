import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../app/src/state/evaluate';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import type { UserScenarioFileData } from '../../src/report/userScenarioFile';
import type { ScenarioFileData } from '../../src/scenarios/scenarioFile';

vi.mock('email-npv', () => import('../../src/index'));

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData;
const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as UserScenarioFileData;

describe('the page’s live results of a file', () => {
  it('compares the article exactly as the library does, with both charts and the chart’s year-end values', () => {
    const read = evaluate(article);
    if (!read.ok) throw new Error('the article must be read');
    const expected = compareScenarios(article as ScenarioFileData);
    expect(read.results.comparison.horizons.map((h) => h.results.map((r) => [r.name, r.npv.toString()]))).toEqual(
      expected.horizons.map((h) => h.results.map((r) => [r.name, r.npv.toString()])),
    );
    expect(read.results.npvSvg.match(/class="series"/g)).toHaveLength(6);
    expect(read.results.npvSvg).toContain('id="page-npv-title"');
    expect(read.results.subscribersSvg.match(/class="series"/g)).toHaveLength(6);
    const h2 = read.results.yearly.find((s) => s.name === 'H2')!;
    expect(h2.values).toEqual([12, 24, 36, 48, 60].map((m) => expected.monthly[m - 1]!.cumulativeNpv.H2!.toNumber()));
    expect(read.results.baselineInput.grossMargin).toBe(1); // a default the file does not write
    expect(read.results.uncertainCount).toBe(0);
  });

  it('runs an uncertain file at its point values (each distribution of the example gives one), counting its distributions', () => {
    const read = evaluate(uncertain);
    if (!read.ok) throw new Error('the uncertain article must be read');
    const pointFile = JSON.parse(JSON.stringify(uncertain), (_key, value: unknown) =>
      typeof value === 'object' && value !== null && 'dist' in value ? (value as { value?: number }).value : value,
    ) as Record<string, unknown>;
    delete pointFile.simulation;
    delete pointFile.report;
    const expected = compareScenarios(pointFile as never);
    expect(read.results.comparison.horizons.map((h) => h.results.map((r) => r.npv.toString()))).toEqual(
      expected.horizons.map((h) => h.results.map((r) => r.npv.toString())),
    );
    expect(read.results.uncertainCount).toBeGreaterThan(0);
  });

  it('gives the rules an invalid file breaks, each at its place, and keeps garbage out of the model', () => {
    const bad = { ...article, baseline: { ...article.baseline, openRate: 1.4, emailsPerMonth: 'two' } } as unknown as UserScenarioFileData;
    const read = evaluate(bad);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path).sort()).toEqual(['baseline.emailsPerMonth', 'baseline.openRate']);
    expect(read.problems.find((p) => p.path === 'baseline.openRate')?.rule).toMatch(/must be a fraction from 0 to 1/);
  });
});
