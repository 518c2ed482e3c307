import { fc, test } from '@fast-check/vitest';
import type Decimal from 'decimal.js';
import { describe, expect } from 'vitest';
import { ExactDecimal } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { forecast } from '../../src/model/forecast';
import { forecastNpv } from '../../src/model/forecastNpv';
import { runModel } from '../../src/model/runModel';
import { type ChangeableFieldName, changeableFieldNames, numericFieldNames } from '../../src/schema/fields';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import type { ScenarioInput, ScenarioInputData } from '../../src/schema/scenarioInput';
import { withFieldValues } from '../../src/schema/withFieldValues';
import { D, inputErrorOf } from '../model/support';
import { fieldValue, nonFinitePaths, propertyTimeout, type Ranges, ruleRange, rowStrings, runs, scenarioInput, valueIn } from './arbitraries';

/** The rows of the fast float path (the same model on `number`s): cheap enough for long horizons. */
const floatRows = (data: ScenarioInputData | ScenarioInput, months: number) =>
  runModel(floatCalculator, parseScenarioInput(data), { months, keepRows: true }).rows;

/** A copy of `data` without the field `field`. */
const omit = <T extends object>(data: T, field: keyof T): T => Object.fromEntries(Object.entries(data).filter(([key]) => key !== field)) as T;

/** The sum of exact values, added left to right from `start`, as the model adds its months. */
const foldSum = (start: Decimal, values: readonly Decimal[]) => values.reduce((sum, v) => sum.plus(v), start);

/** |a − b| ≤ 1e-30 × scale: equal to the 40 significant digits the exact path keeps (give or take rounding of the sums). */
const expectEqualTo30Digits = (a: Decimal, b: Decimal, scale: Decimal) => {
  expect(new D(a.toString()).minus(b.toString()).abs().lte(new D(scale.toString()).abs().plus(1).times('1e-30')), `${a} vs ${b}`).toBe(true);
};

/** Σ |present value| of the rows plus the investment: the money at stake, to scale tolerances. */
const moneyScale = (result: ReturnType<typeof forecast>) =>
  result.rows.reduce((sum, row) => sum.plus(row.grossProfit.abs().plus(row.costs.abs()).times(row.discountFactor)), result.investment);

/** Every input that wide field ranges allow (the rules' whole ranges), kept only when valid. */
const wideRanges: Ranges = Object.fromEntries(numericFieldNames.map((f) => [f, ruleRange(f)]));
const wideInput = (maxChangeMonth: number) =>
  scenarioInput({ ranges: wideRanges, maxChangeMonth }).filter((data) => {
    try {
      parseScenarioInput(data);
      return true;
    } catch {
      return false;
    }
  });

const revenueFields = ['openRate', 'clickRate', 'conversionRate', 'averageOrderValue'] as const;

/** True when month 1 alone earns a clear margin on every unit of `field`: no changes, a real list, every other revenue factor well above 0. */
function clearlyProfitable(x: ScenarioInput, field: (typeof revenueFields)[number]): boolean {
  const factors: Record<(typeof revenueFields)[number], number> = {
    openRate: x.clickRateBasis === 'opens' ? (x.openRate ?? 0) / 0.05 : field === 'openRate' ? 0 : 1,
    clickRate: x.clickRate / 0.05,
    conversionRate: x.conversionRate / 0.05,
    averageOrderValue: x.averageOrderValue / 10,
  };
  return (
    x.changes.length === 0 &&
    x.subscribers >= 100 &&
    x.emailsPerMonth >= 1 &&
    x.grossMargin >= 0.1 &&
    x.offEmailMultiplier >= 0.1 &&
    revenueFields.every((f) => (f === field ? field !== 'openRate' || x.clickRateBasis === 'opens' : factors[f] >= 1))
  );
}

