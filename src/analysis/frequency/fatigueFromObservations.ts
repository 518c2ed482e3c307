import { z } from 'zod';
import { InputError, type InputProblem } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { FatiguePoint, type PowerFatigue } from './fatigueSpec';

const Observations = z.tuple([FatiguePoint, FatiguePoint], { error: 'must be two observations { emailsPerMonth, openRate?, clickRate?, churnPerEmail? }' });

/**
 * The power-law fatigue curve through two observations of the same list at two frequencies
 * (e.g. a test that sent 3 emails a month instead of 2): for each metric both give,
 *
 * ```
 * elasticity = ln(metric₂ / metric₁) / ln(e₂ / e₁)          (unitless)
 * ```
 * so that metric(e) = metric₁ × (e / e₁)^elasticity passes through both points. A metric that only
 * one observation gives gets elasticity 0 (no fatigue). The article's H1 — 3 emails at 35 % opens and
 * 8 % clicks, against 2 emails at 40 % and 10 % — is one point on the curve with elasticities
 * ln(0.35/0.40)/ln(3/2) ≈ −0.329 (open rate) and ln(0.08/0.10)/ln(3/2) ≈ −0.550 (click rate).
 *
 * @param first - the metrics observed at one frequency (emails per subscriber per month, rates as fractions)
 * @param second - the metrics observed at another frequency
 * @returns a `{ model: 'power', … }` fatigue specification for {@link fatigueAt} and `optimiseFrequency`
 * @throws {InputError} when the frequencies are equal or not above 0, a metric both give is 0 in one of them, or an elasticity is beyond ±10
 *
 * @example
 * fatigueFromObservations({ emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1 }, { emailsPerMonth: 3, openRate: 0.35, clickRate: 0.08 })
 * //=> { model: 'power', openRateElasticity: -0.3293…, clickRateElasticity: -0.5503…, churnPerEmailElasticity: 0 }
 */
export function fatigueFromObservations(first: FatiguePoint, second: FatiguePoint): z.output<typeof PowerFatigue> {
  const [a, b] = parseWith(Observations, [first, second], ['observations']);
  if (!(a.emailsPerMonth > 0) || !(b.emailsPerMonth > 0) || a.emailsPerMonth === b.emailsPerMonth) {
    throw new InputError([
      { path: 'observations.emailsPerMonth', rule: `must be two different frequencies above 0 (got ${a.emailsPerMonth} and ${b.emailsPerMonth})` },
    ]);
  }
  const problems: InputProblem[] = [];
  const elasticity = (metric: 'openRate' | 'clickRate' | 'churnPerEmail'): number => {
    const m1 = a[metric];
    const m2 = b[metric];
    if (m1 === undefined || m2 === undefined) return 0;
    if (m1 === 0 || m2 === 0) {
      if (m1 !== m2)
        problems.push({
          path: `observations.${metric}`,
          rule: `is 0 in one observation only (${m1} and ${m2}): no power law passes through both; give the curve as points`,
        });
      return 0;
    }
    const value = Math.log(m2 / m1) / Math.log(b.emailsPerMonth / a.emailsPerMonth);
    if (Math.abs(value) > 10)
      problems.push({
        path: `observations.${metric}`,
        rule: `gives an elasticity of ${value}, beyond ±10: the frequencies are too close for the change observed`,
      });
    return value;
  };
  const fitted = {
    model: 'power' as const,
    openRateElasticity: elasticity('openRate'),
    clickRateElasticity: elasticity('clickRate'),
    churnPerEmailElasticity: elasticity('churnPerEmail'),
  };
  if (problems.length > 0) throw new InputError(problems);
  return fitted;
}
