import * as formulajs from '@formulajs/formulajs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { irr } from '../../src/finance/irr';
import { npv } from '../../src/finance/npv';
import { InputError } from '../../src/errors/inputError';
import { seededRandom } from '../../src/numeric/seededRandom';

/** |NPV at r| relative to the size of the discounted flows: ~0 at a root. */
function residual(flows: readonly number[], r: number): number {
  const size = flows.reduce((s, f, t) => s + Math.abs(f) / (1 + r) ** t, 0);
  return Math.abs(npv(r, flows).toNumber()) / size;
}

describe('irr', () => {
  it('matches Excel IRR from formulajs on 300 random investments', () => {
    const random = seededRandom(4242);
    let worst = 0;
    let worstResidual = 0;
    for (let k = 0; k < 300; k++) {
      // A cost now, then returns: one sign change, so one IRR.
      const n = 2 + Math.floor(random() * 40);
      const flows = [-Math.round(100 + random() * 9900)];
      for (let t = 1; t < n; t++) flows.push(Math.round(random() * 1000 * 100) / 100);
      if (flows.slice(1).every((f) => f === 0)) flows.push(1);
      const ours = irr(flows);
      const excel = formulajs.IRR(flows);
      if (typeof excel !== 'number') throw new Error('formulajs returned an error');
      // formulajs stops about 1e-10 from the root in absolute terms (its residual is ~1e-10, ours ~1e-16),
      // so the difference is taken relative to max(|rate|, 1), the scale of the growth factor 1 + rate.
      worst = Math.max(worst, Math.abs(ours - excel) / Math.max(Math.abs(excel), 1));
      worstResidual = Math.max(worstResidual, residual(flows, ours));
    }
    console.info(`worst relative difference from formulajs over 300 cases (irr): ${worst}`);
    expect(worst).toBeLessThan(1e-9);
    expect(worstResidual).toBeLessThan(1e-12);
  });

  it('is 10 % when 110 a period later repays 100', () => {
    expect(irr([-100, 110])).toBeCloseTo(0.1, 14);
    expect(irr([-100, 55, 60.5])).toBeCloseTo(0.1, 14);
  });

  it('finds the same single rate whatever the guess', () => {
    const flows = [-1000, 300, 400, 500];
    const expected = irr(flows);
    for (const guess of [-0.99, -0.5, 0, 0.5, 10, 1e6]) expect(irr(flows, guess)).toBe(expected);
    expect(residual(flows, expected)).toBeLessThan(1e-14);
  });

  it('finds negative, tiny and huge rates', () => {
    expect(irr([-100, 50])).toBeCloseTo(-0.5, 14);
    expect(irr([-100, 0, 0, 1])).toBeCloseTo(-0.7845565309968452, 12);
    expect(irr([-1e6, 1e6 + 1]) / 1e-6).toBeCloseTo(1, 9);
    expect(irr([-1, 1e12])).toBeCloseTo(1e12 - 1, -1);
    expect(irr([0, 0, -100, 110, 0])).toBeCloseTo(0.1, 14);
  });

  it('finds the root nearest the guess when the flows change sign twice', () => {
    // -100 + 230 x - 132 x² = 0 has roots at 10 % and 20 %.
    const flows = [-100, 230, -132];
    expect(irr(flows, 0.05)).toBeCloseTo(0.1, 12);
    expect(irr(flows, 0.25)).toBeCloseTo(0.2, 12);
  });

  it('finds a root for flows that change sign several times', () => {
    const random = seededRandom(99);
    for (let k = 0; k < 50; k++) {
      const flows = [-1000, ...Array.from({ length: 12 }, () => Math.round(random() * 600 - 150)), -200];
      let r: number;
      try {
        r = irr(flows);
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        continue;
      }
      expect(Number.isFinite(r)).toBe(true);
      expect(residual(flows, r)).toBeLessThan(1e-9);
    }
  });

  it('accepts Decimals and numeric strings', () => {
    expect(irr([new Decimal(-100), '110'])).toBeCloseTo(0.1, 14);
  });

  it('does not modify the flows', () => {
    const flows = [-100, 60, 60.5];
    irr(flows);
    expect(flows).toEqual([-100, 60, 60.5]);
  });

  it('rejects flows that never change sign', () => {
    expect(() => irr([100, 200])).toThrow(InputError);
    expect(() => irr([-100, -200])).toThrow('flows: must change sign at least once (an IRR needs both costs and returns)');
    expect(() => irr([0, 0])).toThrow('flows: must change sign at least once');
    expect(() => irr([])).toThrow('flows: must change sign at least once');
  });

  it('rejects flows for which no rate gives a zero net present value', () => {
    // -100 + 100 x - 100 x² < 0 for every x.
    expect(() => irr([-100, 100, -100])).toThrow('flows: have no internal rate of return');
  });

  it('rejects a guess that is not a rate above -100 %', () => {
    expect(() => irr([-100, 110], -1)).toThrow('guess: must be a finite number greater than -1');
    expect(() => irr([-100, 110], Number.NaN)).toThrow('guess: must be a finite number greater than -1');
  });

  it('rejects flows that are not finite numbers', () => {
    expect(() => irr([-100, Number.NaN])).toThrow('flows[1]: must be a finite number (got NaN)');
  });

  it('returns the root nearest the guess in ln(1 + rate): the halfway point of 10 % and 20 % is 14.89 %', () => {
    // -100 + 230/(1 + r) - 132/(1 + r)² = 0 at r = 0.1 and r = 0.2; ln(1 + r) halfway: √(1.1 × 1.2) − 1 = 0.148913…
    const flows = [-100, 230, -132];
    expect(Math.sqrt(1.1 * 1.2) - 1).toBeCloseTo(0.148913, 6);
    for (const guess of [-0.9, -0.5, 0, 0.148]) expect(irr(flows, guess), String(guess)).toBeCloseTo(0.1, 12);
    for (const guess of [0.15, 0.5, 100]) expect(irr(flows, guess), String(guess)).toBeCloseTo(0.2, 12);
  });

  it('finds a root near -1 among many periods with several sign changes', () => {
    // -(x^(N+1) - 0.05 x^N + x - 0.05) in x = 1 + r, i.e. -(x - 0.05)(x^N + 1): three sign changes, one root, at r = -0.95.
    for (const [n, root] of [
      [300, 0.05],
      [1000, 0.01],
    ] as const) {
      const flows = [-1, root, ...Array.from({ length: n - 1 }, () => 0), -1, root];
      expect(irr(flows), String(n)).toBeCloseTo(root - 1, 12);
    }
  });

  it('says a rate exists but is too close to -1 to write, instead of claiming there is none', () => {
    // -1e20 + 1/(1 + r) = 0 at 1 + r = 1e-20: a root, but -1 + 1e-20 rounds to -1 in floating point.
    let message = '';
    try {
      irr([-1e20, 1]);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as InputError).message;
    }
    expect(message).toBe('flows: have an internal rate of return too close to -1 (−100 % per period) to write as a number above -1: 1 + rate is below 1.1e-16');
    expect(1 + irr([-1e10, 1])).toBeCloseTo(1e-10, 15);
  });
});
