import { describe, expect, it } from 'vitest';
import { retentionCounts } from '../../src/history/retentionCounts';
import { inputErrorOf } from '../model/support';

describe('retentionCounts', () => {
  it('reads one cohort: those lost each period churned, the last period’s alive censored', () => {
    expect(retentionCounts({ layout: 'alive', alive: [1000, 631, 468] }, 'r.csv')).toEqual({
      churned: [369, 163],
      censored: [0, 468],
      people: 1000,
      wholeCounts: true,
    });
  });

  it('adds cohorts observed to different last periods, each censored at its own', () => {
    const counts = retentionCounts(
      {
        layout: 'cohorts',
        cohorts: [
          { cohort: '2025-01', alive: [100, 80, 70] },
          { cohort: '2025-02', alive: [50, 45] },
        ],
      },
      'r.csv',
    );
    expect(counts).toEqual({ churned: [25, 10], censored: [45, 70], people: 150, wholeCounts: true });
  });

  it('reads tenure counts: churned at tenure t left in period t, active at t are censored at t; tenure 0 actives count for nothing', () => {
    const counts = retentionCounts(
      {
        layout: 'tenure',
        tenures: [
          { tenure: 0, churned: 0, active: 7 },
          { tenure: 3, churned: 2, active: 5 },
          { tenure: 1, churned: 10, active: 4 },
        ],
      },
      'a.csv',
    );
    expect(counts).toEqual({ churned: [10, 0, 2], censored: [4, 0, 5], people: 21, wholeCounts: true });
    expect(retentionCounts({ layout: 'alive', alive: [100, 63.1] }, 'r.csv').wholeCounts).toBe(false);
  });

  it('names the file and the place of every impossible count', () => {
    const rising = inputErrorOf(() => retentionCounts({ layout: 'alive', alive: [100, 60, 70] }, 'r.csv'));
    expect(rising.message).toBe("in r.csv:\nperiod 2: alive 70 is more than period 1's 60: people cannot come back");
    const cohorts = inputErrorOf(() => retentionCounts({ layout: 'cohorts', cohorts: [{ cohort: 'A', alive: [10, -1] }] }, 'r.csv'));
    expect(cohorts.problems).toEqual([{ path: 'cohort A, period 1', rule: 'alive must be a count of people, 0 or more (got -1)' }]);
    const tenure = inputErrorOf(() => retentionCounts({ layout: 'tenure', tenures: [{ tenure: 0, churned: 3, active: 1 }] }, 'a.csv'));
    expect(tenure.problems[0]!.rule).toBe('3 churned at tenure 0: a subscriber leaves at the end of a period, so tenure 1 or more');
    expect(inputErrorOf(() => retentionCounts({ layout: 'alive', alive: [100, 100] }, 'r.csv')).problems[0]!.rule).toBe(
      'no one left in any period: the churn by tenure cannot be estimated from it',
    );
    expect(inputErrorOf(() => retentionCounts({ layout: 'alive', alive: [100] }, 'r.csv')).problems[0]!.path).toBe('retention');
  });
});
