import { describe, expect, test } from 'vitest';
import type Decimal from 'decimal.js';
import { changeableFieldNames, forecast, forecastNpv, parseScenarioInput, type ScenarioInputData } from '../../src/index';
import { seededRandom } from '../../src/numeric/seededRandom';
import type { Calculator } from '../../src/calculator/calculator';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { compilePopulation } from '../../src/model/compilePopulation';
import type { MonthRow } from '../../src/model/monthRow';
import { runModel } from '../../src/model/runModel';
import { runPopulation } from '../../src/model/runPopulation';
import type { ScenarioInput } from '../../src/schema/scenarioInput';
import { D, deepFreeze, expectClose, handExample } from './support';

type Random = () => number;

const uniform = (rnd: Random, lo: number, hi: number) => lo + (hi - lo) * rnd();
/** Log-uniform over [10^-3, hi] with a chance of exactly 0 or exactly hi, so edges are exercised. */
const amount = (rnd: Random, hi: number) => {
  const u = rnd();
  if (u < 0.05) return 0;
  if (u < 0.08) return hi;
  return 10 ** uniform(rnd, -3, Math.log10(hi));
};
const fraction = (rnd: Random) => {
  const u = rnd();
  return u < 0.05 ? 0 : u < 0.1 ? 1 : rnd();
};
/** A rate in (−1, 10]: mostly modest, sometimes extreme. */
const growth = (rnd: Random) => {
  const u = rnd();
  if (u < 0.05) return 0;
  if (u < 0.1) return -0.999;
  if (u < 0.15) return uniform(rnd, 0, 10);
  return uniform(rnd, -0.5, 0.5);
};
const pick = <T>(rnd: Random, options: readonly T[]): T => options[Math.floor(rnd() * options.length)]!;

/**
 * A random valid input. With additive churn every period keeps churnPerMonth ≤ c0,
 * churnPerEmail ≤ dr0 and emailsPerMonth ≤ eMax, where c0 + dr0 × eMax < 1, so every month is valid.
 */
function randomInput(rnd: Random, months: number): ScenarioInputData {
  const churnModel = pick(rnd, ['additive', 'compound'] as const);
  const eMax = rnd() < 0.1 ? 1000 : 10 ** uniform(rnd, -1, 2);
  const c0 = fraction(rnd) * (churnModel === 'additive' ? 0.999 : 1);
  const dr0 = churnModel === 'additive' ? Math.min(1, (1 - c0) / eMax) * rnd() * 0.999 : fraction(rnd);
  const clickRateBasis = pick(rnd, ['opens', 'delivered'] as const);
  const value = (field: (typeof changeableFieldNames)[number]): number => {
    switch (field) {
      case 'newSubscribersPerMonth':
      case 'averageOrderValue':
      case 'budgetPerMonth':
      case 'costPerThousandEmails':
      case 'runningCostPerMonth':
        return amount(rnd, rnd() < 0.1 ? 1e12 : 1e6);
      case 'newSubscribersGrowthMonthly':
      case 'inflationAnnual':
      case 'discountRateAnnual':
        return growth(rnd);
      case 'churnPerMonth':
        return churnModel === 'additive' ? c0 * rnd() : fraction(rnd);
      case 'churnPerEmail':
        return churnModel === 'additive' ? dr0 * rnd() : fraction(rnd);
      case 'emailsPerMonth':
        return rnd() < 0.05 ? 0 : eMax * rnd();
      case 'offEmailMultiplier':
        return rnd() < 0.5 ? 1 : uniform(rnd, 0, 100);
      default:
        return fraction(rnd);
    }
  };
  const changes = Array.from({ length: Math.floor(rnd() * 4) }, () => {
    const fields = changeableFieldNames.filter(() => rnd() < 0.2);
    const set = Object.fromEntries((fields.length > 0 ? fields : [pick(rnd, changeableFieldNames)]).map((f) => [f, value(f)]));
    return { fromMonth: 1 + Math.floor(rnd() * months), set };
  });
  const input: ScenarioInputData = {
    subscribers: amount(rnd, rnd() < 0.1 ? 1e12 : 1e6),
    newSubscribersPerMonth: value('newSubscribersPerMonth'),
    newSubscribersGrowthMonthly: value('newSubscribersGrowthMonthly'),
    churnPerMonth: c0,
    churnPerEmail: dr0,
    churnModel,
    emailsPerMonth: eMax * (rnd() < 0.3 ? 1 : rnd()),
    clickRate: value('clickRate'),
    clickRateBasis,
    conversionRate: value('conversionRate'),
    averageOrderValue: value('averageOrderValue'),
    grossMargin: value('grossMargin'),
    offEmailMultiplier: value('offEmailMultiplier'),
    budgetPerMonth: value('budgetPerMonth'),
    costPerThousandEmails: value('costPerThousandEmails'),
    investment: amount(rnd, 1e8),
    runningCostPerMonth: value('runningCostPerMonth'),
    inflationAnnual: value('inflationAnnual'),
    pricesFollowInflation: rnd() < 0.5,
    discountRateAnnual: value('discountRateAnnual'),
    changes,
  };
  if (clickRateBasis === 'opens' || rnd() < 0.5) input.openRate = value('openRate');
  return input;
}

