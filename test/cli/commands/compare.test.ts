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
});
