// Batch at scale (email-npv batch, forecastMany, simulateParallel), measured side by side in one run:
// - single-thread throughput of a batch (a file in, a file out, on the main thread) against the limit for the
//   same work: read the file, JSON.parse each line, a hand-written Float64 loop of the model, JSON.stringify a line, write;
// - 1 → 2 worker threads on the same file;
// - memory (peak RSS of the process, worker threads included) at 100,000 and 1,000,000 lines (full mode only);
// - Monte Carlo: 10,000 draws of the article file on one thread (simulate) and split over 2 (simulateParallel, a warm pool).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { batchPool, runBatch, simulateParallel } from 'email-npv/batch';
import { randomScenarioData } from './randomScenarioData.mjs';

/**
 * The machine's own scaling, the yardstick of the two below: a pure arithmetic loop on one worker thread twice,
 * then on two at once. Near 2× when two cores are free; on a shared machine, whatever the others leave.
 */
async function controlScaling(work) {
  const code = `require('node:worker_threads').parentPort.on('message', (n) => { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(i); require('node:worker_threads').parentPort.postMessage(x); });`;
  const threads = [0, 1].map(() => new Worker(code, { eval: true }));
  const run = (thread, n) => new Promise((resolve) => (thread.once('message', resolve), thread.postMessage(n)));
  try {
    await Promise.all(threads.map((t) => run(t, 1e6)));
    const one = await timed(async () => (await run(threads[0], work), await run(threads[0], work)));
    const two = await timed(() => Promise.all(threads.map((t) => run(t, work))));
    return one / two;
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

/** A random valid scenario input with its id, every field written (no defaults left to the schema), no changes. */
const randomInput = (random, i) => ({ id: `list-${i}`, ...randomScenarioData(random, { everyField: true }) });

/** The model's recurrence on plain doubles (as bench/run.mjs's limitNpv), with the NPV read at each horizon in months. */
function limitNpvs(x, horizons) {
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
  let subscribers = x.subscribers;
  let acquisition = x.newSubscribersPerMonth;
  let priceIndex = 1;
  let discountFactor = 1;
  let npv = -x.investment;
  const out = {};
  const last = horizons[horizons.length - 1];
  for (let month = 1, h = 0; month <= last; month++) {
    const emails = subscribers * x.emailsPerMonth;
    const revenue = emails * ordersPerEmail * (x.pricesFollowInflation ? revenuePerOrder * priceIndex : revenuePerOrder);
    const net = revenue * x.grossMargin - (fixedCosts + emails * costPerEmail) * priceIndex;
    discountFactor *= discountFactorMonthly;
    npv += net * discountFactor;
    if (month === horizons[h]) {
      out[String(month / 12)] = npv;
      h++;
    }
    subscribers = subscribers * keep + acquisition;
    acquisition *= growth;
    priceIndex *= inflationFactorMonthly;
  }
  return out;
}

/** Writes `count` random lines to `path`, streamed (a million lines are never held). */
async function writeLines(path, count, seededRandom) {
  const random = seededRandom(21);
  const stream = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!stream.write(`${JSON.stringify(randomInput(random, i))}\n`)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  await new Promise((resolve) => stream.end(resolve));
}

/** The limit: the same file to the same kind of output, the model hand-written, nothing checked. */
function limitRun(input, output) {
  const text = readFileSync(input, 'utf8');
  const out = [];
  let line = 0;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const x = JSON.parse(text.slice(start, end));
    out.push(JSON.stringify({ line: ++line, id: x.id, npv: limitNpvs(x, [12, 36, 60]) }));
    start = end + 1;
  }
  writeFileSync(output, `${out.join('\n')}\n`);
}

/** Wall-clock time of an async function, in ms. */
async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchBatch({ lib, report, fmt, median, quick }) {
  const folder = mkdtempSync(join(tmpdir(), 'email-npv-bench-batch-'));
  try {
    // 400,000 lines: each thread of a run compiles the code afresh (the JIT warms up over its first ~50,000 lines), so a
    // short file measures the warm-up, not the pace of a nightly run.
    const count = quick ? 1_000 : 400_000;
    const input = join(folder, 'lists.ndjson');
    await writeLines(input, count, lib.seededRandom);
    const run = (out, workers) => runBatch({ input, inputFormat: 'ndjson', out, format: 'ndjson', settings: {}, workers, resume: false });

    // The yardstick computes what the batch computes, or the ratio means nothing.
    await run(join(folder, 'main.ndjson'), 0);
    limitRun(input, join(folder, 'limit.ndjson'));
    const ours = readFileSync(join(folder, 'main.ndjson'), 'utf8').trimEnd().split('\n');
    const theirs = readFileSync(join(folder, 'limit.ndjson'), 'utf8').trimEnd().split('\n');
    let worst = 0;
    ours.forEach((l, i) => {
      const [a, b] = [JSON.parse(l).npv, JSON.parse(theirs[i]).npv];
      for (const h of ['1', '3', '5']) worst = Math.max(worst, Math.abs(a[h] - b[h]) / Math.max(1, Math.abs(b[h])));
    });
    if (!(worst < 1e-9)) throw new Error(`the hand-written batch disagrees with email-npv batch (worst relative difference ${worst})`);

    // Where a line's time goes on one thread, in-process (20,000 lines; 1,000 in quick mode): the parts of the batch's work.
    {
      const sample = readFileSync(input, 'utf8')
        .split('\n')
        .slice(0, quick ? 1_000 : 20_000);
      const parts = { json: 0, schema: 0, model: 0, write: 0 };
      const objects = [];
      let start = performance.now();
      for (const l of sample.filter(Boolean)) objects.push(lib.parseJson(l).value);
      parts.json = performance.now() - start;
      start = performance.now();
      const inputs = objects.map(({ id: _id, ...x }) => lib.parseScenarioInput(x));
      parts.schema = performance.now() - start;
      start = performance.now();
      const npvs = inputs.map((x) => lib.forecastNpv(x, [12, 36, 60]));
      parts.model = performance.now() - start;
      start = performance.now();
      npvs.map((n, i) => JSON.stringify({ line: i + 1, id: objects[i].id, npv: { 1: n[0], 3: n[1], 5: n[2] } })).join('\n');
      parts.write = performance.now() - start;
      const us = (ms) => ((ms / objects.length) * 1000).toFixed(1);
      report(
        'batch: one line on one thread, µs: JSON read (duplicate keys checked) · schema (zod) · model (fast path) · JSON written',
        `${us(parts.json)} · ${us(parts.schema)} · ${us(parts.model)} · ${us(parts.write)}`,
        parts.json + parts.schema + parts.model + parts.write,
        '—',
      );
    }

    const control = await controlScaling(quick ? 2e7 : 2e8);
    report('batch: the machine, 1 → 2 threads of a pure arithmetic loop (the yardstick of the scaling below)', fmt.ratio(control), control, '—');

    const rounds = quick ? 1 : 2;
    const times = { limit: [], main: [], one: [], two: [] };
    for (let round = 0; round < rounds; round++) {
      times.limit.push(await timed(() => limitRun(input, join(folder, `limit-${round}.ndjson`))));
      times.main.push(await timed(() => run(join(folder, `main-${round}.ndjson`), 0)));
      times.one.push(await timed(() => run(join(folder, `one-${round}.ndjson`), 1)));
      times.two.push(await timed(() => run(join(folder, `two-${round}.ndjson`), 2)));
    }
    const same = readFileSync(join(folder, 'one-0.ndjson'), 'utf8') === readFileSync(join(folder, 'two-0.ndjson'), 'utf8');
    if (!same) throw new Error('email-npv batch gives other bytes on 2 workers than on 1');
    const perSecond = (ms) => `${Math.round((count / ms) * 1000).toLocaleString('en-US')} lines/s`;
    const [limitMs, mainMs, oneMs, twoMs] = ['limit', 'main', 'one', 'two'].map((k) => median(times[k]));
    const lines = count.toLocaleString('en-US');
    report(`batch: the limit, ${lines} lines (JSON.parse, hand-written loop, JSON.stringify, file to file)`, perSecond(limitMs), limitMs, '—');
    report(`batch: email-npv batch on the main thread (--workers 0), same file`, perSecond(mainMs), mainMs, '—');
    report('batch: single-thread throughput ÷ the limit', `${Math.round((limitMs / mainMs) * 100)} %`, limitMs / mainMs, '≥ 50 %', limitMs / mainMs >= 0.5);
    report(
      `batch: 1 → 2 worker threads (${perSecond(oneMs)} → ${perSecond(twoMs)}, same bytes)`,
      fmt.ratio(oneMs / twoMs),
      oneMs / twoMs,
      '≥ 1.7×',
      oneMs / twoMs >= 1.7,
    );

    if (!quick) {
      // Peak RSS of a whole CLI run (threads included), 100 k and 1 M lines: flat when the batch streams.
      const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
      const peaks = [];
      for (const size of [100_000, 1_000_000]) {
        const file = join(folder, `rss-${size}.ndjson`);
        await writeLines(file, size, lib.seededRandom);
        const wrapper = join(folder, 'peak.mjs');
        writeFileSync(
          wrapper,
          `process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));\nawait import(${JSON.stringify(cli)});\n`,
        );
        const out = join(folder, `rss-${size}.out`);
        const printed = spawnSync(process.execPath, [wrapper, 'batch', file, '--out', out, '--workers', '2', '--quiet'], { encoding: 'utf8' }).stderr;
        rmSync(out);
        peaks.push(Number(/maxRSS (\d+)/.exec(printed)?.[1]) / 1024);
        rmSync(file);
      }
      const [small, large] = peaks;
      report(
        'batch: peak RSS, 100,000 → 1,000,000 lines (2 workers)',
        `${small.toFixed(0)} MB → ${large.toFixed(0)} MB`,
        large / small,
        'flat: ≤ 1.2×',
        large / small <= 1.2,
      );
    }

    // Monte Carlo split over threads: the article file, 10,000 draws (1,000 in quick mode), the pool started once.
    const article = JSON.parse(readFileSync(new URL('../examples/moller-uncertain.json', import.meta.url), 'utf8'));
    const draws = quick ? 500 : 10_000;
    const pool = batchPool(2);
    try {
      let one;
      let two;
      for (let warm = 0; warm < 3; warm++) await simulateParallel(article, { draws: quick ? 100 : 2_000, pool }); // the threads' JIT warmed up, as in a server
      const mcRounds = { one: [], two: [] };
      for (let round = 0; round < (quick ? 1 : 3); round++) {
        mcRounds.one.push(await timed(() => (one = lib.simulate(article, { draws }))));
        mcRounds.two.push(await timed(async () => (two = await simulateParallel(article, { draws, pool }))));
      }
      const identical = JSON.stringify(one) === JSON.stringify(two);
      if (!identical) throw new Error('simulateParallel gives other numbers than simulate');
      const [oneMs, twoMs] = [median(mcRounds.one), median(mcRounds.two)];
      report(
        `Monte Carlo split: ${draws.toLocaleString('en-US')} draws of the article, 1 thread → 2 (${fmt.ms(oneMs)} → ${fmt.ms(twoMs)}, identical numbers)`,
        fmt.ratio(oneMs / twoMs),
        oneMs / twoMs,
        '≥ 1.7×',
        oneMs / twoMs >= 1.7,
      );
    } finally {
      await pool.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