describe('the float path agrees with the exact path', () => {
  test('500 random valid inputs give the same NPV on both backends to 1e-9 of the cash-flow scale', () => {
    const rnd = seededRandom(20260131);
    let worst = { difference: 0, index: -1, npv: '', float: 0 };
    let worstOfNpvAlone = 0;
    for (let index = 0; index < 500; index++) {
      const months = 12 + Math.floor(rnd() * 109);
      const input = randomInput(rnd, months);
      const exact = forecast(input, { months });
      const half = Math.ceil(months / 2);
      const [float, floatAtHalf] = forecastNpv(exact.input, [months, half]);
      // Scale: the investment plus the discounted gross profits and costs, the magnitude of every term summed,
      // so an NPV that nearly cancels is judged against the money that produced it.
      const scale = exact.rows.reduce(
        (sum, row) => sum.plus(row.grossProfit.abs().plus(row.costs.abs()).times(row.discountFactor)),
        new D(exact.investment.toString()),
      );
      const npv = new D(exact.npv.toString());
      const denominator = D.max(npv.abs(), scale, new D('1e-300'));
      const difference = npv.minus(float!).abs().div(denominator).toNumber();
      const atHalf = new D(exact.rows[half - 1]!.cumulativeNpv.toString()).minus(floatAtHalf!).abs().div(denominator).toNumber();
      expect(atHalf, `checkpoint ${half} of input ${index}`).toBeLessThanOrEqual(1e-9);
      worstOfNpvAlone = Math.max(worstOfNpvAlone, npv.isZero() ? 0 : npv.minus(float!).abs().div(npv.abs()).toNumber());
      if (!(difference <= worst.difference)) worst = { difference, index, npv: npv.toString(), float: float! };
    }
    console.info(
      `worst Decimal-vs-float relative difference over 500 inputs: ${worst.difference} (input ${worst.index}); relative to |npv| alone: ${worstOfNpvAlone}`,
    );
    expect(worst.difference, JSON.stringify(worst)).toBeLessThanOrEqual(1e-9);
  });
});

type Segmentable = ScenarioInputData & { segments?: Record<string, Record<string, unknown>> };

/**
 * A random valid segmented input on top of {@link randomInput}: 1–4 segments with their own per-subscriber
 * fields, random moves (shares out of a segment summing to at most 1), retention by tenure (scenario-wide or
 * per segment, any period and existing tenure) and changes that touch segments, moves and retention. With
 * additive churn a retention's first churn α / (α + β) stays at most the base churn c0, and a segment's emails
 * at most the base's, so every month keeps its loss at most 1.
 */