describe('NPV responds to each lever in the direction a marketer expects', () => {
  for (const field of revenueFields) {
    const [min, max] = field === 'averageOrderValue' ? [0, 1000] : [0, 1];
    test.prop({ data: scenarioInput({ maxChangeMonth: 12 }), months: fc.integer({ min: 12, max: 120 }), a: fieldValue(field), b: fieldValue(field) }, runs)(
      `the NPV never falls when ${field} rises (costs do not depend on it), and rises when every revenue factor is positive`,
      ({ data, months, a, b }) => {
        const x = parseScenarioInput(data);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [npvLo] = forecastNpv(withFieldValues(x, { [field]: lo }), [months]);
        const [npvHi] = forecastNpv(withFieldValues(x, { [field]: hi }), [months]);
        expect(npvHi).toBeGreaterThanOrEqual(npvLo!);
        if (clearlyProfitable(x, field) && hi - lo >= 0.05 * (max - min)) expect(npvHi).toBeGreaterThan(npvLo!);
      },
      propertyTimeout,
    );
  }

  const earning = {
    subscribers: [1, 1e6],
    emailsPerMonth: [1, 30],
    openRate: [0.01, 1],
    clickRate: [0.01, 1],
    conversionRate: [0.01, 1],
    averageOrderValue: [1, 1000],
    grossMargin: [0.01, 1],
    offEmailMultiplier: [0.01, 3],
  } as const;
  test.prop(
    {
      data: scenarioInput({
        maxChanges: 2,
        ranges: earning,
        fixed: { budgetPerMonth: 0, runningCostPerMonth: 0, costPerThousandEmails: 0 },
        keepInChanges: ['discountRateAnnual'],
        withOpenRate: true,
      }),
      months: fc.integer({ min: 6, max: 120 }),
      rate: valueIn(-0.05, 0.5),
      step: valueIn(0.001, 0.5),
    },
    runs,
  )(
    'the NPV falls as discountRateAnnual rises when every net cash flow is positive',
    ({ data, months, rate, step }) => {
      const x = parseScenarioInput(data);
      expect(floatRows(x, months).every((row) => row.netCashFlow > 0)).toBe(true);
      const [low] = forecastNpv(withFieldValues(x, { discountRateAnnual: rate }), [months]);
      const [high] = forecastNpv(withFieldValues(x, { discountRateAnnual: rate + step }), [months]);
      expect(high).toBeLessThan(low!);
    },
    propertyTimeout,
  );
});

describe('the list and the money follow the model conventions', () => {
  test.prop({ data: scenarioInput({ fixed: { emailsPerMonth: 0 } }), months: fc.integer({ min: 6, max: 120 }) }, runs)(
    'sending no email gives no orders, no revenue and no gross profit, and only costs',
    ({ data, months }) => {
      const rows = floatRows(data, months);
      expect(
        rows.filter((row) => row.emailsSent !== 0 || row.orders !== 0 || row.revenue !== 0 || row.grossProfit !== 0 || row.netCashFlow + row.costs !== 0),
      ).toEqual([]);
    },
    propertyTimeout,
  );

  test.prop(
    {
      data: scenarioInput({ fixed: { churnPerMonth: 1, newSubscribersPerMonth: 0 }, keepInChanges: ['churnPerEmail'] }).map((d) =>
        d.churnModel === 'compound' ? d : { ...d, churnPerEmail: 0 },
      ),
      months: fc.integer({ min: 6, max: 120 }),
    },
    runs,
  )(
    'a churn of 1 a month with no new subscribers leaves an empty list after month 1',
    ({ data, months }) => {
      const [first, ...later] = floatRows(data, months);
      expect([first!.subscribersStart, first!.subscribersLost]).toEqual([data.subscribers, data.subscribers]);
      expect(later.filter((row) => row.subscribersStart !== 0 || row.emailsSent !== 0 || row.orders !== 0 || row.revenue !== 0)).toEqual([]);
    },
    propertyTimeout,
  );

  test.prop({ data: wideInput(6), months: fc.integer({ min: 6, max: 120 }) }, runs)(
    'subscribers, emails, orders, revenue and costs are never negative, over the whole range of every rule',
    ({ data, months }) => {
      const negative = floatRows(data, months).filter(
        (row) =>
          [row.subscribersStart, row.subscribersLost, row.newSubscribers, row.emailsSent, row.orders, row.revenue, row.grossProfit, row.costs].some(
            (v) => !(v >= 0),
          ) || !(row.discountFactor > 0),
      );
      expect(negative).toEqual([]);
    },
    propertyTimeout,
  );

  test.prop({ data: wideInput(6), months: fc.integer({ min: 6, max: 12 }), longMonths: fc.integer({ min: 6, max: 1200 }) }, runs)(
    'no result holds NaN or Infinity: the exact forecast is finite, the fast path is finite or an overflow error',
    ({ data, months, longMonths }) => {
      const exact = forecast(data, { months });
      expect(nonFinitePaths(exact)).toEqual([]);
      try {
        expect(nonFinitePaths(forecastNpv(exact.input, [longMonths]))).toEqual([]);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).problems.map((p) => p.path)).toEqual(['horizon']);
      }
    },
    propertyTimeout,
  );
});

