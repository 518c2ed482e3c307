import { Distribution, distributionKinds, distributionSampler, fieldPathGuide, InputError } from 'email-npv';

/** A kind of distribution the file format knows. */
export type DistributionKind = (typeof distributionKinds)[number];

/** The parameters of each kind, in the order the form shows them (see the file format's `Distribution`). */
export const parametersOf: Readonly<Record<DistributionKind, readonly string[]>> = {
  normal: ['mean', 'sd'],
  triangular: ['min', 'mode', 'max'],
  uniform: ['min', 'max'],
  beta: ['alpha', 'beta'],
  lognormal: ['mean', 'sd'],
};

/** The words for each parameter in the form. */
export const parameterLabels: Readonly<Record<string, string>> = {
  mean: 'Mean',
  sd: 'Standard deviation',
  min: 'Lowest',
  mode: 'Most likely',
  max: 'Highest',
  alpha: 'α (like successes + 1)',
  beta: 'β (like failures + 1)',
  value: 'Point value (used by the plain forecast)',
};

/** Whether the input at this field path is a share (a rate), shown as a percentage. */
export const isShareField = (fieldPath: string): boolean => fieldPathGuide(fieldPath)?.kind === 'share';

/** Whether a parameter is in the field's unit (and so shown in % for a share): all but beta's α and β. */
export const inFieldUnit = (parameter: string): boolean => parameter !== 'alpha' && parameter !== 'beta';

/**
 * A parameter as the form shows it: × 100 for a share in the field's unit, to 12 significant digits (no 7.000000000000001).
 *
 * @example
 * shownValue(0.07, 'mean', true) //=> 7
 */
export function shownValue(value: number, parameter: string, share: boolean): number {
  return share && inFieldUnit(parameter) ? Number((value * 100).toPrecision(12)) : value;
}

/**
 * A number typed in the form as the file writes it: ÷ 100 for a share in the field's unit, to 15 significant
 * digits, so that a typed 1.17 % is written 0.0117 (not 0.011699999999999999).
 *
 * @example
 * writtenValue(1.17, 'mode', true) //=> 0.0117
 */
export function writtenValue(shown: number, parameter: string, share: boolean): number {
  return share && inFieldUnit(parameter) ? Number((shown / 100).toPrecision(15)) : shown;
}

const round = (x: number) => Number(x.toPrecision(6));

/**
 * A first guess of a distribution of `kind` around the point value `point`, for the form to start from:
 * ±20 % for the bounds, an sd of 10 %, a beta of concentration 100 with mean `point` (for shares).
 *
 * @example
 * startingDistribution('beta', 0.4) //=> { dist: 'beta', alpha: 40, beta: 60, value: 0.4 }
 */
export function startingDistribution(kind: DistributionKind, point: number): Record<string, unknown> {
  const spread = point === 0 ? 0.01 : Math.abs(point) * 0.2;
  switch (kind) {
    case 'normal':
      return { dist: kind, mean: point, sd: round(spread / 2), value: point };
    case 'triangular':
      return { dist: kind, min: round(point - spread), mode: point, max: round(point + spread), value: point };
    case 'uniform':
      return { dist: kind, min: round(point - spread), max: round(point + spread), value: point };
    case 'beta':
      return point > 0 && point < 1
        ? { dist: kind, alpha: round(point * 100), beta: round((1 - point) * 100), value: point }
        : { dist: kind, alpha: 1, beta: 1 };
    case 'lognormal':
      return point > 0 ? { dist: kind, mean: point, sd: round(spread / 2), value: point } : { dist: kind, mean: 1, sd: 0.1 };
  }
}

/**
 * The problems of a distribution written for the input at `fieldPath`, as `field: rule` lines: the file
 * format's rules (`Distribution`), then the sampler's (a point value outside the field's range, a
 * distribution with almost no probability inside it). Empty when the distribution can be written.
 *
 * @example
 * distributionProblems({ dist: 'normal', mean: 0.4, sd: 0 }, 'openRate') //=> ['sd: must be more than 0 (the standard deviation, in the field’s unit)']
 */
export function distributionProblems(spec: unknown, fieldPath: string): string[] {
  const parsed = Distribution.safeParse(spec);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'dist'}: ${issue.message}`);
  try {
    distributionSampler(spec, fieldPath, '');
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((p) => `${p.path.replace(/^\./, '') || 'distribution'}: ${p.rule}`);
  }
}

/** The point value of a valid distribution for the input at `fieldPath`: its `value`, else its mean. */
export const pointValueOf = (spec: unknown, fieldPath: string): number => distributionSampler(spec, fieldPath, '').value;

/** Whether a value in the file is written as a distribution (an object with `dist`). */
export const isDistributionValue = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'dist');

export { distributionKinds };
