import { describe, expect, it } from 'vitest';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { parseScenarioFile, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { scenarioFileWarnings } from '../../src/scenarios/scenarioFileWarnings';
import { baseline } from './support';

const warningsOf = (data: ScenarioFileData, only?: string) => {
  const file = parseScenarioFile(data);
  return scenarioFileWarnings(file, resolveHypotheses(file), only);
};

const ignored = 'is ignored because clickRateBasis is "delivered" (clickRate is then per delivered email): remove it, or set clickRateBasis "opens"';

describe('scenarioFileWarnings', () => {
  it('gives none for a plausible file', () => {
    expect(warningsOf({ baseline, hypotheses: { H1: { openRate: 0.45 }, Both: { combine: ['H1'], set: { emailsPerMonth: 3 } } } })).toEqual([]);
  });

  it('warns once, for the baseline, about a value ten hypotheses inherit', () => {
    const hypotheses = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`H${i + 1}`, { emailsPerMonth: 2 + i }]));
    expect(warningsOf({ baseline: { ...baseline, discountRateAnnual: 10 }, hypotheses })).toEqual([
      'baseline.discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?',
    ]);
  });

  it('warns where each value is written: in a hypothesis, its changes, and the set of a combination', () => {
    const warnings = warningsOf({
      baseline,
      hypotheses: {
        H1: { inflationAnnual: 3 },
        H2: { changes: [{ fromMonth: 13, set: { openRate: 0.75 } }] },
        Both: { combine: ['H1', 'H2'], set: { conversionRate: 1 } },
      },
    });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe('hypotheses.H1.inflationAnnual: 3 is 300 % a year; rates are fractions: did you mean 0.03 (3 %)?');
    expect(warnings[1]).toMatch(/^hypotheses\.H2\.changes\[0\]\.set\.openRate: 0\.75 \(75 %\) is above 60 %/);
    expect(warnings[2]).toBe('hypotheses.Both.set.conversionRate: 1 is 100 %; rates are fractions: did you mean 0.01 (1 %)?');
  });

  it('says where a hypothesis makes an inherited open rate ignored, once', () => {
    const data = { baseline, hypotheses: { CTR: { clickRateBasis: 'delivered', clickRate: 0.02 }, Later: { combine: ['CTR'] } } } as const;
    expect(warningsOf(data)).toEqual([
      'hypotheses.CTR.clickRateBasis: is "delivered", so the openRate this hypothesis inherits is ignored (clickRate is per delivered email)',
    ]);
  });

  it('says an open rate is ignored where it is written when the basis is already "delivered"', () => {
    const delivered = { ...baseline, clickRateBasis: 'delivered', clickRate: 0.02, openRate: undefined } as const;
    expect(warningsOf({ baseline: delivered, hypotheses: { H1: { openRate: 0.3 } } })).toEqual([`hypotheses.H1.openRate: ${ignored}`]);
    expect(warningsOf({ baseline: { ...delivered, openRate: 0.3 }, hypotheses: { H1: { emailsPerMonth: 3 } } })).toEqual([`baseline.openRate: ${ignored}`]);
  });

  it('says when only a combination brings "delivered" and an open rate together', () => {
    const data = {
      baseline: { ...baseline, openRate: undefined, clickRateBasis: 'delivered', clickRate: 0.02 },
      hypotheses: {
        Opens: { clickRateBasis: 'opens', openRate: 0.3, clickRate: 0.1 },
        CTR: { clickRateBasis: 'delivered' },
        Mix: { combine: ['Opens', 'CTR'] },
      },
    } as const;
    expect(warningsOf(data)).toEqual([
      'hypotheses.Mix.combine: brings clickRateBasis "delivered" and an openRate together: the openRate is ignored (clickRate is per delivered email)',
    ]);
  });

  it('gives, for one scenario, the warnings of what it is built from', () => {
    const data = {
      baseline: { ...baseline, inflationAnnual: 2 },
      hypotheses: { A: { discountRateAnnual: 8 }, B: { conversionRate: 1 }, AB: { combine: ['A'] } },
    };
    expect(warningsOf(data, 'B').map((w) => w.split(':')[0])).toEqual(['baseline.inflationAnnual', 'hypotheses.B.conversionRate']);
    expect(warningsOf(data, 'AB').map((w) => w.split(':')[0])).toEqual(['baseline.inflationAnnual', 'hypotheses.A.discountRateAnnual']);
    expect(warningsOf(data, 'baseline').map((w) => w.split(':')[0])).toEqual(['baseline.inflationAnnual']);
  });
});
