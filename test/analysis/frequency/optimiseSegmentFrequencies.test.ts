import { describe, expect, it } from 'vitest';
import { optimiseSegmentFrequencies } from '../../../src/analysis/frequency/optimiseSegmentFrequencies';
import { optimiseFrequency } from '../../../src/analysis/frequency/optimiseFrequency';
import type { FatigueSpec } from '../../../src/analysis/frequency/fatigueSpec';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { expectClose, inputErrorOf } from '../../model/support';

const power = (openRateElasticity: number, churnPerEmailElasticity: number): FatigueSpec => ({
  model: 'power',
  openRateElasticity,
  clickRateElasticity: 0,
  churnPerEmailElasticity,
});

/**
 * Two segments that do not interact: no moves, no acquisition, constant churn, costs per email; the budget
 * is the scenario's, the same at every frequency. So NPV(x) = NPV_engaged(x_engaged) + NPV_dormant(x_dormant) − budget.
 */
const separable = {
  subscribers: 10000,
  emailsPerMonth: 4,
  openRate: 0.3,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 50,
  grossMargin: 0.6,
  costPerThousandEmails: 6,
  churnPerMonth: 0.01,
  churnPerEmail: 0.002,
  budgetPerMonth: 500,
  discountRateAnnual: 0.1,
  segments: {
    engaged: { share: 0.3, openRate: 0.5, emailsPerMonth: 6, churnPerEmail: 0.003 },
    dormant: { share: 0.7, openRate: 0.12, emailsPerMonth: 3, churnPerEmail: 0.008 },
  },
};
const curves = { engaged: power(-0.5, 1.5), dormant: power(-0.3, 1) };
const years = [1, 3, 5];
const [min, max] = [1, 12];

/**
 * The NPV of one segment alone at e emails a month over `months`, written out: S_1 = share × P,
 * each month S_m × e emails at its start, revenue = emails × OR(e) × CTOR × CR × AOV × margin, cost = emails × cpm / 1000,
 * flows at the month's end (discount (1 + d)^(−m/12)), S_{m+1} = S_m × (1 − c − DR(e) × e) (additive churn),
 * with OR(e) = min(1, OR₀ × (e / e₀)^a) (fatigue clamps a rate to its range) and DR(e) = DR₀ × (e / e₀)^b.
 */
function segmentNpv(name: 'engaged' | 'dormant', e: number, months: number): number {
  const own = separable.segments[name];
  const { openRateElasticity: a, churnPerEmailElasticity: b } = curves[name] as { openRateElasticity: number; churnPerEmailElasticity: number };
  const openRate = Math.min(1, own.openRate * (e / own.emailsPerMonth) ** a);
  const churnPerEmail = own.churnPerEmail * (e / own.emailsPerMonth) ** b;
  const perEmail =
    openRate * separable.clickRate * separable.conversionRate * separable.averageOrderValue * separable.grossMargin - separable.costPerThousandEmails / 1000;
  let subscribers = separable.subscribers * own.share;
  let npv = 0;
  for (let m = 1; m <= months; m++) {
    npv += subscribers * e * perEmail * (1 + separable.discountRateAnnual) ** (-m / 12);
    subscribers *= 1 - separable.churnPerMonth - churnPerEmail * e;
  }
  return npv;
}

/** The budget's present value over `months` (paid at each month's end). */
const budgetPv = (months: number) =>
  Array.from({ length: months }, (_, i) => separable.budgetPerMonth * (1 + separable.discountRateAnnual) ** (-(i + 1) / 12)).reduce((a, b) => a + b);

/** Brute force over the grid, segment by segment (they are separable): the best e and its NPV. */
function bestOf(name: 'engaged' | 'dormant', months: number): { e: number; npv: number } {
  let best = { e: min, npv: segmentNpv(name, min, months) };
  for (let e = min + 1; e <= max; e++) if (segmentNpv(name, e, months) > best.npv) best = { e, npv: segmentNpv(name, e, months) };
  return best;
}

