import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { annualIrrOf } from '../../../src/analysis/cashflow/annualIrrOf';
import { expectClose } from '../../model/support';

const decimals = (xs: number[]) => xs.map((x) => new Decimal(x));

describe('annualIrrOf', () => {
  it('compounds the monthly IRR over 12 months', () => {
    const result = annualIrrOf(decimals([-100, 110]));
    expectClose(result.irrMonthly!, 0.1, 1e-14);
    expectClose(result.irrAnnual!, 1.1 ** 12 - 1, 1e-13);
  });
  it('is null, with the reason, when the flows never change sign', () => {
    expect(annualIrrOf(decimals([0, 5, 5]))).toEqual({
      irrMonthly: null,
      irrAnnual: null,
      irrReason: 'the cash flows must change sign at least once (an IRR needs both costs and returns)',
    });
  });
});