describe('horizons and sums', () => {
  const horizonPair = fc.oneof(
    { weight: 1, arbitrary: fc.constant([36, 60] as const) },
    { weight: 9, arbitrary: fc.integer({ min: 1, max: 11 }).chain((short) => fc.tuple(fc.constant(short), fc.integer({ min: short + 1, max: 12 }))) },
  );
  test.prop([horizonPair.chain(([short, long]) => fc.tuple(fc.constant(short), fc.constant(long), scenarioInput({ maxChangeMonth: short })))], runs)(
    'the NPV over a longer horizon is the NPV over the shorter one plus the present values of the months between, exactly',
    ([short, long, data]) => {
      const longer = forecast(data, { months: long });
      const shorter = forecast(data, { months: short });
      expect(
        longer.npv.equals(
          foldSum(
            shorter.npv,
            longer.rows.slice(short).map((r) => r.presentValue),
          ),
        ),
      ).toBe(true);
    },
    propertyTimeout,
  );

  test.prop({ data: scenarioInput(), months: fc.integer({ min: 6, max: 12 }) }, runs)(
    'the NPV is −investment plus the sum of the present values, and each row carries that sum so far',
    ({ data, months }) => {
      const result = forecast(data, { months });
      let sum = new ExactDecimal(data.investment ?? 0).neg();
      const wrong = result.rows.filter((row) => {
        sum = sum.plus(row.presentValue);
        return !row.cumulativeNpv.equals(sum);
      });
      expect(wrong).toEqual([]);
      expect(result.npv.equals(sum)).toBe(true);
    },
    propertyTimeout,
  );

  test.prop(
    [
      fc
        .integer({ min: 1, max: 11 })
        .chain((short) => fc.tuple(fc.constant(short), fc.integer({ min: short + 1, max: 12 }), scenarioInput({ maxChangeMonth: short }))),
    ],
    runs,
  )(
    'the rows of a longer horizon start with the rows of a shorter one',
    ([short, long, data]) => {
      expect(rowStrings(forecast(data, { months: long }).rows.slice(0, short))).toEqual(rowStrings(forecast(data, { months: short }).rows));
    },
    propertyTimeout,
  );

  test.prop({ data: scenarioInput({ maxChanges: 0 }), months: fc.integer({ min: 1, max: 12 }), investment: fieldValue('investment') }, runs)(
    'an investment lowers the NPV by exactly that amount and changes no month',
    ({ data, months, investment }) => {
      const x = parseScenarioInput(data);
      const without = forecast(withFieldValues(x, { investment: 0 }), { months });
      const withIt = forecast(withFieldValues(x, { investment }), { months });
      const monthsOnly = (r: typeof without) => rowStrings(r.rows).map((row) => omit(row, 'cumulativeNpv'));
      expect(monthsOnly(withIt)).toEqual(monthsOnly(without));
      expectEqualTo30Digits(withIt.npv, without.npv.minus(investment), moneyScale(withIt));
    },
    propertyTimeout,
  );

  test.prop(
    {
      data: scenarioInput({ fixed: { inflationAnnual: 0 }, keepInChanges: ['budgetPerMonth'] }),
      months: fc.integer({ min: 6, max: 12 }),
      budget: fieldValue('budgetPerMonth'),
    },
    runs,
  )(
    'with no inflation, a monthly budget B lowers the NPV by exactly B × Σ DF_m',
    ({ data, months, budget }) => {
      const x = parseScenarioInput(data);
      const without = forecast(withFieldValues(x, { budgetPerMonth: 0 }), { months });
      const withIt = forecast(withFieldValues(x, { budgetPerMonth: budget }), { months });
      const discountSum = foldSum(
        new ExactDecimal(0),
        withIt.rows.map((r) => r.discountFactor),
      );
      expectEqualTo30Digits(withIt.npv, without.npv.minus(discountSum.times(budget)), moneyScale(withIt));
    },
    propertyTimeout,
  );
});

