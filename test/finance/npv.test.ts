import * as formulajs from '@formulajs/formulajs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { npv } from '../../src/finance/npv';
import { InputError } from '../../src/errors/inputError';
import { seededRandom } from '../../src/numeric/seededRandom';

describe('npv', () => {
  it('matches Excel NPV from formulajs, shifted by one period, on 300 random cases', () => {
    const random = seededRandom(20240101);
    let worst = 0;
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(random() * 60);
      const flows = Array.from({ length: n }, () => Math.round((random() * 2000 - 1000) * 100) / 100);
      const rate = Math.round((random() * 1.4 - 0.4) * 1e6) / 1e6;
      const ours = npv(rate, flows)
        .div(1 + rate)
        .toNumber();
      const excel = formulajs.NPV(rate, ...flows);
      if (typeof excel !== 'number') throw new Error('formulajs returned an error');
      // Relative to the size of the discounted flows, so cancellation in the sum cannot inflate it.
      const size = flows.reduce((s, f, t) => s + Math.abs(f) / (1 + rate) ** (t + 1), 0);
      worst = Math.max(worst, Math.abs(ours - excel) / Math.max(Math.abs(excel), size));
    }
    console.info(`worst relative difference from formulajs over 300 cases (npv): ${worst}`);
    expect(worst).toBeLessThan(1e-9);
  });

  it('is zero when 110 a period later repays 100 at 10 %', () => {
    expect(npv(0.1, [-100, 110]).toNumber()).toBe(0);
  });

  it('does not discount the first flow', () => {
    expect(npv(0.5, [42]).toString()).toBe('42');
    expect(npv(0.1, [-100, 60, 60.5]).toString()).toBe('4.54545454545454545454545454545454545455');
  });

  it('is the plain sum at a zero rate', () => {
    expect(npv(0, ['0.1', '0.2', -0.3]).toString()).toBe('0');
  });

  it('is zero for no flows', () => {
    expect(npv(0.1, []).toString()).toBe('0');
  });

  it('accepts Decimals and numeric strings for the rate and the flows', () => {
    const got = npv(new Decimal('0.1'), [new Decimal(-100), '55', 60.5]);
    expect(got.toString()).toBe('0');
  });

  it('does not modify the flows', () => {
    const flows = [-100, new Decimal(50), '70'] as const;
    const copy = [...flows];
    npv(0.05, flows);
    expect(flows).toEqual(copy);
  });

  it('rejects a rate of -100 % or less', () => {
    expect(() => npv(-1, [1, 2])).toThrow(InputError);
    expect(() => npv(-1.5, [1, 2])).toThrow('rate: must be greater than -1');
  });

  it('rejects values that are not finite numbers', () => {
    expect(() => npv(Number.NaN, [1])).toThrow('rate: must be a finite number (got NaN)');
    expect(() => npv(0.1, [1, Number.POSITIVE_INFINITY])).toThrow('flows[1]: must be a finite number (got Infinity)');
    expect(() => npv(0.1, [1, 'abc'])).toThrow('flows[1]: must be a finite number (got "abc")');
  });
});
