import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimalCalculator, ExactDecimal } from '../../src/index';
import { D, expectDecimalClose } from '../model/support';
import { seededRandom } from '../../src/numeric/seededRandom';

describe('decimalCalculator', () => {
  const c = decimalCalculator;

  test('from takes a number by its shortest decimal string so 0.1 is 0.1', () => {
    expect(c.from(0.1).toString()).toBe('0.1');
    expect(c.from('123.456').toString()).toBe('123.456');
  });

  test('0.1 + 0.2 is exactly 0.3', () => {
    expect(c.add(c.from(0.1), c.from(0.2)).toString()).toBe('0.3');
  });

  test('0.4 × 0.1 is exactly 0.04', () => {
    expect(c.mul(c.from(0.4), c.from(0.1)).toString()).toBe('0.04');
  });

  test('subtraction and division are exact for round values', () => {
    expect(c.sub(c.from(1), c.from(0.9)).toString()).toBe('0.1');
    expect(c.div(c.from(10), c.from(1000)).toString()).toBe('0.01');
  });

  test('1 / 3 is rounded to 40 significant digits', () => {
    expect(c.div(c.one, c.from(3)).toString()).toBe(`0.${'3'.repeat(40)}`);
  });

  test('a fractional power is correct to 40 digits', () => {
    expectDecimalClose(c.pow(c.from(1.1), c.div(c.one, c.from(12))), new D('1.1').pow(new D(1).div(12)), '1e-39');
  });

  test('0 to the power 0 is 1 and 0 to a positive power is 0', () => {
    expect(c.pow(c.zero, c.zero).toString()).toBe('1');
    expect(c.pow(c.zero, c.from(0.5)).toString()).toBe('0');
  });

  test('compare returns −1, 0 or 1', () => {
    expect(c.compare(c.from(1), c.from(2))).toBe(-1);
    expect(c.compare(c.from(2), c.from(2))).toBe(0);
    expect(c.compare(c.from(3), c.from(2))).toBe(1);
  });

  test('isFinite is false for infinity and NaN', () => {
    expect(c.isFinite(c.from(5))).toBe(true);
    expect(c.isFinite(c.div(c.one, c.zero))).toBe(false);
    expect(c.isFinite(c.from(Number.NaN))).toBe(false);
  });

  test('toNumber, zero and one give plain values', () => {
    expect(c.toNumber(c.from('2.5'))).toBe(2.5);
    expect(c.zero.toString()).toBe('0');
    expect(c.one.toString()).toBe('1');
  });

  test('the library configuration leaves the global Decimal settings untouched', () => {
    expect(ExactDecimal.precision).toBe(40);
    expect(ExactDecimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(Decimal.precision).toBe(20);
  });

  /** decimal.js at the library's settings, called directly: the oracle for the calculator's shortcuts. */
  const Plain = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -20, toExpPos: 40 });
  /** A value with its sign, so that −0 and 0 differ. */
  const exactly = (x: Decimal) => `${x.isNegative() ? '-' : '+'}${x.abs().toString()}`;
  const samples = ['3', '-2.5', '0', '-0', '1e-30', '123456789.123456789', `0.${'7'.repeat(45)}`, '-1e25', 'Infinity', '-Infinity', 'NaN'];

  test('adding zero, subtracting zero and multiplying or dividing by one give what decimal.js gives, sign of zero included', () => {
    for (const text of samples) {
      const a = c.from(text);
      const plain = new Plain(text);
      expect(exactly(c.add(a, c.zero)), text).toBe(exactly(plain.plus(0)));
      expect(exactly(c.add(c.zero, a)), text).toBe(exactly(new Plain(0).plus(plain)));
      expect(exactly(c.sub(a, c.zero)), text).toBe(exactly(plain.minus(0)));
      expect(exactly(c.mul(a, c.one)), text).toBe(exactly(plain.times(1)));
      expect(exactly(c.mul(c.one, a)), text).toBe(exactly(new Plain(1).times(plain)));
      expect(exactly(c.mul(a, c.zero)), text).toBe(exactly(plain.times(0)));
      expect(exactly(c.div(a, c.one)), text).toBe(exactly(plain.div(1)));
    }
  });

  test("from(0) and from(1) are the calculator's own zero and one, and −0 stays negative", () => {
    expect(c.from(0)).toBe(c.zero);
    expect(c.from(1)).toBe(c.one);
    expect(c.from(-0).isNegative()).toBe(true);
  });

  test("a power 1/n (n = 2…12) equals decimal.js's own to the last of the 40 digits", () => {
    const random = seededRandom(11);
    const bases = [
      '1.256',
      '1.1',
      '0.5',
      '1.0000001',
      '11',
      '123456.789',
      '1e-200',
      '7e250',
      ...Array.from({ length: 200 }, () => String(1 + (random() - 0.5) * 1.9)),
    ];
    for (const base of bases) {
      for (let n = 2; n <= 12; n++) {
        const power = c.pow(c.from(base), c.div(c.one, c.from(n)));
        expect(power.toString(), `${base}^(1/${n})`).toBe(new Plain(base).pow(new Plain(1).div(n)).toString());
      }
    }
  });

  test('one to any finite power is one, and a power asked again is the same value', () => {
    expect(c.pow(c.one, c.from(0.37))).toBe(c.one);
    const twelfth = c.div(c.one, c.from(12));
    expect(c.pow(c.from(1.07), twelfth).toString()).toBe(c.pow(c.from(1.07), twelfth).toString());
  });

  test('operations return new values and leave their arguments unchanged', () => {
    const a = c.from(2);
    const b = c.from(3);
    c.add(a, b);
    c.mul(a, b);
    expect([a.toString(), b.toString()]).toEqual(['2', '3']);
  });
});
