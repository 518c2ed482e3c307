import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';
import lognormalCdf from '@stdlib/stats-base-dists-lognormal-cdf';
import lognormalQuantile from '@stdlib/stats-base-dists-lognormal-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import triangularCdf from '@stdlib/stats-base-dists-triangular-cdf';
import triangularQuantile from '@stdlib/stats-base-dists-triangular-quantile';
import { InputError, type InputProblem } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { Distribution } from '../../schema/distribution';
import { type FieldPath, parseFieldPath } from '../../schema/fieldPaths';
import { FIELD_PATH_EXAMPLES } from '../../schema/withFieldValues';
import { requireArgument } from '../../errors/argument';
import { fieldRange } from '../search/fieldRange';
import { numericFieldNames } from '../../schema/fields';

/** Least probability a distribution must give the field's valid range: below it the draws would all sit on a bound. */
const MIN_MASS = 1e-9;

/** The beta quantile table: nodes at normal scores z_i = −Z + i·h, i = 0…G, read by L-point Lagrange interpolation. */
const TABLE_Z = 4;
const TABLE_INTERVALS = 64;
const TABLE_POINTS = 6;
/** Largest difference from stdlib's quantile, at every midpoint between nodes, for the table to be used. */
const TABLE_TOLERANCE = 1e-10;

/**
 * A fast stand-in for a slow quantile function Q, such as stdlib's beta quantile, which inverts the
 * incomplete beta function iteratively at every call. Q is tabulated once on
 * normal scores, g(z) = Q(Φ(z)) at z_i = −4 + i × 8/64, and read by 6-point Lagrange interpolation:
 *
 * ```
 * Q(p) ≈ Σ_{j=−2..3} g(z_{i+j}) × Π_{k≠j} (s − k)/(j − k)     z = Φ⁻¹(p),  t = (z + 4)/h,  i = ⌊t⌋,  s = t − i
 * ```
 * g is smooth and nearly linear for the beta distributions of rates, so the table agrees with Q to about
 * 1e-12 there. It is used only when it agrees with Q to 1e-10 at every midpoint between nodes (where
 * the interpolation error peaks); otherwise, and for |z| ≥ 4 (a share 6e-5 of draws), Q itself is called.
 */
function tabulated(quantile: (p: number) => number): (p: number) => number {
  const standardQuantile = normalQuantile.factory(0, 1);
  const standardCdf = normalCdf.factory(0, 1);
  const h = (2 * TABLE_Z) / TABLE_INTERVALS;
  const nodes = Float64Array.from({ length: TABLE_INTERVALS + 1 }, (_, i) => quantile(standardCdf(-TABLE_Z + i * h)));
  const offsets = Array.from({ length: TABLE_POINTS }, (_, n) => n + 1 - TABLE_POINTS / 2); // −2 … 3
  const denominators = offsets.map((j) => offsets.reduce((product, k) => (k === j ? product : product * (j - k)), 1));
  const interpolate = (t: number): number => {
    const i = Math.min(Math.max(Math.floor(t), -offsets[0]!), TABLE_INTERVALS - offsets.at(-1)!);
    const s = t - i;
    let sum = 0;
    for (let n = 0; n < TABLE_POINTS; n++) {
      let weight = nodes[i + offsets[n]!]! / denominators[n]!;
      for (let m = 0; m < TABLE_POINTS; m++) if (m !== n) weight *= s - offsets[m]!;
      sum += weight;
    }
    return sum;
  };
  for (let i = 0; i < TABLE_INTERVALS; i++) {
    if (!(Math.abs(interpolate(i + 0.5) - quantile(standardCdf(-TABLE_Z + (i + 0.5) * h))) <= TABLE_TOLERANCE)) return quantile;
  }
  return (p) => {
    const z = standardQuantile(p);
    return z > -TABLE_Z && z < TABLE_Z ? interpolate((z + TABLE_Z) / h) : quantile(p);
  };
}

/** `tabulated(quantile)`, built on the first call (so that validating a file costs no table). */
function lazilyTabulated(quantile: (p: number) => number): (p: number) => number {
  let fast: ((p: number) => number) | undefined;
  return (p) => (fast ??= tabulated(quantile))(p);
}

/** A distribution ready to draw from, truncated to one field's valid range. */
export interface DistributionSampler {
  /** The validated spec. */
  readonly distribution: Distribution;
  /** The point value deterministic runs use: `value` when the spec gives it, else the (untruncated) mean. */
  readonly value: number;
  /** The untruncated distribution's probability inside the field's valid range, F(b) − F(a) (0 < mass ≤ 1). */
  readonly mass: number;
  /** The draw for a uniform number u in [0, 1): x = Q(F(a) + u·(F(b) − F(a))), always within the field's range. */
  sample(u: number): number;
}

interface Shape {
  readonly mean: number;
  readonly cdf: (x: number) => number;
  readonly quantile: (p: number) => number;
}

