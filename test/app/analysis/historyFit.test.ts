import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { basisChangeWarning, fitCampaignCsv } from '../../../app/src/analysis/historyFit';

vi.mock('email-npv', () => import('../../../src/index'));

const csv = readFileSync('examples/history/campaigns.csv', 'utf8');
const base = JSON.parse(readFileSync('examples/history/base.json', 'utf8')) as Record<string, unknown>;

describe('fitCampaignCsv', () => {
  it('fits the example’s campaigns into a copy of the page’s file, with intervals around each estimate', async () => {
    const before = structuredClone(base);
    const outcome = await fitCampaignCsv(csv, base, { fileName: 'campaigns.csv' });
    expect(base).toEqual(before);
    if (!('fit' in outcome)) throw new Error(JSON.stringify(outcome.problems));
    const { fit } = outcome;
    expect(fit.estimates.map((e) => e.path)).toEqual(expect.arrayContaining(['clickRate', 'conversionRate', 'averageOrderValue']));
    for (const e of fit.estimates) {
      expect(e.interval[0]).toBeLessThanOrEqual(e.value);
      expect(e.value).toBeLessThanOrEqual(e.interval[1]);
    }
    // Both lists together: clicks per delivered email lie between the lists' truths (1.6 % and 4.5 %, examples/history/README.md).
    const clickRate = fit.estimates.find((e) => e.path === 'clickRate')!;
    expect(clickRate.value).toBeGreaterThan(0.016);
    expect(clickRate.value).toBeLessThan(0.045);
    // Machine opens from 2021-09: the fit notices and rests on clicks per delivered email.
    expect(fit.warnings.join('\n')).toMatch(/machine opens|Apple/i);
    const baseline = fit.file.baseline as Record<string, unknown>;
    expect(baseline.clickRate).toMatchObject({ dist: 'beta' });
    expect(baseline.budgetPerMonth).toBe(1200); // what history cannot tell: the page's own
    expect(fit.file.hypotheses).toEqual(base.hypotheses);
  });

  it('fits per segment by a column', async () => {
    const outcome = await fitCampaignCsv(csv, base, { fileName: 'campaigns.csv', segmentBy: 'List' });
    if (!('fit' in outcome)) throw new Error(JSON.stringify(outcome.problems));
    expect(Object.keys((outcome.fit.file.baseline as { segments: object }).segments).sort()).toEqual(['Customers', 'Newsletter']);
  });

  it('names a bad cell by file, row and column, and a bad page file by its field', async () => {
    const bad = 'Campaign Name,Delivered,Unique Opens\nSpring,1200,300\nSummer,1200,n/a\n';
    expect(await fitCampaignCsv(bad, base, { fileName: 'mine.csv' })).toEqual({
      problems: [{ path: 'mine.csv row 3, column "Unique Opens"', rule: '"n/a" is not a number' }],
    });
    const noColumn = await fitCampaignCsv(csv, base, { fileName: 'campaigns.csv', segmentBy: 'Tag' });
    expect('problems' in noColumn && noColumn.problems[0]!.path).toBe('segment column');
    const brokenBase = { ...base, baseline: { ...(base.baseline as object), openRate: 7 } };
    const outcome = await fitCampaignCsv(csv, brokenBase, { fileName: 'campaigns.csv' });
    expect('problems' in outcome && outcome.problems.map((p) => p.path)).toEqual(['baseline.openRate']);
  });
});

describe('basisChangeWarning', () => {
  const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as Record<string, unknown>;

  it('warns when the fit moves the click rate per delivered email while hypotheses set their own per open', async () => {
    const outcome = await fitCampaignCsv(csv, article, { fileName: 'campaigns.csv' });
    if (!('fit' in outcome)) throw new Error(JSON.stringify(outcome.problems));
    expect(basisChangeWarning(article, outcome.fit.file)).toBe(
      'clickRate: the fit reads clicks per delivered email (clickRateBasis "delivered"), but H1, H3 set their own click rate per open: check them before applying',
    );
  });

  it('says nothing when the basis stays, or when no hypothesis sets a click rate', () => {
    expect(basisChangeWarning(base, { baseline: { clickRateBasis: 'delivered' } })).toBeUndefined(); // base.json is per delivered email already
    expect(basisChangeWarning({ baseline: {}, hypotheses: { H2: { budgetPerMonth: 1 } } }, { baseline: { clickRateBasis: 'delivered' } })).toBeUndefined();
    expect(
      basisChangeWarning({ baseline: {}, hypotheses: { C: { combine: ['A'], set: { clickRate: 0.1 } } } }, { baseline: { clickRateBasis: 'delivered' } }),
    ).toMatch(/but C set/);
  });
});
