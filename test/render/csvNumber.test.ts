import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { csvNumber } from '../../src/render/csvNumber';

describe('csvNumber', () => {
  it('writes money to the cent, rounded half to even', () => {
    expect(csvNumber(-15791.004, 2)).toBe('-15791.00');
    expect(csvNumber(new Decimal('2.345'), 2)).toBe('2.34');
    expect(csvNumber(new Decimal('2.355'), 2)).toBe('2.36');
    expect(csvNumber(1234567.8, 2)).toBe('1234567.80');
  });

  it('writes other numbers exactly, in plain decimal notation (no exponent)', () => {
    expect(csvNumber(1e-7)).toBe('0.0000001');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(new Decimal('0.0428571428571428571'))).toBe('0.0428571428571428571');
  });

  it('writes no minus on a zero and nothing for null or a value that is not finite', () => {
    expect(csvNumber(-0.001, 2)).toBe('0.00');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(null)).toBe('');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY, 2)).toBe('');
  });
});
