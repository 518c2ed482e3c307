import { describe, expect, it } from 'vitest';
import { horizonsOf, singleHorizonOf } from '../../src/cli/horizonOptions';
import { InputError } from '../../src/errors/inputError';

const file = { baseline: {}, horizonsYears: [2, 4] };
const single = { subscribers: 1000 };

describe('the one horizon rule', () => {
  it('takes the file’s horizonsYears, else 1, 3 and 5 years, for a command that shows several', () => {
    expect(horizonsOf({}, file)).toEqual([2, 4]);
    expect(horizonsOf({}, { baseline: {} })).toEqual([1, 3, 5]);
    expect(horizonsOf({}, single)).toEqual([1, 3, 5]);
    expect(horizonsOf({ horizons: '1,10' }, file)).toEqual([1, 10]);
    expect(horizonsOf({ years: '7' }, file, 'years')).toEqual([7]);
  });

  it('takes the longest of them, else 5 years, for a command that shows one', () => {
    expect(singleHorizonOf({}, file)).toEqual({ years: 4 });
    expect(singleHorizonOf({}, { baseline: {}, horizonsYears: [10, 0.5] })).toEqual({ years: 10 });
    expect(singleHorizonOf({}, { baseline: {} })).toEqual({ years: 5 });
    expect(singleHorizonOf({}, single)).toEqual({ years: 5 });
    expect(singleHorizonOf({ years: '2.5' }, file)).toEqual({ years: 2.5 });
    expect(singleHorizonOf({ months: '18' }, file)).toEqual({ months: 18 });
  });

  it('checks the file’s horizonsYears by the scenario file’s rule', () => {
    expect(() => singleHorizonOf({}, { baseline: {}, horizonsYears: [] })).toThrow(InputError);
    expect(() => horizonsOf({}, { baseline: {}, horizonsYears: ['5'] })).toThrow(/horizonsYears\[0\]|must be a number/);
  });
});
