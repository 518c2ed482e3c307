import { describe, expect, it } from 'vitest';
import { run } from './support';

describe('email-npv compare', () => {
  it('prints exactly the compareScenarios result as json, money as exact strings', () => {
    const out = run(['compare', 'examples/moller-article.json', '--format', 'json']);
    expect(out.status).toBe(0);
    const parsed = JSON.parse(out.stdout) as { horizons: { years: number; winner: string; results: { name: string; npv: string }[] }[] };
    expect(parsed.horizons.map((h) => h.years)).toEqual([1, 3, 5]);
    expect(parsed.horizons.map((h) => h.winner)).toEqual(['H2', 'H2+H4', 'H2+H4']);
    expect(typeof parsed.horizons[0]!.results[0]!.npv).toBe('string');
  });

  it('shows the published value and the difference beside each cell', () => {
    const out = run(['compare', 'examples/moller-article.json', '--observed', 'examples/moller-article.observed.json']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('model − published');
    expect(out.stdout).toMatch(/^baseline\s+\$9,485\s+\d\s+\$0\s+\$9,485\s+\$0$/m);
  });

  it('prints csv and markdown', () => {
    expect(run(['compare', 'examples/moller-article.json', '--format', 'csv']).stdout.split('\n')[0]).toBe('horizon (years),scenario,NPV,rank,Δ vs baseline');
    expect(run(['compare', 'examples/moller-article.json', '--format', 'md']).stdout).toContain('| --- | ---: |');
  });

  it('adds each segment’s contribution for a segmented file, in every format', () => {
    const table = run(['compare', 'examples/segments.json', '--horizons', '5']).stdout;
    expect(table).toMatch(/^scenario\s+NPV\s+rank\s+Δ vs baseline\s+engaged\s+dormant\s+fixed costs & investment$/m);
    expect(table).toMatch(/contribution to the NPV .* add up to the NPV\n$/);
    const csv = run(['compare', 'examples/segments.json', '--format', 'csv']).stdout.split('\n');
    expect(csv[0]).toBe('horizon (years),scenario,NPV,rank,Δ vs baseline,engaged,dormant,fixed costs & investment');
    // Each csv row: the contributions add up to the NPV, to the cent.
    for (const line of csv.slice(1).filter(Boolean)) {
      const [, , npv, , , engaged, dormant, wide] = line.split(',').map(Number);
      expect(Math.abs(engaged! + dormant! + wide! - npv!)).toBeLessThanOrEqual(0.015);
    }
    expect(run(['compare', 'examples/segments.json', '--format', 'md']).stdout).toContain(
      '| scenario | NPV | rank | Δ vs baseline | engaged | dormant | fixed costs & investment |',
    );
    const json = JSON.parse(run(['compare', 'examples/segments.json', '--format', 'json']).stdout) as {
      horizons: { results: { segmentContributions: { segments: Record<string, string>; scenarioWide: string } }[] }[];
    };
    expect(Object.keys(json.horizons[0]!.results[0]!.segmentContributions.segments)).toEqual(['engaged', 'dormant']);
    expect(typeof json.horizons[0]!.results[0]!.segmentContributions.scenarioWide).toBe('string');
  });

  it('keeps the columns of an unsegmented file', () => {
    const json = JSON.parse(run(['compare', 'examples/moller-article.json', '--format', 'json']).stdout) as { horizons: { results: object[] }[] };
    for (const h of json.horizons) for (const r of h.results) expect(Object.keys(r)).toEqual(['name', 'npv', 'rank', 'deltaVsBaseline']);
    expect(run(['compare', 'examples/moller-article.json']).stdout).not.toContain('contribution');
  });
});