function randomSegmentedInput(rnd: Random, months: number): ScenarioInputData {
  const input = randomInput(rnd, months) as Segmentable;
  const additive = input.churnModel === 'additive';
  const c0 = input.churnPerMonth ?? 0;
  const eMax = input.emailsPerMonth;
  const names = ['engaged', 'casual', 'dormant', 'lapsed'].slice(0, 1 + Math.floor(rnd() * 4));
  const retention = () => {
    const first = additive ? c0 * rnd() : fraction(rnd) * 0.999 + 0.0005; // α / (α + β)
    const total = 10 ** uniform(rnd, -1.5, 3);
    const alpha = Math.max(first * total, 1e-6);
    return {
      model: 'sBG' as const,
      alpha,
      beta: Math.max(total - alpha, 1e-6),
      periodMonths: pick(rnd, [1, 1, 2, 3, 12]),
      existingTenureMonths: Math.floor(rnd() * 25),
    };
  };
  const scenarioRetention = rnd() < 0.35;
  if (scenarioRetention) {
    input.retention = retention();
    input.churnPerMonth = 0;
    input.changes = input.changes!.map((change) => ({ ...change, set: { ...change.set, churnPerMonth: undefined } }));
  }
  const own = () => {
    const fields: Record<string, unknown> = {};
    if (rnd() < 0.5) fields.emailsPerMonth = eMax * rnd();
    if (rnd() < 0.5) fields.openRate = fraction(rnd);
    if (rnd() < 0.3) fields.conversionRate = fraction(rnd);
    if (rnd() < 0.3) fields.averageOrderValue = amount(rnd, 1e4);
    if (rnd() < 0.2) fields.costPerThousandEmails = amount(rnd, 100);
    return fields;
  };
  const weights = names.map(() => rnd() + 0.01);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const segments: Record<string, Record<string, unknown>> = {};
  names.forEach((name, i) => {
    const segment: Record<string, unknown> = {
      share: i === names.length - 1 ? 1 - weights.slice(0, -1).reduce((sum, w) => sum + w / total, 0) : weights[i]! / total,
      ...own(),
    };
    const churn = scenarioRetention ? 'inherited' : pick(rnd, ['retention', 'retention', 'own', 'inherited'] as const);
    if (churn === 'retention') Object.assign(segment, { churnPerMonth: 0, retention: retention() });
    if (churn === 'own') segment.churnPerMonth = additive ? c0 * rnd() : fraction(rnd);
    segments[name] = segment;
  });
  if (names.length > 1 || rnd() < 0.5) input.segments = segments as NonNullable<typeof input.segments>;
  const randomMoves = () => {
    if (names.length < 2) return [];
    const moves = Array.from({ length: Math.floor(rnd() * 4) }, () => {
      const from = pick(rnd, names);
      return {
        from,
        to: pick(
          rnd,
          names.filter((name) => name !== from),
        ),
        sharePerMonth: rnd() * 0.3,
      };
    });
    return moves;
  };
  if (input.segments !== undefined) {
    input.moves = randomMoves();
    input.changes = [
      ...input.changes!,
      ...Array.from({ length: Math.floor(rnd() * 3) }, () => {
        const set: Record<string, unknown> = { segments: { [pick(rnd, names)]: own() } };
        if (rnd() < 0.3) set.moves = randomMoves();
        return { fromMonth: 1 + Math.floor(rnd() * months), set };
      }),
    ];
  }
  return input;
}

/** |exact − float| / max(|exact|, Σ |discounted gross profit and costs| + investment): the suite's measure. */
function scaledDifference(exact: { rows: readonly MonthRow<Decimal>[]; investment: Decimal }, exactNpv: Decimal, float: number): number {
  const scale = exact.rows.reduce(
    (sum, row) => sum.plus(row.grossProfit.abs().plus(row.costs.abs()).times(row.discountFactor)),
    new D(exact.investment.toString()),
  );
  const npv = new D(exactNpv.toString());
  return npv
    .minus(float)
    .abs()
    .div(D.max(npv.abs(), scale, new D('1e-300')))
    .toNumber();
}

describe('the float path agrees with the exact path on segmented scenarios', () => {
  test('150 random segmented inputs (segments, moves, retention, changes touching them) agree to 1e-9', () => {
    const rnd = seededRandom(20260214);
    let worst = 0;
    let segmented = 0;
    let retained = 0;
    for (let index = 0; index < 150; index++) {
      const months = 12 + Math.floor(rnd() * 61);
      const input = randomSegmentedInput(rnd, months);
      const exact = forecast(input, { months });
      segmented += exact.input.segments === undefined ? 0 : 1;
      retained += JSON.stringify(exact.input).includes('"sBG"') ? 1 : 0;
      const half = Math.ceil(months / 2);
      const [float, floatAtHalf] = forecastNpv(exact.input, [months, half]);
      const difference = scaledDifference(exact, exact.npv, float!);
      expect(scaledDifference(exact, exact.rows[half - 1]!.cumulativeNpv, floatAtHalf!), `checkpoint ${half} of input ${index}`).toBeLessThanOrEqual(1e-9);
      expect(difference, `input ${index}: ${JSON.stringify(input)}`).toBeLessThanOrEqual(1e-9);
      worst = Math.max(worst, difference);
    }
    console.info(`segmented: worst Decimal-vs-float relative difference over 150 inputs: ${worst}`);
    expect(segmented).toBeGreaterThan(100);
    expect(retained).toBeGreaterThan(50);
  });
});

