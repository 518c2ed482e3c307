import { describe, expect, test } from 'vitest';
import { FatiguePoint, FatigueSpec, PointsFatigue, PowerFatigue } from '../../../src/analysis/frequency/fatigueSpec';
import { FrequencyFatigue, SegmentFatigue } from '../../../src/analysis/frequency/fatigueSpec';

const firstMessage = (result: { error?: { issues: readonly { message: string }[] } }) => result.error?.issues[0]?.message;

describe('FatigueSpec', () => {
  test('power: each elasticity defaults to 0 (no fatigue) and lies in −10…10', () => {
    expect(FatigueSpec.parse({ model: 'power', openRateElasticity: -0.33 })).toEqual({
      model: 'power',
      openRateElasticity: -0.33,
      clickRateElasticity: 0,
      churnPerEmailElasticity: 0,
    });
    expect(firstMessage(PowerFatigue.safeParse({ model: 'power', clickRateElasticity: 11 }))).toBe(
      'must be at most 10 (elasticity of the click rate to emails per month)',
    );
  });

  test('points: at least one, each frequency once, each metric a valid value', () => {
    const points = [
      { emailsPerMonth: 2, openRate: 0.4 },
      { emailsPerMonth: 8, openRate: 0.3, churnPerEmail: 0.01 },
    ];
    expect(FatigueSpec.parse({ model: 'points', points })).toEqual({ model: 'points', points });
    expect(firstMessage(PointsFatigue.safeParse({ model: 'points', points: [] }))).toBe('must hold at least one point');
    expect(firstMessage(PointsFatigue.safeParse({ model: 'points', points: [{ emailsPerMonth: 2 }, { emailsPerMonth: 2 }] }))).toBe(
      'repeats 2 emails a month (give each frequency once)',
    );
    expect(FatiguePoint.safeParse({ emailsPerMonth: 2, openRate: 1.2 }).success).toBe(false);
  });

  test('an unknown model is refused with both forms shown', () => {
    expect(firstMessage(FatigueSpec.safeParse({ model: 'linear' }))).toBe(
      'must be { "model": "power", "openRateElasticity": …, … } or { "model": "points", "points": [ … ] }',
    );
  });

  test('FrequencyFatigue: one curve, or one per segment, each checked with its own paths', () => {
    const curve = { model: 'power', openRateElasticity: -0.3 } as const;
    expect(FrequencyFatigue.parse(curve)).toEqual({ model: 'power', openRateElasticity: -0.3, clickRateElasticity: 0, churnPerEmailElasticity: 0 });
    expect(FrequencyFatigue.parse({ segments: { engaged: curve } })).toEqual(SegmentFatigue.parse({ segments: { engaged: curve } }));
    const issues = FrequencyFatigue.safeParse({ segments: { engaged: { model: 'power', openRateElasticity: 20 }, '9x': curve } }).error!.issues;
    expect(issues.map((i) => i.path)).toEqual([
      ['segments', 'engaged', 'openRateElasticity'],
      ['segments', '9x'],
    ]);
    expect(FrequencyFatigue.safeParse({ model: 'spline' }).error!.issues[0]!.message).toBe(
      'must be { "model": "power", "openRateElasticity": …, … } or { "model": "points", "points": [ … ] }',
    );
  });
});
