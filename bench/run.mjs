// Speed, measured side by side in one run: prints a table and writes bench/results.json.
// Run after a build:  npm run build && npm run bench      (add --md for a Markdown table)
// --quick: one short round of every measurement (CI runs it): the same table and the same agreement checks,
// in a few seconds; its timings are rough, so bench/results.json is left as it is.
//
// Every goal is a ratio or a time on this machine, measured here, never asserted in a unit test.
// Timings are medians of tinybench samples; the machine may be shared, so the load average is recorded too.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { Bench } from 'tinybench';
import * as lib from 'email-npv';
import { benchSegments } from './segments.mjs';
import { benchBatch } from './batch.mjs';
import { randomScenarioData } from './randomScenarioData.mjs';
import { BUDGET_GZIP_BYTES, measureApp } from './appSize.mjs';

const { calibrate, compareScenarios, decimalCalculator, forecast, forecastNpv, parseScenarioInput, renderTable, runModel, seededRandom } = lib;

const quick = process.argv.includes('--quick');
const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const article = readJson('../examples/moller-article.json');
const articleObserved = readJson('../examples/moller-article.observed.json');
const articleUncertain = readJson('../examples/moller-uncertain.json');

// ---------------------------------------------------------------------------------------------
// Inputs: random valid 5-year scenarios, parsed before any timing (the fast path takes parsed inputs).

const randomScenarios = (count, seed, options) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => parseScenarioInput(randomScenarioData(random, options)));
};

