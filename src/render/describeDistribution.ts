import { Distribution } from '../schema/distribution';
import { parseWith } from '../schema/parseWith';

/** A parameter to 4 significant digits, e.g. 0.015001399 → "0.015". */
const short = (x: number) => String(Number(x.toPrecision(4)));

/**
 * A distribution of an uncertain scenario file in a few words, each parameter to 4 significant
 * digits: `normal(mean 100, sd 20)`, `triangular(0.005, mode 0.015, 0.025)`, `uniform(1, 2)`,
 * `beta(α 40, β 60)`, `lognormal(mean 100, sd 20)`.
 *
 * @param distribution - a validated distribution (see `Distribution`)
 * @returns its kind and parameters, as text
 *
 * @example
 * describeDistribution({ dist: 'triangular', min: 0.005, mode: 0.015001399745834651, max: 0.025 }) //=> 'triangular(0.005, mode 0.015, 0.025)'
 * describeDistribution({ dist: 'beta', alpha: 40, beta: 60 }) //=> 'beta(α 40, β 60)'
 */
export function describeDistribution(distribution: Distribution): string {
  const d = parseWith(Distribution, distribution, ['distribution']);
  switch (d.dist) {
    case 'normal':
      return `normal(mean ${short(d.mean)}, sd ${short(d.sd)})`;
    case 'triangular':
      return `triangular(${short(d.min)}, mode ${short(d.mode)}, ${short(d.max)})`;
    case 'uniform':
      return `uniform(${short(d.min)}, ${short(d.max)})`;
    case 'beta':
      return `beta(α ${short(d.alpha)}, β ${short(d.beta)})`;
    case 'lognormal':
      return `lognormal(mean ${short(d.mean)}, sd ${short(d.sd)})`;
  }
}
