import { describe, expect, test } from 'vitest';
import { writeFittedValues } from '../../src/scenarios/writeFittedValues';
import { deepFreeze } from '../model/support';

const file = () =>
  deepFreeze({
    name: 'plan',
    baselineName: 'today',
    simulation: { draws: 100, seed: 1 },
    baseline: {
      subscribers: 4000,
      churnPerEmail: { dist: 'triangular', min: 0, mode: 0.005, max: 0.01, note: 'fitted' },
      openRate: 0.4,
    },
    hypotheses: {
      H1: { investment: 100, openRate: 0.45 },
      'H1+H2': { combine: ['H1'], set: { emailsPerMonth: 3 } },
      H3: { combine: ['H1'] },
    },
    report: { title: 'x' },
  });

describe('writeFittedValues', () => {
  test('sets the point value of a distribution and keeps its parameters, note and key order', () => {
    const out = writeFittedValues(file(), { churnPerEmail: 0.0049 }) as ReturnType<typeof file>;
    expect(out.baseline.churnPerEmail).toEqual({ dist: 'triangular', min: 0, mode: 0.005, max: 0.01, note: 'fitted', value: 0.0049 });
    expect(Object.keys(out.baseline.churnPerEmail)).toEqual(['dist', 'min', 'mode', 'max', 'note', 'value']);
  });

  test('replaces a number in its place; the baseline may be named by its baselineName', () => {
    const out = writeFittedValues(file(), { 'today.openRate': 0.38, subscribers: 5000 }) as ReturnType<typeof file>;
    expect(out.baseline).toEqual({ subscribers: 5000, churnPerEmail: file().baseline.churnPerEmail, openRate: 0.38 });
    expect(Object.keys(out.baseline)).toEqual(['subscribers', 'churnPerEmail', 'openRate']);
  });

  test("a hypothesis' field goes to its patch, or to the set of a combination (made when missing)", () => {
    const out = writeFittedValues(file(), { 'H1.investment': 120, 'H1+H2.emailsPerMonth': 4, 'H3.openRate': 0.5 }) as Record<string, Record<string, unknown>>;
    expect(out.hypotheses).toEqual({
      H1: { investment: 120, openRate: 0.45 },
      'H1+H2': { combine: ['H1'], set: { emailsPerMonth: 4 } },
      H3: { combine: ['H1'], set: { openRate: 0.5 } },
    });
  });

  test('keeps everything else, in the same order, and does not mutate its argument (frozen)', () => {
    const out = writeFittedValues(file(), { 'H1.investment': 120 });
    expect(Object.keys(out)).toEqual(['name', 'baselineName', 'simulation', 'baseline', 'hypotheses', 'report']);
    expect({ ...out, hypotheses: undefined }).toEqual({ ...file(), hypotheses: undefined });
  });

  test('a key such as __proto__ in the file stays a plain own key', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "baseline": {"openRate": 0.4}, "hypotheses": {}}');
    const out = writeFittedValues(data, { openRate: 0.3 });
    expect(Object.keys(out)).toEqual(['__proto__', 'baseline', 'hypotheses']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- nested JSON read back in assertions
type Json = Record<string, any>;

describe('writeFittedValues at field paths', () => {
  const segmented = () =>
    deepFreeze({
      baseline: {
        subscribers: 20000,
        openRate: 0.25,
        segments: { engaged: { share: 0.3, openRate: 0.5, emailsPerMonth: 8 }, dormant: { share: 0.7 } },
        moves: [
          { from: 'engaged', to: 'dormant', sharePerMonth: 0.03 },
          { from: 'dormant', to: 'engaged', sharePerMonth: 0.01 },
        ],
        retention: { model: 'sBG', alpha: 0.7, beta: 1.2 },
      },
      hypotheses: {
        H1: { segments: { dormant: { emailsPerMonth: 0 } } },
        H2: { budgetPerMonth: 100 },
        Both: { combine: ['H1', 'H2'] },
      },
    });

  test('a baseline segment’s field is written inside its segment object, nothing else changes', () => {
    const out = writeFittedValues(segmented(), { 'segments.engaged.openRate': 0.55, 'segments.dormant.clickRate': 0.08 }) as ReturnType<typeof segmented>;
    const expected = structuredClone(segmented()) as ReturnType<typeof segmented> & { baseline: { segments: { dormant: Record<string, number> } } };
    (expected.baseline.segments.engaged as { openRate: number }).openRate = 0.55;
    expected.baseline.segments.dormant.clickRate = 0.08;
    expect(out).toEqual(expected);
    expect(Object.keys(out.baseline.segments.engaged)).toEqual(['share', 'openRate', 'emailsPerMonth']);
  });

  test('retention and a move are written in place; the other move and the retention’s other keys are kept', () => {
    const out = writeFittedValues(segmented(), { 'retention.alpha': 0.9, 'moves[1].sharePerMonth': 0.02 }) as Json;
    expect(out.baseline.retention).toEqual({ model: 'sBG', alpha: 0.9, beta: 1.2 });
    expect(out.baseline.moves).toEqual([
      { from: 'engaged', to: 'dormant', sharePerMonth: 0.03 },
      { from: 'dormant', to: 'engaged', sharePerMonth: 0.02 },
    ]);
    expect(out.baseline.segments).toEqual(segmented().baseline.segments);
  });

  test('a segment that inherits the retention gets a copy of it with the one parameter set', () => {
    const out = writeFittedValues(segmented(), { 'segments.dormant.retention.beta': 2 }) as Json;
    expect(out.baseline.segments.dormant).toEqual({ share: 0.7, retention: { model: 'sBG', alpha: 0.7, beta: 2 } });
    expect(out.baseline.retention).toEqual({ model: 'sBG', alpha: 0.7, beta: 1.2 });
  });

  test('a hypothesis’ path goes into its patch (merged with what it has) or into a combination’s set, made when missing', () => {
    const out = writeFittedValues(segmented(), {
      'H1.segments.dormant.openRate': 0.06,
      'H2.segments.engaged.emailsPerMonth': 10,
      'Both.retention.beta': 1.5,
    }) as Json;
    expect(out.hypotheses).toEqual({
      H1: { segments: { dormant: { emailsPerMonth: 0, openRate: 0.06 } } },
      H2: { budgetPerMonth: 100, segments: { engaged: { emailsPerMonth: 10 } } },
      Both: { combine: ['H1', 'H2'], set: { retention: { beta: 1.5 } } },
    });
    expect(out.baseline).toEqual(segmented().baseline);
  });

  test('a distribution at a path keeps its parameters and gets the point value', () => {
    const data = { baseline: { segments: { engaged: { share: 1, openRate: { dist: 'uniform', min: 0.4, max: 0.6 } } } }, hypotheses: {} };
    const out = writeFittedValues(deepFreeze(data), { 'segments.engaged.openRate': 0.52 }) as Json;
    expect(out.baseline.segments.engaged.openRate).toEqual({ dist: 'uniform', min: 0.4, max: 0.6, value: 0.52 });
  });
});