describe('optimiseSegmentFrequencies', () => {
  const result = optimiseSegmentFrequencies(parseScenarioInput(separable), { years, monthsList: [12, 36, 60], fatigue: { segments: curves }, min, max });

  it('finds each segment’s best frequency of a brute force over its grid when the segments are separable', () => {
    result.horizons.forEach((h, i) => {
      const months = h.months;
      const engaged = bestOf('engaged', months);
      const dormant = bestOf('dormant', months);
      expect(h.years).toBe(years[i]);
      expect(h.bestEmailsPerMonth).toEqual({ engaged: engaged.e, dormant: dormant.e });
      expectClose(h.npv.toNumber(), engaged.npv + dormant.npv - budgetPv(months), 1e-9);
      expect(h.rounds).toBeLessThanOrEqual(3);
    });
    // the case is not trivial: the two segments' best frequencies differ and lie inside the grid
    const five = result.horizons[2]!.bestEmailsPerMonth;
    expect(five.engaged).not.toBe(five.dormant);
    expect([five.engaged!, five.dormant!].every((e) => e > min && e < max)).toBe(true);
  });

  it('gives each segment’s curve with the other segment at that horizon’s best', () => {
    result.segments.forEach((segment) => {
      const name = segment.name as 'engaged' | 'dormant';
      const other = name === 'engaged' ? 'dormant' : 'engaged';
      expect(segment.ownEmailsPerMonth).toBe(separable.segments[name].emailsPerMonth);
      expect(segment.frequencies.map((f) => f.emailsPerMonth)).toEqual(Array.from({ length: max }, (_, i) => i + 1));
      for (const f of segment.frequencies) {
        result.horizons.forEach((h, i) => {
          const expected = segmentNpv(name, f.emailsPerMonth, h.months) + bestOf(other, h.months).npv - budgetPv(h.months);
          expectClose(f.npvs[i]!, expected, 1e-9);
        });
        const own = separable.segments[name];
        expectClose(
          f.openRate!,
          Math.min(1, own.openRate * (f.emailsPerMonth / own.emailsPerMonth) ** (curves[name] as { openRateElasticity: number }).openRateElasticity),
          1e-12,
        );
      }
    });
  });

  it('reports a frequency at which a segment loses more than its whole list as infeasible', () => {
    // dormant: 0.01 + 0.008 × (e / 3) × e exceeds 1 from e = 20
    const wide = optimiseSegmentFrequencies(parseScenarioInput(separable), { years: [1], monthsList: [12], fatigue: { segments: curves }, min: 10, max: 25 });
    const dormant = wide.segments[1]!.frequencies;
    for (const f of dormant) {
      const loss = 0.01 + 0.008 * (f.emailsPerMonth / 3) * f.emailsPerMonth;
      expect(f.infeasible === null, `${f.emailsPerMonth}`).toBe(loss <= 1);
      if (f.infeasible !== null) expect(f.npvs).toEqual([]);
    }
  });

  it('refuses a fatigue naming no segment, and changes of a frequency', () => {
    const input = parseScenarioInput(separable);
    const search = { years: [1], monthsList: [12], min, max };
    expect(inputErrorOf(() => optimiseSegmentFrequencies(input, { ...search, fatigue: { segments: { engagd: curves.engaged } } })).message).toBe(
      'fatigue.segments.engagd: names no segment of the scenario (engaged, dormant)',
    );
    const sunset = parseScenarioInput({ ...separable, changes: [{ fromMonth: 7, set: { segments: { dormant: { emailsPerMonth: 0 } } } }] });
    expect(inputErrorOf(() => optimiseSegmentFrequencies(sunset, { ...search, fatigue: curves.engaged })).problems[0]!.path).toBe(
      'changes[0].set.segments.dormant.emailsPerMonth',
    );
    const later = parseScenarioInput({
      ...separable,
      segments: { ...separable.segments, dormant: { share: 0.7 } },
      changes: [{ fromMonth: 7, set: { openRate: 0.2 } }],
    });
    expect(inputErrorOf(() => optimiseSegmentFrequencies(later, { ...search, fatigue: curves.engaged })).problems[0]!.path).toBe('changes[0].set.openRate');
  });
});

describe('optimiseFrequency on a segmented input', () => {
  it('searches per segment, one curve applying to each segment relative to its own frequency', () => {
    const result = optimiseFrequency(separable, { years: 5, fatigue: curves.dormant });
    expect('segments' in result).toBe(true);
    if (!('segments' in result)) return;
    const engaged = result.segments[0]!;
    const at2 = engaged.frequencies.find((f) => f.emailsPerMonth === 2)!;
    expectClose(at2.openRate!, 0.5 * (2 / 6) ** -0.3, 1e-12);
    expectClose(at2.churnPerEmail, 0.003 * (2 / 6) ** 1, 1e-12);
  });

  it('warns of the segments a fatigue by segment leaves out', () => {
    const result = optimiseFrequency(separable, { years: 1, fatigue: { segments: { dormant: curves.dormant } } });
    expect(result.warnings).toContain(
      'fatigue: none given for engaged, so their rates stay the same at every frequency and the optimiser will tend to pick the highest frequency tried for them',
    );
  });

  it('refuses a fatigue by segment on a one-list input', () => {
    const oneList = Object.fromEntries(Object.entries(separable).filter(([key]) => key !== 'segments')) as Omit<typeof separable, 'segments'>;
    expect(inputErrorOf(() => optimiseFrequency(oneList, { fatigue: { segments: curves } })).message).toBe(
      'fatigue.segments: the scenario has no segments: give one fatigue curve',
    );
  });
});
