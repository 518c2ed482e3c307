import { fc, test } from '@fast-check/vitest';
import { addDays, formatISO, parseISO } from 'date-fns';
import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { annualToMonthlyRate } from '../../src/finance/annualToMonthlyRate';
import { irr } from '../../src/finance/irr';
import { monthlyToAnnualRate } from '../../src/finance/monthlyToAnnualRate';
import { npv } from '../../src/finance/npv';
import { xnpv } from '../../src/finance/xnpv';
import { forecast } from '../../src/model/forecast';
import { D } from '../model/support';
import { flows, investmentFlows, isoDate, propertyTimeout, runs, scenarioInput, valueIn } from './arbitraries';

/** Σ |flows| + 1: the size of the money involved, to scale tolerances. */
const sizeOf = (values: readonly (number | Decimal)[]) => values.reduce<InstanceType<typeof D>>((sum, v) => sum.plus(new D(v.toString()).abs()), new D(1));

/** Σ |flows[t]| / (1 + rate)^t + 1: the size of the discounted money (which grows with t for a negative rate). */
const discountedSizeOf = (rate: number, values: readonly number[]) =>
  values.reduce((sum, v, t) => sum.plus(new D(v).abs().div(new D(1).plus(rate).pow(t))), new D(1));

/** |a − b| ≤ tolerance × scale, computed in 60 digits. */
const within = (a: Decimal | number, b: Decimal | number, tolerance: string, scale: InstanceType<typeof D>) =>
  new D(a.toString()).minus(b.toString()).abs().lte(scale.times(tolerance));

const periodRate = valueIn(-0.5, 1);

describe('npv', () => {
  test.prop([flows], runs)(
    'at a rate of 0 the net present value is the exact sum of the flows',
    (values) => {
      const sum = values.reduce((total, v) => total.plus(v), new D(0));
      expect(npv(0, values).toString()).toBe(sum.toString());
    },
    propertyTimeout,
  );

  test.prop([periodRate, flows], runs)(
    'flows one period later are worth the net present value divided by 1 + rate',
    (rate, values) => {
      const later = new D(npv(rate, [0, ...values]).toString()).times(new D(rate).plus(1));
      expect(within(later, npv(rate, values), '1e-35', discountedSizeOf(rate, values))).toBe(true);
    },
    propertyTimeout,
  );

  test.prop([periodRate, flows, flows], runs)(
    'the net present value of the sum of two series is the sum of their net present values',
    (rate, a, b) => {
      const length = Math.max(a.length, b.length);
      const sum = Array.from({ length }, (_, t) => new D(a[t] ?? 0).plus(b[t] ?? 0).toString()); // exact, unlike a float sum of cents
      expect(within(npv(rate, sum), npv(rate, a).plus(npv(rate, b)), '1e-35', discountedSizeOf(rate, a).plus(discountedSizeOf(rate, b)))).toBe(true);
    },
    propertyTimeout,
  );

  test.prop([valueIn(-0.5, 1), flows, isoDate], runs)(
    'xnpv with flows 365 days apart equals npv at the same rate',
    (rate, values, start) => {
      const dates = values.map((_, t) => formatISO(addDays(parseISO(start), 365 * t), { representation: 'date' }));
      expect(within(xnpv(rate, values, dates), npv(rate, values), '1e-30', discountedSizeOf(rate, values))).toBe(true);
    },
    propertyTimeout,
  );
});

describe('irr', () => {
  test.prop([investmentFlows], runs)(
    'the net present value at the internal rate of return is zero when the flows change sign once',
    (values) => {
      const rate = irr(values);
      expect(rate).toBeGreaterThan(-1);
      expect(within(npv(rate, values), 0, '1e-9', discountedSizeOf(rate, values))).toBe(true);
    },
    propertyTimeout,
  );

  test.prop([investmentFlows, fc.integer({ min: 1, max: 1000 })], runs)(
    'scaling every flow by the same positive factor leaves the internal rate of return unchanged',
    (values, factor) => {
      const rate = irr(values);
      expect(Math.abs(irr(values.map((v) => v * factor)) - rate)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(rate)));
    },
    propertyTimeout,
  );
});

describe('rate conversion', () => {
  test.prop([valueIn(-0.99, 10)], runs)(
    'converting an annual rate to monthly and back gives the annual rate',
    (annual) => {
      expect(Math.abs(monthlyToAnnualRate(annualToMonthlyRate(annual)) - annual)).toBeLessThanOrEqual(1e-14 * (1 + Math.abs(annual)));
    },
    propertyTimeout,
  );

  test.prop([valueIn(-0.3, 0.3)], runs)(
    'converting a monthly rate to annual and back gives the monthly rate',
    (monthly) => {
      expect(Math.abs(annualToMonthlyRate(monthlyToAnnualRate(monthly)) - monthly)).toBeLessThanOrEqual(1e-15 * (1 + Math.abs(monthly)));
    },
    propertyTimeout,
  );

  test.prop([valueIn(-0.99, 10)], runs)(
    'the monthly rate compounded twelve times gives the annual rate (60-digit check)',
    (annual) => {
      const compounded = new D(1).plus(annualToMonthlyRate(annual)).pow(12).minus(1);
      expect(
        compounded
          .minus(annual)
          .abs()
          .lte(new D(1).plus(Math.abs(annual)).times('1e-14')),
      ).toBe(true);
    },
    propertyTimeout,
  );
});

describe('the model and the finance primitives agree', () => {
  test.prop({ data: scenarioInput({ keepInChanges: ['discountRateAnnual'] }), months: fc.integer({ min: 6, max: 12 }) }, runs)(
    'the forecast NPV is npv() of −investment and the monthly net cash flows at the equivalent monthly rate',
    ({ data, months }) => {
      const result = forecast(data, { months });
      // (1 + r)^(1/12) − 1 to 60 digits: an independent monthly rate, so only the model's own 40-digit rounding differs.
      const monthly = new D(1).plus(result.input.discountRateAnnual).pow(new D(1).div(12)).minus(1);
      const nets = [result.investment.neg(), ...result.rows.map((row) => row.netCashFlow)];
      expect(within(npv(monthly.toString(), nets), result.npv, '1e-30', sizeOf(nets))).toBe(true);
    },
    propertyTimeout,
  );
});
