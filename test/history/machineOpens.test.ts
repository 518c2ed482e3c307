import { describe, expect, it } from 'vitest';
import { machineOpens } from '../../src/history/machineOpens';

const campaign = (row: number, date: string, opens: number, clicks: number) => ({ row, date, delivered: 10000, opens, clicks });

describe('machineOpens', () => {
  it('calls opens above 60 % of delivered emails inflated', () => {
    expect(machineOpens([campaign(2, '2024-01-01', 6001, 100)]).inflated).toBe(true);
    expect(machineOpens([campaign(2, '2024-01-01', 6000, 100)]).inflated).toBe(false);
  });

  it('calls a rise of opens of 25 % or more after 2021-09-20 without 10 % more clicks inflated', () => {
    const before = [2, 3, 4].map((row) => campaign(row, '2021-06-01', 2000, 200));
    const risen = [5, 6, 7].map((row) => campaign(row, '2021-10-01', 2500, 210)); // opens × 1.25, clicks × 1.05
    const check = machineOpens([...before, ...risen]);
    expect(check.inflated).toBe(true);
    expect(check.warnings[0]).toMatch(/^openRate: opens per delivered email rose 1\.25 times from 2021-09-20/);
    // Clicks rose too (× 1.2): people read more, not machines.
    expect(machineOpens([...before, ...[5, 6, 7].map((row) => campaign(row, '2021-10-01', 2500, 240))]).inflated).toBe(false);
    // Two campaigns before the date are too few to compare.
    expect(machineOpens([...before.slice(1), ...risen]).inflated).toBe(false);
  });

  it('leaves rows that separate machine opens out, and warns when opens + machine opens exceed delivered', () => {
    const check = machineOpens([{ row: 9, delivered: 1000, opens: 700, machineOpens: 400 }]);
    expect(check).toEqual({ inflated: false, warnings: [expect.stringMatching(/^openRate: in 1 campaign \(row 9\) opens \+ machine opens exceed delivered/)] });
  });
});
