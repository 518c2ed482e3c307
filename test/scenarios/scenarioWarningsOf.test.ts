import { describe, expect, it } from 'vitest';
import { scenarioWarningsOf } from '../../src/scenarios/scenarioWarningsOf';
import { baseline } from './support';

describe('scenarioWarningsOf', () => {
  it('places the warnings of a file in the file, and keeps the analysis own warnings', () => {
    const data = { baseline: { ...baseline, inflationAnnual: 3 }, hypotheses: { H1: { openRate: 0.45 } } };
    const analysis = ['inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?', 'fatigue: none given'];
    expect(scenarioWarningsOf(data, 'H1', analysis)).toEqual([
      'baseline.inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?',
      'fatigue: none given',
    ]);
  });

  it('gives a single input its own warnings, without repeating them', () => {
    const analysis = ['inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?'];
    expect(scenarioWarningsOf({ ...baseline, inflationAnnual: 3 }, undefined, analysis)).toEqual(analysis);
  });
});
