import { describe, expect, it, vi } from 'vitest';
import { distributionSampler } from '../../../src/analysis/uncertainty/distributionSampler';
import { distributionProblems, isShareField, pointValueOf, shownValue, startingDistribution, writtenValue } from '../../../app/src/analysis/distributionForm';
import { defaultKind, draftOf, initialDraft, pointAt, specOf, withKind } from '../../../app/src/analysis/distributionDraft';
import { placeOf } from '../../../app/src/analysis/filePlace';

// The page imports the library by its name; here the name is the library's source (as Vite's alias makes it).
vi.mock('email-npv', () => import('../../../src/index'));

describe('shares shown as percentages', () => {
  it('knows the shares by the field metadata', () => {
    expect(['openRate', 'churnPerEmail', 'discountRateAnnual', 'segments.engaged.clickRate'].map(isShareField)).toEqual([true, true, true, true]);
    expect(['averageOrderValue', 'emailsPerMonth', 'subscribers', 'retention.alpha'].map(isShareField)).toEqual([false, false, false, false]);
  });

  it('shows a share’s parameters × 100 (but beta’s α and β as they are) and writes them back ÷ 100', () => {
    expect(shownValue(0.07, 'mean', true)).toBe(7); // not 7.000000000000001
    expect(shownValue(0.004942156949411331, 'mode', true)).toBe(0.494215694941);
    expect(shownValue(40, 'alpha', true)).toBe(40);
    expect(shownValue(100, 'mean', false)).toBe(100);
    expect(writtenValue(7, 'min', true)).toBe(0.07);
    expect(writtenValue(40, 'beta', true)).toBe(40);
    expect(writtenValue(120, 'max', false)).toBe(120);
    expect(writtenValue(1.17, 'mode', true)).toBe(0.0117); // 1.17 / 100 is 0.011699999999999999
    expect(writtenValue(0.9, 'max', true)).toBe(0.009); // 0.9 / 100 is 0.009000000000000001
  });
});

describe('startingDistribution', () => {
  it('guesses around the point value, valid for the field', () => {
    expect(startingDistribution('beta', 0.4)).toEqual({ dist: 'beta', alpha: 40, beta: 60, value: 0.4 });
    expect(startingDistribution('triangular', 100)).toEqual({ dist: 'triangular', min: 80, mode: 100, max: 120, value: 100 });
    expect(startingDistribution('uniform', 2)).toEqual({ dist: 'uniform', min: 1.6, max: 2.4, value: 2 });
    expect(startingDistribution('normal', 0.05)).toEqual({ dist: 'normal', mean: 0.05, sd: 0.005, value: 0.05 });
    expect(startingDistribution('lognormal', 100)).toEqual({ dist: 'lognormal', mean: 100, sd: 10, value: 100 });
    for (const [kind, point, field] of [
      ['beta', 0.4, 'openRate'],
      ['triangular', 0.011, 'churnPerMonth'],
      ['normal', 1200, 'budgetPerMonth'],
      ['lognormal', 0, 'investment'],
      ['beta', 0, 'grossMargin'],
      ['uniform', 0, 'investment'],
    ] as const) {
      expect(distributionProblems(startingDistribution(kind, point), field), `${kind} ${point}`).toEqual([]);
    }
  });
});

describe('distributionProblems', () => {
  it('names each broken rule of the file format as field: rule', () => {
    expect(distributionProblems({ dist: 'normal', mean: 0.4, sd: 0 }, 'openRate')).toEqual([
      'sd: must be more than 0 (the standard deviation, in the field’s unit)',
    ]);
    expect(distributionProblems({ dist: 'triangular', min: 0.5, mode: 0.4, max: 0.3 }, 'openRate')).toEqual(['max: must be greater than min (0.5)']);
    expect(distributionProblems({ dist: 'beta', alpha: 40 }, 'openRate')).toEqual(['beta: must be a number (β, like failures + 1: mean = α / (α + β))']);
    expect(distributionProblems({ dist: 'gamma' }, 'openRate')[0]).toBe('dist: must be one of "normal", "triangular", "uniform", "beta", "lognormal"');
  });

  it('names a point value outside the field’s range, and a distribution outside it', () => {
    const [valueProblem] = distributionProblems({ dist: 'beta', alpha: 40, beta: 60, value: 1.5 }, 'openRate');
    expect(valueProblem).toMatch(/^value: /);
    const [outside] = distributionProblems({ dist: 'normal', mean: 5, sd: 0.01 }, 'openRate');
    expect(outside).toMatch(/^distribution: .*valid range/);
  });

  it('finds nothing wrong in the uncertain example’s distributions', () => {
    expect(distributionProblems({ dist: 'lognormal', mean: 100, sd: 20, value: 100, note: 'AOV' }, 'averageOrderValue')).toEqual([]);
  });
});

