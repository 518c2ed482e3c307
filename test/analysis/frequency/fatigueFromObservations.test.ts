import { describe, expect, it } from 'vitest';
import { fatigueAt } from '../../../src/analysis/frequency/fatigueAt';
import { fatigueFromObservations } from '../../../src/analysis/frequency/fatigueFromObservations';
import { FatigueSpec } from '../../../src/analysis/frequency/fatigueSpec';
import { inputErrorOf } from '../../model/support';

const twoEmails = { emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1 };
const h1 = { emailsPerMonth: 3, openRate: 0.35, clickRate: 0.08 };

describe('fatigueFromObservations', () => {
  it('puts the article’s H1 on a power curve through the baseline', () => {
    const fatigue = fatigueFromObservations(twoEmails, h1);
    expect(fatigue.openRateElasticity).toBeCloseTo(Math.log(0.35 / 0.4) / Math.log(3 / 2), 15); // ≈ −0.329
    expect(fatigue.clickRateElasticity).toBeCloseTo(Math.log(0.08 / 0.1) / Math.log(3 / 2), 15); // ≈ −0.550
    expect(fatigue.churnPerEmailElasticity).toBe(0);
    expect(FatigueSpec.parse(fatigue)).toEqual(fatigue);
  });

  it('gives a curve that passes through both observations when plugged back', () => {
    const fatigue = fatigueFromObservations(h1, { emailsPerMonth: 5, openRate: 0.3, clickRate: 0.06, churnPerEmail: 0.004 });
    const at = fatigueAt({ ...h1, churnPerEmail: 0.002 }, fatigue, 5);
    expect(at.openRate).toBeCloseTo(0.3, 14);
    expect(at.clickRate).toBeCloseTo(0.06, 14);
    expect(at.churnPerEmail).toBe(0.002); // churn observed once only: elasticity 0
  });

  it('rejects equal frequencies, a metric that is 0 in one observation only, and an elasticity beyond ±10', () => {
    expect(inputErrorOf(() => fatigueFromObservations(twoEmails, { ...h1, emailsPerMonth: 2 })).message).toMatch(
      /^observations\.emailsPerMonth: must be two different frequencies above 0/,
    );
    expect(inputErrorOf(() => fatigueFromObservations({ ...twoEmails, churnPerEmail: 0 }, { ...h1, churnPerEmail: 0.01 })).message).toMatch(
      /^observations\.churnPerEmail: is 0 in one observation only/,
    );
    expect(inputErrorOf(() => fatigueFromObservations(twoEmails, { emailsPerMonth: 2.01, openRate: 0.1 })).message).toMatch(
      /^observations\.openRate: gives an elasticity of -27/,
    );
  });
});
