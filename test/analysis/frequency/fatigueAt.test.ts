import { describe, expect, it } from 'vitest';
import { fatigueAt } from '../../../src/analysis/frequency/fatigueAt';
import { FatigueSpec } from '../../../src/analysis/frequency/fatigueSpec';
import { inputErrorOf } from '../../model/support';

const own = { emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, churnPerEmail: 0.005 };

describe('fatigueAt with a power law', () => {
  it('scales each metric by (e / e0) to the power of its elasticity', () => {
    const rates = fatigueAt(own, { model: 'power', openRateElasticity: -0.5, clickRateElasticity: -1, churnPerEmailElasticity: 0.5 }, 8);
    expect(rates.openRate).toBeCloseTo(0.2, 15); // 0.4 × 4^−0.5
    expect(rates.clickRate).toBeCloseTo(0.025, 15); // 0.1 × 4^−1
    expect(rates.churnPerEmail).toBeCloseTo(0.01, 15); // 0.005 × 4^0.5
    expect(rates.emailsPerMonth).toBe(8);
  });

  it('returns the input’s own values at the input’s own frequency', () => {
    const rates = fatigueAt(own, { model: 'power', openRateElasticity: -0.33, clickRateElasticity: -0.5, churnPerEmailElasticity: 0.2 }, 2);
    expect(rates).toEqual(own);
  });

  it('changes nothing when the elasticities are left at their default 0', () => {
    expect(fatigueAt(own, { model: 'power' }, 7)).toEqual({ ...own, emailsPerMonth: 7 });
  });

  it('clamps a rate that would leave 0…1 to the field’s range', () => {
    expect(fatigueAt({ ...own, openRate: 0.9 }, { model: 'power', openRateElasticity: -1 }, 1).openRate).toBe(1); // 0.9 × 2 = 1.8
    expect(fatigueAt(own, { model: 'power', openRateElasticity: -1 }, 0).openRate).toBe(1); // 0.4 × 0^−1 = ∞
  });

  it('keeps a zero metric at zero and an absent open rate absent', () => {
    const rates = fatigueAt(
      { emailsPerMonth: 2, clickRate: 0.04, churnPerEmail: 0 },
      { model: 'power', openRateElasticity: -0.3, churnPerEmailElasticity: 1 },
      6,
    );
    expect(rates.openRate).toBeUndefined();
    expect(rates.churnPerEmail).toBe(0);
  });

  it('refuses a power law relative to an input that sends no email', () => {
    const error = inputErrorOf(() => fatigueAt({ ...own, emailsPerMonth: 0 }, { model: 'power', openRateElasticity: -0.3 }, 2));
    expect(error.message).toMatch(/^emailsPerMonth: is 0 in the input/);
  });
});

describe('fatigueAt with points', () => {
  const points = FatigueSpec.parse({
    model: 'points',
    points: [
      { emailsPerMonth: 6, openRate: 0.2, clickRate: 0.05 },
      { emailsPerMonth: 2, openRate: 0.4 },
    ],
  });

  it('interpolates linearly between the points, given in any order', () => {
    expect(fatigueAt(own, points, 3).openRate).toBeCloseTo(0.35, 15); // 0.4 + 1/4 × (0.2 − 0.4)
    expect(fatigueAt(own, points, 5).openRate).toBeCloseTo(0.25, 15); // 0.4 + 3/4 × (0.2 − 0.4)
  });

  it('holds the end values flat beyond the first and last point', () => {
    expect(fatigueAt(own, points, 1).openRate).toBe(0.4);
    expect(fatigueAt(own, points, 12).openRate).toBe(0.2);
  });

  it('holds a metric one point gives at that value, and keeps the input’s value for a metric none gives', () => {
    const rates = fatigueAt(own, points, 3);
    expect(rates.clickRate).toBe(0.05);
    expect(rates.churnPerEmail).toBe(own.churnPerEmail);
  });

  it('rejects a frequency given twice and an unknown model', () => {
    const twice = inputErrorOf(() =>
      fatigueAt(
        own,
        {
          model: 'points',
          points: [
            { emailsPerMonth: 2, openRate: 0.4 },
            { emailsPerMonth: 2, openRate: 0.3 },
          ],
        },
        3,
      ),
    );
    expect(twice.message).toBe('fatigue.points[1].emailsPerMonth: repeats 2 emails a month (give each frequency once)');
    expect(inputErrorOf(() => fatigueAt(own, { model: 'linear' } as never, 3)).message).toMatch(/^fatigue\.model: must be \{ "model": "power"/);
    expect(inputErrorOf(() => fatigueAt(own, { model: 'points', points: [{ emailsPerMonth: 2, openRate: 1.4 }] }, 3)).message).toMatch(
      /^fatigue\.points\[0\]\.openRate: must be a fraction/,
    );
  });
});
