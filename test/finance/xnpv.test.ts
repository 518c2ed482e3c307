import * as formulajs from '@formulajs/formulajs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { xnpv } from '../../src/finance/xnpv';
import { InputError } from '../../src/errors/inputError';
import { seededRandom } from '../../src/numeric/seededRandom';

const iso = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('xnpv', () => {
  it('matches Excel XNPV from formulajs on 300 random cases', () => {
    const random = seededRandom(777);
    let worst = 0;
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(random() * 40);
      const flows = Array.from({ length: n }, () => Math.round((random() * 2000 - 1000) * 100) / 100);
      const start = new Date(2000 + Math.floor(random() * 30), Math.floor(random() * 12), 1 + Math.floor(random() * 28));
      let day = 0;
      const dates = flows.map((_, i) => {
        if (i > 0) day += Math.floor(random() * 60);
        return new Date(start.getFullYear(), start.getMonth(), start.getDate() + day);
      });
      const rate = Math.round((random() * 1.4 - 0.4) * 1e6) / 1e6;
      const asStrings = k % 2 === 0;
      const ours = xnpv(rate, flows, asStrings ? dates.map(iso) : dates).toNumber();
      const excel = formulajs.XNPV(rate, flows, asStrings ? dates.map(iso) : dates);
      if (typeof excel !== 'number') throw new Error('formulajs returned an error');
      // Relative to the size of the discounted flows, so cancellation in the sum cannot inflate it.
      const size = flows.reduce((s, f, i) => s + Math.abs(f) / (1 + rate) ** (((dates[i] as Date).getTime() - start.getTime()) / 864e5 / 365), 0);
      worst = Math.max(worst, Math.abs(ours - excel) / Math.max(Math.abs(excel), size));
    }
    console.info(`worst relative difference from formulajs over 300 cases (xnpv): ${worst}`);
    expect(worst).toBeLessThan(1e-9);
  });

  it('is zero when 1100 a year later repays 1000 at 10 %', () => {
    expect(xnpv(0.1, [-1000, 1100], ['2023-01-01', '2024-01-01']).toNumber()).toBe(0);
  });

  it('discounts by whole days over a 365-day year', () => {
    // 2024 is a leap year: 366 days, so the exponent is 366/365.
    const got = xnpv(0.1, [-1000, 1100], ['2024-01-01', '2025-01-01']).toNumber();
    expect(got).toBeCloseTo(-1000 + 1100 / 1.1 ** (366 / 365), 10);
    const withTimes = xnpv(0.1, [-1000, 1100], [new Date(2024, 0, 1, 23, 59), new Date(2025, 0, 1, 0, 1)]).toNumber();
    expect(withTimes).toBe(got);
  });

  it('accepts Decimals and numeric strings for the rate and the flows', () => {
    expect(xnpv(new Decimal('0.1'), [new Decimal(-1000), '1100'], ['2023-01-01', '2024-01-01']).toString()).toBe('0');
  });

  it('does not modify its inputs', () => {
    const flows = [-1000, 500, 700];
    const dates = [new Date(2024, 0, 1), '2024-06-01', new Date(2024, 11, 31)];
    const flowsCopy = [...flows];
    const times = dates.map((d) => (typeof d === 'string' ? d : d.getTime()));
    xnpv(0.08, flows, dates);
    expect(flows).toEqual(flowsCopy);
    expect(dates.map((d) => (typeof d === 'string' ? d : d.getTime()))).toEqual(times);
  });

  it('rejects an empty list of flows', () => {
    expect(() => xnpv(0.1, [], [])).toThrow('flows: must contain at least one cash flow');
  });

  it('rejects a number of dates different from the number of flows', () => {
    expect(() => xnpv(0.1, [1, 2], ['2024-01-01'])).toThrow(InputError);
    expect(() => xnpv(0.1, [1, 2], ['2024-01-01'])).toThrow('dates: must have one date per cash flow (2 flows, 1 dates)');
  });

  it('rejects invalid dates', () => {
    expect(() => xnpv(0.1, [1, 2], ['2024-01-01', 'not a date'])).toThrow('dates[1]: must be a valid date');
    expect(() => xnpv(0.1, [1, 2], [new Date(Number.NaN), '2024-01-01'])).toThrow('dates[0]: must be a valid date');
  });

  it('rejects a rate of -100 % or less', () => {
    expect(() => xnpv(-1, [1], ['2024-01-01'])).toThrow('rate: must be greater than -1');
  });
});
