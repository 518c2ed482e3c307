import { describeDistribution, type Distribution } from 'email-npv';

/** True when a value of the file is a distribution in place of a number (`{ dist: 'beta', … }`). */
export function isDistribution(value: unknown): value is Distribution & { value?: number; note?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { dist?: unknown }).dist === 'string';
}

/** The point value of a distribution: its `value`, else its mean (what deterministic runs use). Undefined when its parameters are not numbers. */
export function pointValue(d: Record<string, unknown>): number | undefined {
  const n = (key: string) => (typeof d[key] === 'number' ? (d[key] as number) : NaN);
  if (typeof d.value === 'number') return d.value;
  const mean: Record<string, () => number> = {
    normal: () => n('mean'),
    lognormal: () => n('mean'),
    triangular: () => (n('min') + n('mode') + n('max')) / 3,
    uniform: () => (n('min') + n('max')) / 2,
    beta: () => n('alpha') / (n('alpha') + n('beta')),
  };
  const x = mean[String(d.dist)]?.();
  return x !== undefined && Number.isFinite(x) ? x : undefined;
}

/** The distribution in a few words (the library's `describeDistribution`), or a plain word when it is not valid yet. */
export function distributionText(d: unknown): string {
  try {
    return describeDistribution(d as Distribution);
  } catch {
    return 'distribution (not valid yet)';
  }
}