/** The population engine called directly (compilePopulation + runPopulation), with rows and checkpoints. */
function runDirect<T>(calc: Calculator<T>, input: ScenarioInput, months: number, checkpoints: readonly number[]) {
  const plan = compilePopulation(calc, input);
  const lastMonths = [...plan.periods.slice(1).map((period) => period.factors.fromMonth - 1), months];
  const rows: MonthRow<T>[] = [];
  const npvAtMonths: T[] = [];
  const npv = runPopulation(calc, input, plan, { lastMonths, checkpointMonths: [...checkpoints, 0], npvAtMonths, rows, startDate: undefined });
  return { npv, npvAtCheckpoints: npvAtMonths, rows };
}

describe('the population engine mirrors the one-list loop', () => {
  test('200 random unsegmented inputs give bit-identical NPVs and rows on both calculators', () => {
    const rnd = seededRandom(20260215);
    const text = (value: unknown) => JSON.stringify(value, (_, x: unknown) => (typeof x === 'object' && x !== null && 'toFixed' in x ? String(x) : x));
    for (let index = 0; index < 200; index++) {
      const months = 12 + Math.floor(rnd() * 49);
      const input = parseScenarioInput(randomInput(rnd, months));
      const checkpoints = [Math.ceil(months / 2), months];
      for (const calc of [floatCalculator, decimalCalculator] as Calculator<unknown>[]) {
        const oneList = runModel(calc, input, { months, checkpoints, keepRows: true });
        const direct = runDirect(calc, input, months, checkpoints);
        expect(text(direct.npv), `input ${index}`).toBe(text(oneList.npv));
        expect(text(direct.npvAtCheckpoints)).toBe(text(oneList.npvAtCheckpoints));
        expect(text(direct.rows)).toBe(text(oneList.rows));
      }
    }
  });
});

describe('forecastNpv', () => {
  test('returns the NPV at each horizon in the order given', () => {
    const parsed = parseScenarioInput(handExample);
    const npvs = forecastNpv(parsed, [3, 1, 2]);
    expect(npvs).toHaveLength(3);
    [1013.3, 360, 697].forEach((expected, i) => expectClose(npvs[i]!, expected, 1e-14));
  });

  test('matches the annuity closed form for a constant budget', () => {
    const parsed = parseScenarioInput({ ...handExample, subscribers: 0, newSubscribersPerMonth: 0, discountRateAnnual: 0.07 });
    const v = 1.07 ** (-1 / 12);
    const annuity = (m: number) => -100 * ((v * (1 - v ** m)) / (1 - v));
    const [at12, at60] = forecastNpv(parsed, [12, 60]);
    expectClose(at12!, annuity(12), 1e-12);
    expectClose(at60!, annuity(60), 1e-12);
  });

  test('subtracts the investment at every horizon', () => {
    const parsed = parseScenarioInput({ ...handExample, investment: 500 });
    const [at1, at3] = forecastNpv(parsed, [1, 3]);
    expectClose(at1!, -140, 1e-14);
    expectClose(at3!, 513.3, 1e-14);
  });

  test('does not mutate a deep-frozen parsed input or horizon list', () => {
    const parsed = deepFreeze(parseScenarioInput({ ...handExample, changes: [{ fromMonth: 2, set: { budgetPerMonth: 300 } }] }));
    const copy = structuredClone(parsed);
    const horizons = deepFreeze([36, 12]);
    forecastNpv(parsed, horizons);
    expect(parsed).toEqual(copy);
    expect(horizons).toEqual([36, 12]);
  });
});
