import { fieldRules } from '../../schema/fields';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { fieldRange } from '../search/fieldRange';
import { type FatiguePoint, FatigueSpec, type FatigueSpecData } from './fatigueSpec';

/** The metrics fatigue acts on, as the input holds them at its own frequency `emailsPerMonth` (e₀). */
export interface FatigueBase {
  readonly emailsPerMonth: number;
  /** Undefined when the input's click rate is a CTR (basis "delivered") and it gives no open rate. */
  readonly openRate?: number | undefined;
  readonly clickRate: number;
  readonly churnPerEmail: number;
}

/** The metrics at another frequency, each within its field's range (0 to 1). */
export interface FatiguedRates {
  readonly emailsPerMonth: number;
  readonly openRate: number | undefined;
  readonly clickRate: number;
  readonly churnPerEmail: number;
}

/** One frequency tried: the fatigued metrics used and the NPV at each horizon. */
export interface FrequencyNpvs {
  /** e: emails per subscriber per month. */
  readonly emailsPerMonth: number;
  readonly openRate: number | undefined;
  readonly clickRate: number;
  readonly churnPerEmail: number;
  /** NPV at each horizon, in the order of `horizons` (float path, money at t = 0); empty when infeasible. */
  readonly npvs: readonly number[];
  /** Why the model cannot run at this frequency (e.g. additive churn above 100 % a month), or null. */
  readonly infeasible: string | null;
}

type Metric = 'openRate' | 'clickRate' | 'churnPerEmail';

const clampTo = (metric: Metric, value: number): number => Math.min(Math.max(value, fieldRange(metric).min), fieldRange(metric).max);

/** Linear interpolation of `metric` between the points that give it, flat beyond the ends; undefined when no point gives it. */
function interpolate(points: readonly FatiguePoint[], metric: Metric, e: number): number | undefined {
  const known = points.filter((p) => p[metric] !== undefined).sort((a, b) => a.emailsPerMonth - b.emailsPerMonth);
  const first = known[0];
  const last = known[known.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (e <= first.emailsPerMonth) return first[metric]!;
  if (e >= last.emailsPerMonth) return last[metric]!;
  const upper = known.findIndex((p) => p.emailsPerMonth >= e);
  const a = known[upper - 1]!;
  const b = known[upper]!;
  const share = (e - a.emailsPerMonth) / (b.emailsPerMonth - a.emailsPerMonth);
  return a[metric]! + share * (b[metric]! - a[metric]!);
}

/**
 * The open rate, click rate and churn per email at `emailsPerMonth` emails a month, under send-frequency
 * fatigue, for an input that sends e₀ = `input.emailsPerMonth`:
 *
 * ```
 * power:   metric(e) = metric(e₀) × (e / e₀)^elasticity            (elasticity 0: metric unchanged)
 * points:  metric(e) = m_a + (e − e_a) / (e_b − e_a) × (m_b − m_a)   between the neighbouring points a, b
 *                    = the first (last) point's value below (above) the points
 * then     metric(e) = min(max(metric(e), 0), 1)                     (clamped to the field's range)
 * ```
 * Rates are fractions, e is emails per subscriber per month. With points, a metric no point gives keeps the
 * input's value; with a power law, a metric of 0 stays 0 (the law scales, it cannot create churn from
 * nothing: give points for that), and an input without an open rate (CTR basis) keeps none.
 * At e = e₀ the power law returns the input's own values exactly.
 *
 * @param input - the input's metrics at its own frequency (a parsed `ScenarioInput` will do)
 * @param fatigue - a {@link FatigueSpec}
 * @param emailsPerMonth - the frequency e to evaluate, emails per subscriber per month
 * @returns the three metrics at e (clamped to 0…1), and e itself
 * @throws {InputError} for a bad specification (`fatigue.…: rule`), or a power law on an input that sends 0 emails
 *
 * @example
 * fatigueAt({ emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, churnPerEmail: 0.005 },
 *   { model: 'power', openRateElasticity: -0.5 }, 8).openRate
 * //=> 0.2   (0.4 × (8 / 2)^−0.5)
 */
export function fatigueAt(input: FatigueBase, fatigue: FatigueSpecData, emailsPerMonth: number): FatiguedRates {
  const spec = parseWith(FatigueSpec, fatigue, ['fatigue']);
  const e = parseWith(fieldRules.emailsPerMonth, emailsPerMonth, ['emailsPerMonth']);
  const metrics: Metric[] = ['openRate', 'clickRate', 'churnPerEmail'];
  const at = (metric: Metric): number | undefined => {
    const own = input[metric];
    if (spec.model === 'points') {
      const value = interpolate(spec.points, metric, e);
      return value === undefined ? own : clampTo(metric, value);
    }
    const elasticity = spec[`${metric}Elasticity`];
    if (own === undefined || own === 0 || elasticity === 0) return own;
    if (!(input.emailsPerMonth > 0)) {
      throw new InputError([
        {
          path: 'emailsPerMonth',
          rule: `is ${input.emailsPerMonth} in the input: a power-law fatigue curve is relative to the input's own frequency, so it must be more than 0 (or give the curve as points)`,
        },
      ]);
    }
    return clampTo(metric, own * (e / input.emailsPerMonth) ** elasticity);
  };
  const [openRate, clickRate, churnPerEmail] = metrics.map(at);
  return { emailsPerMonth: e, openRate, clickRate: clickRate!, churnPerEmail: churnPerEmail! };
}
