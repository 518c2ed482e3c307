// Segments and tenure, measured side by side in one run: the population engine against a hand-written cohort
// loop of the same model (bench/cohortLoop.mjs), the exact path, Monte Carlo, and the cost against months.
import { cohortLimitNpv } from './cohortLoop.mjs';

/** A random valid 3-segment scenario with sBG retention and a move (engaged → dormant), no changes. */
function randomSegmentedData(random) {
  const between = (low, high) => low + (high - low) * random();
  const engaged = between(0.1, 0.4);
  const lapsed = between(0.05, 0.2);
  return {
    subscribers: Math.round(between(1_000, 200_000)),
    newSubscribersPerMonth: between(0, 2_000),
    newSubscribersGrowthMonthly: between(-0.01, 0.03),
    churnPerEmail: between(0, 0.004),
    churnModel: random() < 0.5 ? 'additive' : 'compound',
    emailsPerMonth: Math.round(between(1, 6)),
    openRate: between(0.1, 0.4),
    clickRate: between(0.02, 0.15),
    conversionRate: between(0.01, 0.08),
    averageOrderValue: between(20, 200),
    grossMargin: between(0.3, 1),
    budgetPerMonth: between(0, 5_000),
    costPerThousandEmails: between(0, 2),
    inflationAnnual: between(0, 0.04),
    pricesFollowInflation: random() < 0.5,
    discountRateAnnual: between(0.05, 0.3),
    segments: {
      engaged: { share: engaged, newSubscriberShare: between(0.3, 0.6), openRate: between(0.4, 0.6), emailsPerMonth: Math.round(between(4, 10)) },
      dormant: { share: 1 - engaged - lapsed, openRate: between(0.05, 0.15) },
      lapsed: { share: lapsed, openRate: between(0.01, 0.05), emailsPerMonth: 1 },
    },
    moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: between(0.01, 0.05) }],
    retention: { alpha: between(0.5, 2), beta: between(1, 6), periodMonths: 1, existingTenureMonths: Math.round(between(0, 24)) },
  };
}

/**
 * Adds the segment rows to the bench table: fast path ÷ hand-written cohort loop (≤ 2×), the exact forecast
 * (≤ 20 ms), Monte Carlo of 10,000 draws (≤ 1 s), and the cost at 12 / 60 / 600 months (quadratic: cohorts).
 */
export async function benchSegments({ lib, measure, report, fmt, median, exponentOf, quick }) {
  const { parseScenarioInput, forecastNpv, forecast, runModel, decimalCalculator, seededRandom } = lib;
  const random = seededRandom(14);
  const batchSize = quick ? 20 : 200;
  const inputs = Array.from({ length: batchSize }, () => parseScenarioInput(randomSegmentedData(random)));
  const fast = new Float64Array(batchSize);
  const limit = new Float64Array(batchSize);
  const runFast = () => {
    for (let i = 0; i < batchSize; i++) fast[i] = forecastNpv(inputs[i], [60])[0];
  };
  const runLimit = () => {
    for (let i = 0; i < batchSize; i++) limit[i] = cohortLimitNpv(inputs[i], 60);
  };
  runFast();
  runLimit();
  let worst = 0;
  for (let i = 0; i < batchSize; i++) worst = Math.max(worst, Math.abs(fast[i] - limit[i]) / Math.max(1, Math.abs(limit[i])));
  if (!(worst < 1e-9)) throw new Error(`the hand-written cohort loop disagrees with forecastNpv (worst relative difference ${worst})`);
  const rounds = [];
  for (let round = 0; round < (quick ? 1 : 3); round++)
    rounds.push(await measure({ limit: runLimit, fast: runFast }, { time: 700, iterations: 5, warmupIterations: 2 }));
  const fastMs = median(rounds.map((r) => r.fast.ms));
  const limitMs = median(rounds.map((r) => r.limit.ms));
  const ratio = median(rounds.map((r) => r.fast.ms / r.limit.ms));
  report(`segments: forecastNpv, 3 segments, sBG retention, a move, 60 months (${batchSize} random)`, fmt.us(fastMs / batchSize) + ' each', fastMs, '—');
  report('segments: the limit, a hand-written Float64 cohort loop, same batch', fmt.us(limitMs / batchSize) + ' each', limitMs, '—');
  report('segments: fast path ÷ cohort limit', fmt.ratio(ratio), ratio, '≤ 2×', ratio <= 2);

  const data = randomSegmentedData(seededRandom(15));
  const exact = await measure({ forecast: () => forecast(data, { years: 5 }) }, { time: 1500, iterations: 20 });
  report('segments: exact forecast() of one 3-segment 5-year scenario', fmt.ms(exact.forecast.ms), exact.forecast.ms, '≤ 20 ms', exact.forecast.ms <= 20);

  if (typeof lib.simulate === 'function') {
    const uncertain = {
      baseline: {
        ...data,
        conversionRate: { dist: 'triangular', min: data.conversionRate * 0.7, mode: data.conversionRate, max: data.conversionRate * 1.3 },
        averageOrderValue: { dist: 'normal', mean: data.averageOrderValue, sd: data.averageOrderValue * 0.1 },
        discountRateAnnual: { dist: 'uniform', min: 0.05, max: 0.2 },
      },
      hypotheses: {},
      horizonsYears: [5],
    };
    const draws = quick ? 1_000 : 10_000;
    const monteCarlo = await measure({ mc: () => lib.simulate(uncertain, { draws }) }, { time: 0, iterations: 3, warmupIterations: 1 });
    report(
      `segments: Monte Carlo, ${draws.toLocaleString('en-US')} draws of the 3-segment scenario`,
      fmt.ms(monteCarlo.mc.ms),
      monteCarlo.mc.ms,
      '≤ 1 s',
      monteCarlo.mc.ms <= 1000,
    );
  }

  const parsed = parseScenarioInput(data);
  const monthsList = [12, 60, 600];
  const tasks = Object.fromEntries(
    monthsList.flatMap((m) => [
      [`fast ${m}`, () => forecastNpv(parsed, [m])],
      [`exact ${m}`, () => runModel(decimalCalculator, parsed, { months: m })],
    ]),
  );
  const byMonths = await measure(tasks, { time: 700, iterations: 10 });
  for (const path of ['fast', 'exact']) {
    const points = monthsList.map((m) => ({ size: m, ms: byMonths[`${path} ${m}`].ms }));
    const k = exponentOf(points);
    const times = points.map((p) => (path === 'fast' ? fmt.us(p.ms) : fmt.ms(p.ms))).join(' / ');
    report(`segments, ${path} path: 12 / 60 / 600 months (cohorts: quadratic)`, `${times}; exponent ${fmt.exp(k)}`, k, 'quadratic: exponent ≤ 2.1', k <= 2.1);
  }
}
