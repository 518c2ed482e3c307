import { describe, expect, it } from 'vitest';
import { horizonsOf } from '../../../app/src/analysis/horizonChoice';
import { wholeNumberProblem } from '../../../app/src/analysis/wholeNumber';

describe('wholeNumberProblem', () => {
  it('accepts whole numbers in range and names the rule otherwise', () => {
    expect(wholeNumberProblem('2000', 1, 100000, 'draws')).toBeUndefined();
    expect(wholeNumberProblem(' 1 ', 1, 100000, 'draws')).toBeUndefined();
    for (const bad of ['', '0', '2.5', '100001', 'abc', '1e9']) {
      expect(wholeNumberProblem(bad, 1, 100000, 'draws')).toBe('draws: must be a whole number from 1 to 100,000');
    }
  });
});

describe('horizonsOf', () => {
  it('takes the file’s horizons, without repeats, else 1, 3 and 5 years', () => {
    expect(horizonsOf({ horizonsYears: [1, 3, 5] })).toEqual([1, 3, 5]);
    expect(horizonsOf({ horizonsYears: [2, 2, 10] })).toEqual([2, 10]);
    expect(horizonsOf({ horizonsYears: [-1, 'x'] })).toEqual([1, 3, 5]);
    expect(horizonsOf({})).toEqual([1, 3, 5]);
    expect(horizonsOf(null)).toEqual([1, 3, 5]);
  });
});
