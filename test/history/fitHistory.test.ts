import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/uncertainty/simulate';
import { UncertainScenarioFile } from '../../src/analysis/uncertainty/uncertainScenarioFile';
import { fitHistory } from '../../src/history/fitHistory';
import type { CampaignRow } from '../../src/history/historyTypes';

const article = JSON.parse(readFileSync(new URL('../../examples/moller-article.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** 12 monthly campaigns of two segments: engaged opens 45 %, dormant 12 %; clicks 10 % of opens; 2 orders per 100 clicks at 50 an order. */
const rows: CampaignRow[] = Array.from({ length: 12 }, (_, i) => {
  const engaged = i % 2 === 0;
  const delivered = engaged ? 3000 : 9000;
  const opens = Math.round(delivered * (engaged ? 0.45 : 0.12) * (1 + 0.05 * Math.sin(i)));
  const clicks = Math.round(opens * 0.1);
  const orders = Math.max(1, Math.round(clicks * 0.05));
  return {
    row: i + 2,
    date: `2025-${String(i + 1).padStart(2, '0')}-07`,
    segment: engaged ? 'Engaged buyers' : 'dormant',
    delivered,
    opens,
    clicks,
    orders,
    revenue: orders * (50 + i),
    unsubscribes: Math.round(delivered * 0.002),
  };
});

describe('fitHistory', () => {
  it('replaces the base baseline’s fitted fields by distributions, keeps the rest and the hypotheses, and simulate runs on it', () => {
    const fit = fitHistory({ campaigns: { rows, file: 'c.csv' }, base: article });
    const baseline = fit.file.baseline as Record<string, unknown>;
    expect(fit.estimates.map((e) => e.path)).toEqual(['openRate', 'clickRate', 'conversionRate', 'churnPerEmail', 'averageOrderValue']);
    for (const estimate of fit.estimates) expect(baseline[estimate.path]).toBe(estimate.distribution);
    expect(baseline.clickRateBasis).toBe('opens');
    const articleBaseline = article.baseline as Record<string, unknown>;
    expect(baseline.discountRateAnnual).toBe(articleBaseline.discountRateAnnual);
    expect(fit.file.hypotheses).toBe(article.hypotheses);
    expect((fit.file.history as { campaigns: unknown[] }).campaigns).toHaveLength(12);
    // Pooled: opens / delivered = Σ opens / Σ delivered, near the mix 0.25 × 0.45 + 0.75 × 0.12 = 0.2025.
    expect(fit.estimates[0]!.value).toBeGreaterThan(0.15);
    expect(fit.estimates[0]!.value).toBeLessThan(0.3);
    expect(UncertainScenarioFile.safeParse(fit.file).success).toBe(true);
    const result = simulate(fit.file, { draws: 200, seed: 1 });
    expect(result.horizons.length).toBeGreaterThan(0);
    expect(article.baseline).toBe(articleBaseline); // not mutated
  });

  it('writes one set of estimates per segment with its share of delivered emails, the names made valid', () => {
    const fit = fitHistory({ campaigns: { rows, file: 'c.csv' }, base: article, bySegment: true });
    const segments = (fit.file.baseline as { segments: Record<string, Record<string, unknown>> }).segments;
    expect(Object.keys(segments)).toEqual(['Engaged-buyers', 'dormant']);
    // 6 × 3,000 of 6 × 3,000 + 6 × 9,000 delivered = 0.25.
    expect(segments['Engaged-buyers']!.share).toBeCloseTo(0.25, 15);
    expect(segments.dormant!.share).toBeCloseTo(0.75, 15);
    const engagedOpen = fit.estimates.find((e) => e.path === 'segments.Engaged-buyers.openRate')!;
    expect(engagedOpen.value).toBeGreaterThan(0.42);
    expect(engagedOpen.value).toBeLessThan(0.48);
    expect(engagedOpen.note).toMatch(
      /^segment Engaged-buyers \("Engaged buyers"\), 25\.0 % of delivered emails \(its share\): 6 campaigns 2025-01-07 … 2025-11-07: 18,000 delivered/,
    );
    expect(segments.dormant!.openRate).toEqual(expect.objectContaining({ dist: 'beta' }));
    expect(Object.keys(fit.evidence.fitted!)).toContain('segments.dormant.clickRate');
    expect(simulate(fit.file, { draws: 100, seed: 2 }).horizons.length).toBeGreaterThan(0);
  });

  it('fits the click rate per delivered email and drops openRate when opens look inflated by machine opens', () => {
    const inflated = rows.map((row) => ({ ...row, opens: Math.round(row.delivered * 0.7) }));
    const fit = fitHistory({ campaigns: { rows: inflated, file: 'c.csv' }, base: article });
    const baseline = fit.file.baseline as Record<string, unknown>;
    expect(baseline.clickRateBasis).toBe('delivered');
    expect(baseline.openRate).toBeUndefined();
    expect(fit.estimates.map((e) => e.path)).not.toContain('openRate');
    expect(fit.warnings.some((w) => w.startsWith('openRate: 70.0 % of delivered emails opened'))).toBe(true);
    expect(UncertainScenarioFile.safeParse(fit.file).success).toBe(true);
  });

  it('holds only the fitted fields without a base', () => {
    const fit = fitHistory({ campaigns: { rows, file: 'c.csv' } });
    expect(Object.keys(fit.file)).toEqual(['hypotheses', 'baseline', 'history']);
    expect(Object.keys(fit.file.baseline as object)).toEqual([
      'clickRateBasis',
      'openRate',
      'clickRate',
      'conversionRate',
      'churnPerEmail',
      'averageOrderValue',
    ]);
  });

  it('reports a bad base file with paths prefixed --base', () => {
    const bad = { ...article, baseline: { ...(article.baseline as object), openRate: 4 } };
    expect(() => fitHistory({ campaigns: { rows, file: 'c.csv' }, base: bad })).toThrow(/^--base baseline\.openRate: must be a fraction from 0 to 1/);
  });

  it('writes the retention fitted by tenure with its period, and the list’s evidence', () => {
    const table = { layout: 'alive' as const, alive: [1000, 631, 468, 382, 326, 289, 262, 241] };
    const fit = fitHistory({ campaigns: { rows, file: 'c.csv' }, retention: { table, file: 'r.csv', periodMonths: 12 }, base: article });
    const retention = (fit.file.baseline as { retention: Record<string, unknown> }).retention;
    expect(retention.model).toBe('sBG');
    expect(retention.periodMonths).toBe(12);
    // Fader & Hardie 2007, regular customers: α 0.704, β 1.182.
    expect(fit.estimates.find((e) => e.path === 'retention.alpha')!.value).toBeCloseTo(0.704, 3);
    expect(fit.estimates.find((e) => e.path === 'retention.beta')!.value).toBeCloseTo(1.182, 3);
    expect(fit.evidence.retention!.length).toBe(8);
    // The article's constant churn gives way to retention by tenure.
    expect((fit.file.baseline as Record<string, unknown>).churnPerMonth).toBe(0);
    expect(fit.warnings).toContain('churnPerMonth: set to 0: the retention fitted by tenure replaces the constant monthly churn');
    expect(simulate(fit.file, { draws: 100, seed: 3 }).horizons.length).toBeGreaterThan(0);
  });
});
