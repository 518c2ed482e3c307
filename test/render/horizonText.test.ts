import { describe, expect, it } from 'vitest';
import { horizonText } from '../../src/render/horizonText';

describe('horizonText', () => {
  it('writes whole years in years, other horizons in months', () => {
    expect(horizonText(60)).toBe('5 years');
    expect(horizonText(12)).toBe('1 year');
    expect(horizonText(18)).toBe('18 months');
    expect(horizonText(1)).toBe('1 month');
  });
});
