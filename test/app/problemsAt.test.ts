import { describe, expect, it } from 'vitest';
import { problemsAt } from '../../app/src/ui/problemsAt';

const problems = [
  { path: 'baseline.openRate', rule: 'must be a fraction from 0 to 1' },
  { path: 'baseline.openRate.sd', rule: 'must be more than 0' },
  { path: 'baseline.openRateX', rule: 'not this field' },
  { path: 'horizonsYears[1]', rule: 'must be a number of years' },
  { path: 'baseline', rule: 'a cross-field rule' },
];

describe('the problems shown beside a field', () => {
  it('are those at its path and inside it, never a neighbour’s', () => {
    expect(problemsAt(problems, 'baseline.openRate')).toEqual(['must be a fraction from 0 to 1', 'sd: must be more than 0']);
    expect(problemsAt(problems, 'horizonsYears')).toEqual(['[1]: must be a number of years']);
    expect(problemsAt(problems, 'baseline.clickRate')).toEqual([]);
  });
});