/** The CDF, quantile function and mean of a distribution (stdlib's implementations; uniform written out). */
function shapeOf(d: Distribution): Shape {
  switch (d.dist) {
    case 'normal':
      return { mean: d.mean, cdf: normalCdf.factory(d.mean, d.sd), quantile: normalQuantile.factory(d.mean, d.sd) };
    case 'triangular':
      return {
        mean: (d.min + d.mode + d.max) / 3,
        cdf: triangularCdf.factory(d.min, d.max, d.mode),
        quantile: triangularQuantile.factory(d.min, d.max, d.mode),
      };
    case 'uniform': {
      const width = d.max - d.min;
      return {
        mean: (d.min + d.max) / 2,
        cdf: (x) => (x <= d.min ? 0 : x >= d.max ? 1 : (x - d.min) / width),
        quantile: (p) => d.min + p * width,
      };
    }
    case 'beta':
      return { mean: d.alpha / (d.alpha + d.beta), cdf: betaCdf.factory(d.alpha, d.beta), quantile: lazilyTabulated(betaQuantile.factory(d.alpha, d.beta)) };
    case 'lognormal': {
      const sigma2 = Math.log1p((d.sd / d.mean) ** 2);
      const mu = Math.log(d.mean) - sigma2 / 2;
      const sigma = Math.sqrt(sigma2);
      return { mean: d.mean, cdf: lognormalCdf.factory(mu, sigma), quantile: lognormalQuantile.factory(mu, sigma) };
    }
  }
}

/**
 * Prepares a distribution of a scenario file for drawing values of one numeric input, named by its
 * field path (`openRate`, `segments.engaged.openRate`, `retention.alpha`, `moves[0].sharePerMonth`), truncated
 * exactly to the input's valid range [a, b] (`fieldRange`: e.g. 0…1 for a rate, 0…1e12 for money)
 * by inverse-CDF sampling, with F the distribution's CDF and Q its quantile function:
 *
 * ```
 * x = Q(F(a) + u × (F(b) − F(a)))        u uniform in [0, 1)      (x in the field's unit)
 * ```
 * The point value (used by deterministic runs) is `value` when given, else the untruncated mean:
 * ```
 * normal      mean = μ
 * triangular  mean = (min + mode + max) / 3
 * uniform     mean = (min + max) / 2
 * beta        mean = α / (α + β)
 * lognormal   mean = m      (the given mean; the underlying normal has
 *                            σ² = ln(1 + s²/m²),  μ = ln m − σ²/2,  so that E[x] = e^(μ + σ²/2) = m,
 *                            sd[x] = m × √(e^(σ²) − 1) = s)
 * ```
 * CDFs and quantiles are stdlib's (`@stdlib/stats-base-dists-*`); the uniform's are written out.
 *
 * @param distribution - a distribution spec (see `Distribution`)
 * @param field - the numeric input it stands for, by field path, e.g. `"openRate"` or `"segments.engaged.openRate"`
 * @param path - where it sits, for messages (default: the field's name), e.g. `"hypotheses.H1.openRate"`
 * @returns the point value, the probability mass inside the range, and `sample(u)`
 * @throws {InputError} `path.sd: must be more than 0 …`, `path.dist: must be one of …`, or
 *   `path: the normal distribution has almost no probability (…) inside the field's valid range 0 to 1 …`
 *
 * @example
 * const openRate = distributionSampler({ dist: 'beta', alpha: 40, beta: 60 }, 'openRate');
 * openRate.value //=> 0.4
 * openRate.sample(0.5) //=> 0.3993… (the median)
 * distributionSampler({ dist: 'normal', mean: 0.1, sd: 0.1 }, 'openRate').sample(0) //=> 0 (truncated at 0)
 * distributionSampler({ dist: 'uniform', min: 0, max: 0.2 }, 'moves[0].sharePerMonth').sample(0.25) //=> 0.05
 */
export function distributionSampler(distribution: unknown, field: FieldPath, path: string = field): DistributionSampler {
  const parts = parseFieldPath(field);
  requireArgument('field', field, parts !== undefined, `a numeric input field (${numericFieldNames.join(', ')}) or a path such as ${FIELD_PATH_EXAMPLES}`);
  const spec = parseWith(Distribution, distribution, [path]);
  const { mean, cdf, quantile } = shapeOf(spec);
  const { min, max } = fieldRange(field);
  const low = cdf(min);
  const high = cdf(max);
  const mass = high - low;
  const problems: InputProblem[] = [];
  if (!(mass >= MIN_MASS)) {
    problems.push({
      path,
      rule: `the ${spec.dist} distribution has almost no probability (${mass.toPrecision(2)}) inside the field's valid range ${min} to ${max}: check its parameters and units (rates are fractions, 0.4 for 40 %)`,
    });
  }
  const value = spec.value ?? mean;
  const valid = parts!.rule.safeParse(value);
  if (!valid.success) {
    const rule = valid.error.issues[0]?.message ?? 'is not a valid value';
    problems.push(
      spec.value === undefined
        ? { path, rule: `the distribution's mean ${value}, the point value deterministic runs use, ${rule}: give "value", a valid point value` }
        : { path: `${path}.value`, rule },
    );
  }
  if (problems.length > 0) throw new InputError(problems);
  return {
    distribution: spec,
    value,
    mass,
    sample(u: number): number {
      const x = quantile(Math.min(low + u * mass, high));
      return x > min ? (x < max ? x : max) : min;
    },
  };
}