describe('the two backends and the equivalent ways to write an input', () => {
  const withCheckpoints = fc
    .integer({ min: 1, max: 36 })
    .chain((months) =>
      fc.tuple(
        fc.constant(months),
        fc.uniqueArray(fc.integer({ min: 1, max: months }), { minLength: 1, maxLength: 4 }),
        scenarioInput({ maxChangeMonth: months }),
      ),
    );
  test.prop([withCheckpoints], runs)(
    'the fast float path agrees with the exact path to 1e-9 of the money at stake, at every checkpoint',
    ([months, checkpoints, data]) => {
      const exact = forecast(data, { months });
      const fast = forecastNpv(exact.input, [...checkpoints, months]);
      const scale = new D(moneyScale(exact).toString()).plus(1);
      [...checkpoints, months].forEach((month, i) => {
        const exactNpv = exact.rows[month - 1]!.cumulativeNpv;
        expect(new D(fast[i]!).minus(exactNpv.toString()).abs().div(scale).toNumber()).toBeLessThanOrEqual(1e-9);
      });
    },
    propertyTimeout,
  );

  test.prop([withCheckpoints], runs)(
    'the fast path gives the same NPV at a horizon whatever other horizons are asked for with it, in any order',
    ([, checkpoints, data]) => {
      // Each checkpoint is also run alone: keep the changes within the shortest.
      const x = parseScenarioInput({ ...data, changes: (data.changes ?? []).filter((c) => c.fromMonth <= Math.min(...checkpoints)) });
      const together = forecastNpv(x, checkpoints);
      expect(together).toEqual(checkpoints.map((m) => forecastNpv(x, [m])[0]));
      expect(forecastNpv(x, [...checkpoints].reverse())).toEqual([...together].reverse());
    },
    propertyTimeout,
  );

  test.prop({ data: scenarioInput({ fixed: { churnPerEmail: 0 } }), months: fc.integer({ min: 6, max: 120 }) }, runs)(
    'compound and additive churn give the same forecast when no one leaves per email',
    ({ data, months }) => {
      expect(floatRows({ ...data, churnModel: 'compound' }, months)).toEqual(floatRows({ ...data, churnModel: 'additive' }, months));
    },
    propertyTimeout,
  );

  test.prop(
    {
      data: scenarioInput({ maxChanges: 0, fixed: { clickRateBasis: 'opens' } }),
      months: fc.integer({ min: 6, max: 12 }),
      openThousandths: fc.integer({ min: 0, max: 1000 }),
      ctorThousandths: fc.integer({ min: 0, max: 1000 }),
    },
    runs,
  )(
    'a CTR of openRate × CTOR (basis "delivered") gives the same forecast as the CTOR (basis "opens")',
    ({ data, months, openThousandths, ctorThousandths }) => {
      const openRate = openThousandths / 1000;
      const ctor = ctorThousandths / 1000;
      const ctr = new D(openRate).times(ctor).toNumber(); // exact: at most 6 decimals
      const opens = forecast({ ...data, clickRateBasis: 'opens', openRate, clickRate: ctor }, { months });
      const delivered = forecast({ ...omit(data, 'openRate'), clickRateBasis: 'delivered', clickRate: ctr }, { months });
      expect(rowStrings(delivered.rows)).toEqual(rowStrings(opens.rows));
    },
    propertyTimeout,
  );
});

