import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { seededRandom } from './seededRandom';
import { requireArgument } from '../errors/argument';
import { isPlainObject } from '../json/isPlainObject';

/** What {@link fitLeastSquares} minimises: residuals of bounded parameters. */
export interface FitProblem {
  /** Lower and upper bound of each parameter. */
  readonly bounds: readonly { readonly min: number; readonly max: number }[];
  /** The residual vector (model − observed) at a parameter vector; non-finite entries count as a failed point. */
  readonly residuals: (params: readonly number[]) => readonly number[];
  /** Seed of the global search (default 1). */
  readonly seed?: number;
  /** Points sampled in the global search (default 300 × number of parameters). */
  readonly samples?: number;
  /** How many of the best sampled points are polished by least squares (default 4). */
  readonly starts?: number;
}

/** The best parameters {@link fitLeastSquares} found, with their residuals. */
export interface FitResult {
  readonly params: number[];
  readonly residuals: number[];
  /** Σ residual². */
  readonly sumOfSquares: number;
  /** Model evaluations spent. */
  readonly evaluations: number;
}

/**
 * Bounded non-linear least squares, robust to poor starting values:
 * a seeded Latin-hypercube search over the box, then a Levenberg–Marquardt polish
 * (ml-levenberg-marquardt) from each of the best points, in coordinates scaled to [0, 1].
 *
 * ```
 * minimise  Σ_i r_i(p)²   subject to  min_j ≤ p_j ≤ max_j
 * ```
 * Deterministic for a given seed.
 *
 * @example
 * fitLeastSquares({ bounds: [{ min: 0, max: 10 }], residuals: ([a]) => [a - 3] }).params //=> [3]
 */
export function fitLeastSquares(problem: FitProblem): FitResult {
  requireArgument('problem', problem, isPlainObject(problem) && typeof problem.residuals === 'function', 'an object { bounds, residuals }');
  const validBound = (b: unknown) => isPlainObject(b) && Number.isFinite(b.min) && Number.isFinite(b.max) && (b.min as number) <= (b.max as number);
  requireArgument(
    'problem.bounds',
    problem.bounds,
    Array.isArray(problem.bounds) && problem.bounds.every(validBound),
    'a list of { min, max }, finite, min ≤ max',
  );
  const { bounds, seed = 1 } = problem;
  const k = bounds.length;
  const samples = problem.samples ?? 300 * k;
  const starts = problem.starts ?? 4;
  const random = seededRandom(seed);
  const toParams = (u: ArrayLike<number>) => bounds.map((b, j) => b.min + (b.max - b.min) * Math.min(1, Math.max(0, u[j]!)));
  let evaluations = 0;
  const sumOfSquares = (u: ArrayLike<number>) => {
    evaluations++;
    let total = 0;
    for (const r of problem.residuals(toParams(u))) total += r * r;
    return Number.isFinite(total) ? total : Number.POSITIVE_INFINITY;
  };

  // Latin hypercube: each parameter's range cut into `samples` strata, one point per stratum, shuffled.
  const columns = bounds.map(() => {
    const strata = Array.from({ length: samples }, (_, i) => (i + random()) / samples);
    for (let i = samples - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [strata[i], strata[j]] = [strata[j]!, strata[i]!];
    }
    return strata;
  });
  const sampled = Array.from({ length: samples }, (_, i) => {
    const u = columns.map((c) => c[i]!);
    return { u, value: sumOfSquares(u) };
  }).sort((a, b) => a.value - b.value);

  let best = sampled[0]!;
  for (const start of sampled.slice(0, starts)) {
    if (!Number.isFinite(start.value)) break;
    let cacheKey: number[] = [];
    let cache: readonly number[] = [];
    const residualsAt = (u: number[]) => {
      if (u.length !== cacheKey.length || u.some((x, j) => x !== cacheKey[j])) {
        evaluations++;
        cacheKey = [...u];
        cache = problem.residuals(toParams(u));
      }
      return cache;
    };
    // the optimiser wants at least 3 points; zero padding leaves Σ r² unchanged
    const n = Math.max(3, residualsAt(start.u).length);
    const polished = levenbergMarquardt(
      { x: Array.from({ length: n }, (_, i) => i), y: new Array<number>(n).fill(0) },
      // One model evaluation per parameter vector: the optimiser reads the points of two vectors in turn
      // (central differences), so each vector keeps its own residuals.
      (u) => {
        let own: readonly number[] | undefined;
        return (i) => (own ??= residualsAt(u))[i] ?? 0;
      },
      {
        initialValues: start.u,
        minValues: new Array<number>(k).fill(0),
        maxValues: new Array<number>(k).fill(1),
        gradientDifference: 1e-7,
        centralDifference: true,
        damping: 1e-3,
        maxIterations: 60,
        errorTolerance: 1e-14,
      },
    );
    const value = sumOfSquares(polished.parameterValues);
    if (value < best.value) best = { u: polished.parameterValues, value };
  }
  const params = toParams(best.u);
  const residuals = [...problem.residuals(params)];
  return { params, residuals, sumOfSquares: best.value, evaluations };
}
