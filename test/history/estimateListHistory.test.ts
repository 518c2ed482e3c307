import { describe, expect, it } from 'vitest';
import { estimateListHistory } from '../../src/history/estimateListHistory';
import type { ListRow } from '../../src/history/historyTypes';
import { seededRandom } from '../../src/numeric/seededRandom';

const DAY = 86_400_000;
/** Rows every `days` days from 2024-11-01 (dates chosen so the months are date differences / 30.436875 days). */
function rowsOf(values: readonly { subscribers: number; newSubscribers?: number; unsubscribed?: number }[], days = 30): ListRow[] {
  const start = Date.UTC(2024, 10, 1);
  return values.map((v, i) => ({ row: i + 2, date: new Date(start + i * days * DAY).toISOString().slice(0, 10), ...v }));
}
const MONTH = 365.2425 / 12;

/** Ordinary least squares by the normal equations, written out here. */
function ols(x: readonly number[], y: readonly number[]) {
  const n = x.length;
  const [sx, sy, sxx, sxy] = [x, y, x.map((v) => v * v), x.map((v, i) => v * y[i]!)].map((l) => l.reduce((s, v) => s + v, 0)) as [
    number,
    number,
    number,
    number,
  ];
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const rss = x.reduce((s, v, i) => s + (y[i]! - intercept - slope * v) ** 2, 0);
  return { slope, intercept, se: Math.sqrt(rss / (n - 2) / (sxx - (sx * sx) / n)) };
}

describe('estimateListHistory', () => {
  it('fits the growth of new subscribers log-linearly, with the t interval of the slope', () => {
    const news = [600, 640, 610, 700, 690, 760, 745, 800];
    const rows = rowsOf(news.map((n, i) => ({ subscribers: 10_000 + 100 * i, newSubscribers: n, unsubscribed: 400 + 10 * i })));
    const months = 30 / MONTH;
    const fit = ols(
      news.map((_, i) => (i - 0.5) * months), // the stretches' middles (the first row's stretch ends at 0)
      news.map((n) => Math.log(n / months)),
    );
    const result = estimateListHistory(rows, { file: 'l.csv' });
    const growth = result.estimates.find((e) => e.path === 'newSubscribersGrowthMonthly')!;
    expect(growth.value).toBeCloseTo(Math.expm1(fit.slope), 12);
    // t with 6 degrees of freedom at 95 %: 1.943 (printed table)
    expect(growth.interval[1] - growth.value).toBeCloseTo(Math.exp(fit.slope) * fit.se * 1.943, 4);
    const level = result.estimates.find((e) => e.path === 'newSubscribersPerMonth')!;
    expect(level.value).toBeCloseTo(Math.exp(fit.intercept + fit.slope * (7 * months + 0.5)), 8);
    expect(level.note).toMatch(/^8 months 2024-11-01 … 2025-05-30: 5,545 new subscribers; log-linear fit/);
  });

  it('measures churn as lost per subscriber-month and says it includes the churn sends cause, or subtracts it', () => {
    const rows = rowsOf([
      { subscribers: 10_000, newSubscribers: 500, unsubscribed: 300 },
      { subscribers: 10_200, newSubscribers: 520, unsubscribed: 320 },
      { subscribers: 10_350, newSubscribers: 470, unsubscribed: 320 },
    ]);
    const m = 30 / MONTH;
    const exposure = 10_000 * m + 10_100 * m + 10_275 * m;
    const churn = estimateListHistory(rows, { file: 'l.csv' }).estimates.find((e) => e.path === 'churnPerMonth')!;
    expect(churn.value).toBeCloseTo(940 / exposure, 12);
    expect(churn.note).toMatch(/includes the churn emails cause \(unsubscribes after sends\): subtract churnPerEmail × emailsPerMonth/);
    expect(churn.distribution.dist).toBe('beta');
    const { alpha, beta } = churn.distribution as { alpha: number; beta: number };
    expect(alpha / (alpha + beta)).toBeCloseTo(churn.value, 12);
    const net = estimateListHistory(rows, { file: 'l.csv', sendsChurnPerMonth: 0.01 }).estimates.find((e) => e.path === 'churnPerMonth')!;
    expect(net.value).toBeCloseTo(940 / exposure - 0.01, 12);
    expect(net.note).toMatch(/less 1\.00 % a month caused by sends/);
  });

  it('says what the export cannot tell: only sizes, fewer than 3 rows, sends explaining all the churn', () => {
    const sizes = estimateListHistory(rowsOf([{ subscribers: 1000 }, { subscribers: 1100 }, { subscribers: 1210 }]), { file: 'l.csv' });
    expect(sizes.estimates).toEqual([]);
    expect(sizes.warnings[0]).toMatch(/^list: l\.csv gives only the list's size \(net .* a month\): it cannot be split into new subscribers and churn/);
    const two = estimateListHistory(
      rowsOf([
        { subscribers: 1000, newSubscribers: 50, unsubscribed: 10 },
        { subscribers: 1040, newSubscribers: 60, unsubscribed: 20 },
      ]),
      { file: 'l.csv' },
    );
    expect(two.warnings).toContain('list: l.csv has 2 rows: at least 3 are needed to fit the growth of new subscribers');
    expect(two.estimates.map((e) => e.path)).toEqual(['newSubscribersPerMonth', 'churnPerMonth']);
    const sends = estimateListHistory(
      rowsOf([
        { subscribers: 1000, newSubscribers: 50, unsubscribed: 10 },
        { subscribers: 1040, newSubscribers: 60, unsubscribed: 20 },
      ]),
      { file: 'l.csv', sendsChurnPerMonth: 0.5 },
    );
    expect(sends.warnings.some((w) => w.startsWith("churnPerMonth: sends explain all the list's churn"))).toBe(true);
  });

  it('covers the true growth with its 90 % interval in about 90 % of simulated histories', () => {
    const random = seededRandom(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const truth = 0.02;
    let covered = 0;
    const runs = 400;
    for (let run = 0; run < runs; run++) {
      const rows = rowsOf(
        Array.from({ length: 12 }, (_, i) => ({ subscribers: 10_000, newSubscribers: 500 * Math.exp(Math.log1p(truth) * i * (30 / MONTH) + 0.1 * normal()) })),
      );
      const growth = estimateListHistory(rows, { file: 'l.csv' }).estimates.find((e) => e.path === 'newSubscribersGrowthMonthly')!;
      if (growth.interval[0] <= truth && truth <= growth.interval[1]) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.855); // 3 binomial sd (1.5 points) around 90 %
    expect(covered / runs).toBeLessThan(0.945);
  });
});