describe('the editor’s form', () => {
  const file = {
    baseline: {
      openRate: { dist: 'beta', alpha: 40, beta: 60, value: 0.4, note: 'as published' },
      averageOrderValue: 100,
      churnPerEmail: 0.005,
      segments: { 'a.b': { share: 0.5, clickRate: 0.2 }, c: { share: 0.5 } },
    },
    hypotheses: { H1: { emailsPerMonth: 3 }, 'H1+H2': { combine: ['H1'], set: { emailsPerMonth: 4 } } },
  };

  it('opens on the distribution written, shares in %', () => {
    expect(initialDraft(file, placeOf(file, 'baseline.openRate')!)).toMatchObject({
      kind: 'beta',
      parameters: { alpha: '40', beta: '60' },
      value: '40',
      note: 'as published',
    });
  });

  it('opens on a first guess around the number written, or the baseline’s for a hypothesis that inherits it', () => {
    expect(initialDraft(file, placeOf(file, 'baseline.averageOrderValue')!)).toMatchObject({
      kind: 'lognormal',
      parameters: { mean: '100', sd: '10' },
      value: '100',
      note: '',
    });
    expect(initialDraft(file, placeOf(file, 'hypotheses.H1.churnPerEmail')!)).toMatchObject({
      kind: 'beta',
      parameters: { alpha: '0.5', beta: '99.5' },
      value: '0.5',
      note: '',
    });
    expect(pointAt(file, placeOf(file, 'hypotheses.H1.openRate')!)).toBe(0.4);
    expect(pointAt(file, placeOf(file, 'hypotheses.H1.investment')!)).toBeUndefined();
    expect(pointAt(file, placeOf(file, 'hypotheses.H1+H2.set.emailsPerMonth')!)).toBe(4);
    expect(pointAt(file, placeOf(file, 'hypotheses.H1+H2.set.averageOrderValue')!)).toBe(100);
    expect(pointAt(file, placeOf(file, 'hypotheses.H1.segments.a.b.clickRate')!)).toBe(0.2);
    expect(defaultKind('emailsPerMonth')).toBe('triangular');
  });

  it('writes what was typed as the file writes it: fractions, blank fields left out, a decimal comma read', () => {
    const spec = specOf({ kind: 'triangular', parameters: { min: '0,6', mode: '1.17', max: '' }, value: '', note: '  fitted  ' }, 'churnPerMonth');
    expect(spec).toEqual({ dist: 'triangular', min: 0.006, mode: 0.0117, note: 'fitted' });
    expect(distributionProblems(spec, 'churnPerMonth')).toEqual(['max: must be a number (the highest value)']);
    expect(specOf({ kind: 'normal', parameters: { mean: 'abc', sd: '1' }, value: '', note: '' }, 'averageOrderValue').mean).toBeNaN();
    expect(distributionProblems({ dist: 'normal', mean: Number.NaN, sd: 1 }, 'averageOrderValue')[0]).toMatch(/^mean: /);
  });

  it('round-trips a distribution through the form exactly, and writes an edited parameter as typed', () => {
    const written = { dist: 'triangular', min: 0.0025, mode: 0.004942156949411331, max: 0.009, value: 0.004942156949411331, note: 'why' };
    const draft = draftOf(written, 'churnPerEmail');
    expect(draft.parameters).toEqual({ min: '0.25', mode: '0.494215694941', max: '0.9' });
    expect(specOf(draft, 'churnPerEmail')).toEqual(written);
    expect(specOf({ ...draft, parameters: { ...draft.parameters, max: '0.95' } }, 'churnPerEmail')).toEqual({ ...written, max: 0.0095 });
  });

  it('keeps the note when the kind changes', () => {
    const draft = initialDraft(file, placeOf(file, 'baseline.openRate')!);
    expect(withKind(draft, 'uniform', 0.4, 'openRate')).toEqual({ kind: 'uniform', parameters: { min: '32', max: '48' }, value: '40', note: 'as published' });
  });

  it('takes the point value from the sampler: value when given, else the mean', () => {
    expect(pointValueOf({ dist: 'triangular', min: 0, mode: 0.3, max: 0.6 }, 'openRate')).toBe(
      distributionSampler({ dist: 'triangular', min: 0, mode: 0.3, max: 0.6 }, 'openRate').value,
    );
    expect(pointValueOf({ dist: 'uniform', min: 1, max: 3 }, 'emailsPerMonth')).toBe(2);
  });
});
