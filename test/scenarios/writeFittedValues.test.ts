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
