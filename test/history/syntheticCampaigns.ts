import { logGamma } from '../../src/numeric/logGamma';

/**
 * Draws for synthetic histories, from a seeded uniform generator: a gamma (Marsaglia & Tsang 2000), a beta
 * from two gammas, a binomial by exact inversion outward from its mode. Test infrastructure: the truths the
 * estimators must recover.
 */
export function synthetic(random: () => number) {
  const normal = () => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * (1 - random()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const v = (1 + c * x) ** 3;
      if (v <= 0) continue;
      const u = 1 - random();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const beta = (a: number, b: number) => {
    const x = gamma(a);
    return x / (x + gamma(b));
  };
  const binomial = (n: number, p: number): number => {
    if (p <= 0) return 0;
    if (p >= 1) return n;
    const q = 1 - p;
    const mode = Math.min(n, Math.floor((n + 1) * p));
    const atMode = Math.exp(logGamma(n + 1) - logGamma(mode + 1) - logGamma(n - mode + 1) + mode * Math.log(p) + (n - mode) * Math.log(q));
    let u = random() - atMode;
    if (u <= 0) return mode;
    let [lo, hi, fLo, fHi] = [mode, mode, atMode, atMode];
    while (lo > 0 || hi < n) {
      if (lo > 0) {
        fLo *= (lo / (n - lo + 1)) * (q / p);
        lo--;
        u -= fLo;
        if (u <= 0) return lo;
      }
      if (hi < n) {
        fHi *= ((n - hi) / (hi + 1)) * (p / q);
        hi++;
        u -= fHi;
        if (u <= 0) return hi;
      }
    }
    return mode;
  };
  return { beta, binomial, gamma };
}
