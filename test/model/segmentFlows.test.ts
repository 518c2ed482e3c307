import { describe, expect, test } from 'vitest';
import { SegmentFlows } from '../../src/model/segmentFlows';
import { cellOpsOf } from '../../src/calculator/cellOps';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import type { CompiledSegment } from '../../src/model/compilePopulation';

const d = decimalCalculator.from;
const segment = (e: number, ope: string, rpo: number, gm: string, cpe: string) =>
  ({ emailsPerMonth: d(e), ordersPerEmail: d(ope), revenuePerOrder: d(rpo), grossMargin: d(gm), costPerEmail: d(cpe) }) as unknown as CompiledSegment<
    ReturnType<typeof d>
  >;

describe('SegmentFlows', () => {
  test("a month's flows per segment and in total (by hand)", () => {
    const ops = cellOpsOf(decimalCalculator);
    const flows = new SegmentFlows(ops, 2, decimalCalculator.zero);
    flows.usePeriod([segment(4, '0.01', 50, '0.5', '0.002'), segment(1, '0.002', 50, '0.5', '0.002')]);
    const people = ops.create(2);
    [people[0], people[1]] = [d(1000), d(3000)];
    flows.run(people, undefined);
    // emails 4,000 and 3,000; orders 40 and 6; revenue 2,000 and 300; gross profit 1,000 and 150; sending 8 and 6
    expect([flows.emails[0], flows.emails[1], flows.totalEmails].map(String)).toEqual(['4000', '3000', '7000']);
    expect([flows.totalOrders, flows.totalRevenue, flows.totalGrossProfit, flows.totalSending].map(String)).toEqual(['46', '2300', '1150', '14']);
    // prices following inflation: revenue per order × the price index
    flows.run(people, d('1.1'));
    expect([flows.revenue[0], flows.totalRevenue].map(String)).toEqual(['2200', '2530']);
  });
});