// ---------------------------------------------------------------------------------------------
// The limit: the model's recurrence hand-written on plain doubles, for inputs without `changes`.
// It is the yardstick of the fast path and lives only here (the library has one copy of the model).
function limitNpv(x, months) {
  const keep =
    x.churnModel === 'additive'
      ? 1 - (x.churnPerMonth + x.churnPerEmail * x.emailsPerMonth)
      : (1 - x.churnPerMonth) * (1 - x.churnPerEmail) ** x.emailsPerMonth;
  const ordersPerEmail = x.clickRateBasis === 'opens' ? x.openRate * (x.clickRate * x.conversionRate) : x.clickRate * x.conversionRate;
  const revenuePerOrder = x.averageOrderValue * x.offEmailMultiplier;
  const fixedCosts = x.budgetPerMonth + x.runningCostPerMonth;
  const costPerEmail = x.costPerThousandEmails / 1000;
  const inflationFactorMonthly = (1 + x.inflationAnnual) ** (1 / 12);
  const discountFactorMonthly = 1 / (1 + x.discountRateAnnual) ** (1 / 12);
  const growth = 1 + x.newSubscribersGrowthMonthly;
  const { emailsPerMonth, grossMargin, pricesFollowInflation } = x;
  let subscribers = x.subscribers;
  let acquisition = x.newSubscribersPerMonth;
  let priceIndex = 1;
  let discountFactor = 1;
  let npv = -x.investment;
  for (let month = 1; month <= months; month++) {
    const emails = subscribers * emailsPerMonth;
    const revenue = emails * ordersPerEmail * (pricesFollowInflation ? revenuePerOrder * priceIndex : revenuePerOrder);
    const net = revenue * grossMargin - (fixedCosts + emails * costPerEmail) * priceIndex;
    discountFactor *= discountFactorMonthly;
    npv += net * discountFactor;
    subscribers = subscribers * keep + acquisition;
    acquisition *= growth;
    priceIndex *= inflationFactorMonthly;
  }
  return npv;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

/** Runs `tasks` (name → function) in one tinybench Bench; returns name → { ms (median), mean, samples }. */
async function measure(tasks, { time = 1000, iterations = 10, warmupIterations = 3 } = {}) {
  if (quick) [time, iterations, warmupIterations] = [Math.min(time, 50), Math.min(iterations, 2), Math.min(warmupIterations, 1)];
  const bench = new Bench({ time, iterations, warmupTime: 0, warmupIterations, throws: true });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  return Object.fromEntries(
    bench.tasks.map((task) => [task.name, { ms: task.result.latency.p50, mean: task.result.latency.mean, samples: task.result.latency.samplesCount }]),
  );
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Least-squares slope of log(time) against log(size): time ∝ size^k. */
function exponentOf(points) {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return sxy / sxx;
}

const fmt = {
  ms: (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(3)} ms`),
  us: (ms) => `${(ms * 1000).toFixed(2)} µs`,
  ratio: (r) => `${r.toFixed(2)}×`,
  exp: (k) => k.toFixed(2),
  sci: (x) => x.toExponential(1),
};

const rows = [];
/** One row of the table: what, the measured value (text and number), the goal (text and test). */
function report(what, measuredText, measured, goalText, met) {
  rows.push({ what, measured: measuredText, value: measured, goal: goalText, met: met === undefined ? null : met });
  process.stderr.write(`  ${what}: ${measuredText}\n`);
}

const FIVE_YEARS = [60];
const batchSize = quick ? 10_000 : 100_000;
process.stderr.write(
  `email-npv bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}\n`,
);

// 1. Fast path against the limit, on the same batch, in alternating rounds.
{
  const inputs = randomScenarios(batchSize, 1);
  const fast = new Float64Array(batchSize);
  const limit = new Float64Array(batchSize);
  const runFast = () => {
    for (let i = 0; i < batchSize; i++) fast[i] = forecastNpv(inputs[i], FIVE_YEARS)[0];
  };
  const runLimit = () => {
    for (let i = 0; i < batchSize; i++) limit[i] = limitNpv(inputs[i], 60);
  };
  runFast();
  runLimit();
  // The yardstick must compute what the library computes, or the ratio means nothing.
  let worst = 0;
  for (let i = 0; i < batchSize; i++) worst = Math.max(worst, Math.abs(fast[i] - limit[i]) / Math.max(1, Math.abs(limit[i])));
  if (!(worst < 1e-9)) throw new Error(`the hand-written loop disagrees with forecastNpv (worst relative difference ${worst})`);
  // A decimal run first, as in any real session (compare, then search): the float path must stay fast with both backends in use.
  runModel(decimalCalculator, inputs[0], { months: 60, keepRows: true });
  const rounds = [];
  for (let round = 0; round < (quick ? 1 : 3); round++)
    rounds.push(await measure({ limit: runLimit, fast: runFast }, { time: 700, iterations: 5, warmupIterations: 2 }));
  const fastMs = median(rounds.map((r) => r.fast.ms));
  const limitMs = median(rounds.map((r) => r.limit.ms));
  const ratio = median(rounds.map((r) => r.fast.ms / r.limit.ms));
  report(
    `fast path: forecastNpv at 60 months, ${batchSize.toLocaleString('en-US')} random scenarios`,
    `${fmt.ms(fastMs)} (${fmt.us(fastMs / batchSize)} each)`,
    fastMs,
    '—',
  );
  report('the limit: hand-written Float64 loop, same batch', `${fmt.ms(limitMs)} (${fmt.us(limitMs / batchSize)} each)`, limitMs, '—');
  report('fast path ÷ limit', fmt.ratio(ratio), ratio, '≤ 2×', ratio <= 2);
}

// 2. Exact path: one 5-year scenario with decimal money.
const worked = readJson('../examples/worked-example.json');
{
  const parsed = parseScenarioInput(worked);
  const result = await measure(
    {
      forecast: () => forecast(worked, { years: 5 }),
      runModel: () => runModel(decimalCalculator, parsed, { months: 60 }),
    },
    { time: 1500, iterations: 50 },
  );
  report('exact path: forecast() of one 5-year scenario (parse, rows)', fmt.ms(result.forecast.ms), result.forecast.ms, '≤ 0.5 ms', result.forecast.ms <= 0.5);
  report('exact path: runModel(decimalCalculator), 60 months, no rows', fmt.ms(result.runModel.ms), result.runModel.ms, '≤ 0.5 ms', result.runModel.ms <= 0.5);
  // Powers are remembered; a discount rate never seen before costs its 12th root (about 0.05 ms) on top.
  let rate = 0;
  const fresh = await measure({ fresh: () => forecast({ ...worked, discountRateAnnual: 0.2 + ++rate * 1e-9 }, { years: 5 }) }, { time: 1500, iterations: 50 });
  report('exact path: forecast(), a discount rate not seen before', fmt.ms(fresh.fresh.ms), fresh.fresh.ms, '≤ 0.5 ms', fresh.fresh.ms <= 0.5);
}

// 3. Scale: months and scenarios.
{
  const pool = randomScenarios(10_000, 3);
  const [one] = pool;
  const monthsList = [12, 60, 600];
  // The fast path is timed over 1,000 scenarios at a time (a single call is too short for the timer), then per scenario.
  const perBatch = 1_000;
  const fastTasks = Object.fromEntries(
    monthsList.map((m) => [
      `fast ${m}`,
      () => {
        for (let i = 0; i < perBatch; i++) forecastNpv(pool[i], [m]);
      },
    ]),
  );
  const exactTasks = Object.fromEntries(monthsList.map((m) => [`exact ${m}`, () => runModel(decimalCalculator, one, { months: m, keepRows: true })]));
  const byMonths = await measure({ ...fastTasks, ...exactTasks }, { time: 700, iterations: 30 });
  for (const path of ['fast', 'exact']) {
    const points = monthsList.map((m) => ({ size: m, ms: byMonths[`${path} ${m}`].ms / (path === 'fast' ? perBatch : 1) }));
    const k = exponentOf(points);
    const times = points.map((p) => (path === 'fast' ? fmt.us(p.ms) : fmt.ms(p.ms))).join(' / ');
    report(`scale, ${path} path: 12 / 60 / 600 months`, `${times}; exponent ${fmt.exp(k)}`, k, 'linear: exponent ≤ 1.1', k <= 1.1);
  }
  const counts = [1, 100, 10_000];
  const batchTasks = Object.fromEntries(
    counts.map((n) => [
      `batch ${n}`,
      () => {
        for (let i = 0; i < n; i++) forecastNpv(pool[i], FIVE_YEARS);
      },
    ]),
  );
  const byCount = await measure(batchTasks, { time: 700, iterations: 30 });
  const points = counts.map((n) => ({ size: n, ms: byCount[`batch ${n}`].ms }));
  const k = exponentOf(points);
  report(
    'scale, fast path: 1 / 100 / 10,000 scenarios (60 months)',
    `${points.map((p) => fmt.ms(p.ms)).join(' / ')}; exponent ${fmt.exp(k)}`,
    k,
    'linear: exponent 0.9–1.1',
    k >= 0.9 && k <= 1.1,
  );
}

// 4. Whole jobs.
{
  const compare = await measure({ compare: () => compareScenarios(article) }, { time: 1500, iterations: 20 });
  report('article comparison: 6 scenarios × 1, 3, 5 years, exact', fmt.ms(compare.compare.ms), compare.compare.ms, '≤ 20 ms', compare.compare.ms <= 20);

  const { observed, unknowns, seed } = articleObserved;
  let fit;
  const calibration = await measure(
    { calibrate: () => (fit = calibrate({ scenarios: article, observed, unknowns, seed })) },
    { time: 0, iterations: 3, warmupIterations: 1 },
  );
  report(
    `article calibration: 7 unknowns from 18 cells (${fit.evaluations.toLocaleString('en-US')} model runs, max error $${fit.maxAbsError.toFixed(2)})`,
    fmt.ms(calibration.calibrate.ms),
    calibration.calibrate.ms,
    '≤ 2 s',
    calibration.calibrate.ms <= 2000,
  );

  // The analyses, when this build exports them.
  const tornadoFields = [
    'subscribers',
    'newSubscribersPerMonth',
    'newSubscribersGrowthMonthly',
    'churnPerMonth',
    'churnPerEmail',
    'emailsPerMonth',
    'openRate',
    'clickRate',
    'conversionRate',
    'averageOrderValue',
  ];
  if (typeof lib.sensitivity === 'function') {
    const tornado = await measure({ tornado: () => lib.sensitivity(article.baseline, { years: 5, fields: tornadoFields }) }, { time: 1500, iterations: 10 });
    report('tornado: 10 inputs ± 10 %, 5 years, exact (21 runs)', fmt.ms(tornado.tornado.ms), tornado.tornado.ms, '≤ 50 ms', tornado.tornado.ms <= 50);
  } else {
    report('tornado: 10 inputs ± 10 %, 5 years', 'not available (sensitivity is not exported by this build)', null, '≤ 50 ms');
  }
  if (typeof lib.simulate === 'function') {
    // The goal is for one 5-year scenario: the uncertain baseline alone. The whole article file is shown beside it.
    const oneScenario = { ...articleUncertain, hypotheses: {}, horizonsYears: [5] };
    const monteCarlo = await measure(
      { one: () => lib.simulate(oneScenario, { draws: 10_000 }), article: () => lib.simulate(articleUncertain, { draws: 10_000 }) },
      { time: 0, iterations: 5, warmupIterations: 2 },
    );
    report(
      'Monte Carlo: 10,000 draws of one 5-year scenario (9 uncertain inputs)',
      fmt.ms(monteCarlo.one.ms),
      monteCarlo.one.ms,
      '≤ 0.2 s',
      monteCarlo.one.ms <= 200,
    );
    const scenarios = 1 + Object.keys(articleUncertain.hypotheses).length;
    report(`Monte Carlo: 10,000 draws × ${scenarios} scenarios, 1, 3, 5 years (the article)`, fmt.ms(monteCarlo.article.ms), monteCarlo.article.ms, '—', null);
  } else {
    report('Monte Carlo: 10,000 draws', 'not available (simulate is not exported by this build)', null, '≤ 0.2 s');
  }
}

// 5. Agreement: the fast path against the exact path, inputs with and without changes.
{
  const inputs = randomScenarios(2_000, 4, { withChanges: true });
  let worst = 0;
  for (const input of inputs) {
    const fast = forecastNpv(input, FIVE_YEARS)[0];
    const exact = runModel(decimalCalculator, input, { months: 60 }).npv.toNumber();
    worst = Math.max(worst, Math.abs(fast - exact) / Math.max(1, Math.abs(exact)));
  }
  report('agreement: fast vs exact NPV, worst relative difference, 2,000 scenarios', fmt.sci(worst), worst, '≤ 1e-9', worst <= 1e-9);
  // A disagreement is a wrong number, not a slow one: the run fails (after printing the table).
  if (!(worst <= 1e-9)) process.exitCode = 1;
}

// 6. Segments and tenure: the population engine (bench/segments.mjs).
await benchSegments({ lib, measure, report, fmt, median, exponentOf, quick });

// 6b. Batch at scale: email-npv batch, worker threads, memory, Monte Carlo split (bench/batch.mjs).
await benchBatch({ lib, report, fmt, median, quick });

// 6c. The page's weight (bench/appSize.mjs): the JavaScript it loads before its first results, against the budget.
{
  const rows = await measureApp();
  const gzip = (list) => list.reduce((sum, r) => sum + r.gzip, 0);
  const first = gzip(rows.filter((r) => r.initial));
  report(
    'the page: JavaScript before its first results (site build, gzip)',
    `${(first / 1024).toFixed(1)} KB (all of it, on demand too: ${(gzip(rows) / 1024).toFixed(1)} KB)`,
    first,
    `≤ ${BUDGET_GZIP_BYTES / 1024} KB`,
    first <= BUDGET_GZIP_BYTES,
  );
}

// 7. The month loop's size: V8 inlines a function of at most 460 bytes of bytecode, and the float path's
// speed depends on the loop being inlined with the float calculator as a constant (see src/model/runModel.ts).
{
  const entry = fileURLToPath(import.meta.resolve('email-npv'));
  const script = `import(${JSON.stringify(entry)}).then((m) => m.forecastNpv(m.parseScenarioInput(${JSON.stringify(worked)}), [60]))`;
  const printed = execFileSync(process.execPath, ['--print-bytecode', '--print-bytecode-filter=runMonths', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const bytes = Number(/Bytecode length: (\d+)/.exec(printed)?.[1] ?? Number.NaN);
  report(
    'month loop (runMonths) bytecode, V8 inlines at most 460 bytes',
    Number.isNaN(bytes) ? 'not found' : `${bytes} bytes`,
    bytes,
    '≤ 460 bytes',
    bytes <= 460,
  );
}

// ---------------------------------------------------------------------------------------------
const header = ['what', 'measured', 'goal', 'met?'];
const table = rows.map((r) => [r.what, r.measured, r.goal, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
console.log(renderTable(process.argv.includes('--md') ? 'md' : 'table', header, table));

const machine = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${platform()} ${arch()}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg(),
  date: new Date().toISOString(),
};
const goals = `${rows.filter((r) => r.met === true).length} of ${rows.filter((r) => r.met !== null).length} goals met`;
if (quick) {
  console.log(`\n${goals} in one quick round (rough timings; bench/results.json left as it is).`);
} else {
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  console.log(`\n${goals}; bench/results.json written (node ${machine.node}, ${machine.cpus} cpus).`);
}
