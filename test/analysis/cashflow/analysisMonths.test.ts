import { describe, expect, it } from 'vitest';
import { analysisMonths } from '../../../src/analysis/cashflow/analysisMonths';
import { inputErrorOf } from '../../model/support';

describe('analysisMonths', () => {
  it('takes months, or years × 12, or the fallback', () => {
    expect(analysisMonths({ months: 18 }, 5)).toBe(18);
    expect(analysisMonths({ years: 2.5 }, 5)).toBe(30);
    expect(analysisMonths({}, 5)).toBe(60);
    expect(inputErrorOf(() => analysisMonths({ years: 1, months: 12 }, 5)).message).toMatch(/^horizon: /);
  });
});