/** The value `field` has in month `month`: the last change up to that month that sets it (month order, then list order), else the base value. */
function valueInForce(data: ScenarioInput, field: ChangeableFieldName, month: number): number | undefined {
  const setting = data.changes
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.fromMonth <= month && c.set[field] !== undefined)
    .sort((a, b) => a.c.fromMonth - b.c.fromMonth || a.index - b.index);
  return setting.length > 0 ? setting[setting.length - 1]!.c.set[field]! : data[field];
}

describe('changes', () => {
  const fieldAndValue = fc.constantFrom(...changeableFieldNames).chain((field) => fc.tuple(fc.constant(field), fieldValue(field)));
  test.prop(
    {
      data: scenarioInput({ maxChangeMonth: 60, maxChanges: 4, changesHow: 'often' }),
      set: fieldAndValue,
      months: fc.integer({ min: 60, max: 120 }),
      atEnd: fc.boolean(),
    },
    runs,
  )(
    'a change from month 1 gives the same forecast as setting the value itself',
    ({ data, set: [field, value], months, atEnd }) => {
      const later = (data.changes ?? []).filter((c) => c.fromMonth >= 2);
      const first = { fromMonth: 1, set: { [field]: value } };
      const asChange = floatRows({ ...data, changes: atEnd ? [...later, first] : [first, ...later] }, months);
      const asValue = floatRows(withFieldValues(parseScenarioInput({ ...data, changes: later }), { [field]: value }), months);
      expect(asChange).toEqual(asValue);
    },
    propertyTimeout,
  );

  test.prop(
    {
      data: scenarioInput({ maxChangeMonth: 60, maxChanges: 4, changesHow: 'often' }),
      // A change of newSubscribersPerMonth restarts acquisition (documented), so setting it again is a real change.
      field: fc.constantFrom(...changeableFieldNames.filter((f) => f !== 'newSubscribersPerMonth')),
      months: fc.integer({ min: 60, max: 120 }),
      month: fc.integer({ min: 2, max: 60 }),
    },
    runs,
  )(
    'a change that sets a field to the value it already has changes nothing',
    ({ data, field, months, month }) => {
      const x = parseScenarioInput(data);
      const same: ScenarioInputData = { ...data, changes: [...x.changes, { fromMonth: month, set: { [field]: valueInForce(x, field, month) } }] };
      expect(floatRows(same, months)).toEqual(floatRows(x, months));
    },
    propertyTimeout,
  );

  test.prop(
    {
      data: scenarioInput({ maxChanges: 0 }),
      fields: fc.subarray([...changeableFieldNames], { minLength: 1 }),
      month: fc.integer({ min: 1, max: 6 }),
      months: fc.integer({ min: 6, max: 12 }),
    },
    runs,
  )(
    'a change that gives fields as undefined (possible from code, not JSON) changes nothing, on both paths',
    ({ data, fields, month, months }) => {
      const blank = { ...data, changes: [{ fromMonth: month, set: Object.fromEntries(fields.map((f) => [f, undefined])) }] };
      expect(floatRows(blank, months)).toEqual(floatRows(data, months));
      expect(forecast(blank, { months }).npv.equals(forecast(data, { months }).npv)).toBe(true);
    },
    propertyTimeout,
  );

  test.prop({ data: scenarioInput({ maxChangeMonth: 1200 }), months: fc.integer({ min: 1, max: 1199 }), extra: fc.integer({ min: 1, max: 1199 }) }, runs)(
    'a change beyond the horizon is an input error naming the first such change, on both paths',
    ({ data, months, extra }) => {
      const changes = [...(data.changes ?? []), { fromMonth: Math.min(1200, months + extra), set: { openRate: 0.5 } }];
      const beyond = changes.findIndex((c) => c.fromMonth > months);
      const x = parseScenarioInput({ ...data, changes });
      for (const run of [() => forecast(x, { months }), () => forecastNpv(x, [months])]) {
        expect(inputErrorOf(run).message).toBe(`changes[${beyond}].fromMonth: is month ${changes[beyond]!.fromMonth}, beyond the ${months}-month horizon`);
      }
    },
    propertyTimeout,
  );
});
