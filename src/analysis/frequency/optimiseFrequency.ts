import type Decimal from 'decimal.js';
import { z } from 'zod';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { forecastNpv } from '../../model/forecastNpv';
import { runModel } from '../../model/runModel';
import { DEFAULT_HORIZONS_YEARS, HorizonsYears } from '../../scenarios/scenarioFile';
import { fieldRules } from '../../schema/fields';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import { parseScenarioInput } from '../../schema/parseScenarioInput';
import { plausibilityWarnings } from '../../schema/plausibilityWarnings';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { withFieldValues } from '../../schema/withFieldValues';
import { fatigueAt, type FrequencyNpvs } from './fatigueAt';
import { type FatigueSpec, FrequencyFatigue, type FrequencyFatigueData } from './fatigueSpec';
import { optimiseSegmentFrequencies, type SegmentedFrequencyResult } from './optimiseSegmentFrequencies';
import { yearsToMonths } from '../../schema/horizon';
import { optionsArgument } from '../../errors/optionsArgument';
import type { ScenarioInputData } from '../../schema/scenarioInput';

const MAX_FREQUENCY = fieldRules.emailsPerMonth.maxValue ?? 1000;

const frequency = (which: string) =>
  z
    .number({ error: `must be a whole number of emails a month (${which})` })
    .int({ error: `must be a whole number of emails a month (${which})` })
    .min(1, { error: `must be at least 1 email a month (${which})` })
    .max(MAX_FREQUENCY, { error: `must be at most ${MAX_FREQUENCY} emails a month (${which})` });

const Options = z
  .strictObject({
    years: z.preprocess((years) => (typeof years === 'number' ? [years] : years), HorizonsYears).default([...DEFAULT_HORIZONS_YEARS]),
    fatigue: FrequencyFatigue.default({ model: 'power', openRateElasticity: 0, clickRateElasticity: 0, churnPerEmailElasticity: 0 }),
    min: frequency('the lowest frequency tried').default(1),
    max: frequency('the highest frequency tried').default(12),
  })
  .refine((o) => o.min <= o.max, { path: ['max'], error: 'must not be below min' });

/** Options of {@link optimiseFrequency}. */
export interface OptimiseFrequencyOptions {
  /** Horizon(s) in years (default [1, 3, 5]); each a whole number of months. */
  readonly years?: number | readonly number[];
  /**
   * How the open rate, click rate and churn per email change with the frequency (default: they don't): one curve, or
   * on a segmented input one per segment, `{ segments: { engaged: <curve>, … } }` (a segment left out: no fatigue).
   */
  readonly fatigue?: FrequencyFatigueData;
  /** Lowest frequency tried, whole emails a month (default 1). */
  readonly min?: number;
  /** Highest frequency tried, whole emails a month (default 12). */
  readonly max?: number;
}

/** The best frequency at one horizon. */
export interface BestFrequency {
  readonly years: number;
  readonly months: number;
  /** The frequency with the highest NPV (the lower one on a tie). */
  readonly bestEmailsPerMonth: number;
  /** Its NPV on the exact backend (money at t = 0). */
  readonly npv: Decimal;
}

/** The result of {@link optimiseFrequency} on a one-list input: the NPV of every frequency and the best one per horizon. */
export interface ListFrequencyResult {
  /** e₀: the input's own emails per month, to which a power-law fatigue curve is relative. */
  readonly ownEmailsPerMonth: number;
  /** The fatigue specification used, defaults filled in. */
  readonly fatigue: FatigueSpec;
  /** Every whole frequency from min to max. */
  readonly frequencies: readonly FrequencyNpvs[];
  /** The best frequency per horizon, in the order of `years`. */
  readonly horizons: readonly BestFrequency[];
  /** The input's plausibility warnings (see `plausibilityWarnings`), and `fatigue: …` when no fatigue is given; empty when none. */
  readonly warnings: readonly string[];
}

/**
 * The result of {@link optimiseFrequency}: on a one-list input the NPV of every frequency and the best one per
 * horizon ({@link ListFrequencyResult}); on a segmented input each segment's curve and the best frequency of
 * every segment per horizon (`SegmentedFrequencyResult`, which has `segments`).
 */
export type OptimiseFrequencyResult = ListFrequencyResult | SegmentedFrequencyResult;

/** Said when the open rate, click rate and churn per email do not move with the frequency. */
const NO_FATIGUE =
  'fatigue: none given, so the open rate, click rate and churn per email stay the same at every frequency and the optimiser ' +
  'will tend to pick the highest frequency tried: give a fatigue curve (e.g. from fatigueFromObservations)';

/** Said of the segments a fatigue by segment leaves out. */
const SEGMENT_NO_FATIGUE = 'so their rates stay the same at every frequency and the optimiser will tend to pick the highest frequency tried for them';

/** Whether a fatigue specification moves nothing: a power law with every elasticity 0 (the default). */
const isFlat = (fatigue: FatigueSpec): boolean =>
  fatigue.model === 'power' && fatigue.openRateElasticity === 0 && fatigue.clickRateElasticity === 0 && fatigue.churnPerEmailElasticity === 0;

/**
 * The send frequency worth most: the NPV of the scenario at every whole number of emails a month
 * from `min` to `max`, at each horizon, with the open rate, click rate and churn per email moved
 * along a fatigue curve (see {@link fatigueAt}), and the best frequency per horizon.
 *
 * ```
 * for e = min … max:
 *   (OR, CR_click, DR)(e) = fatigueAt(input, fatigue, e)
 *   NPV_M(e)              = NPV of the input with emailsPerMonth = e and those metrics      (float path)
 * best_M = argmax_e NPV_M(e)        (the lower e on a tie; its NPV recomputed on the exact backend)
 * ```
 * Everything else (budget, cost per 1,000 emails, acquisition …) stays as the input gives it, so a budget
 * that grows with the frequency has to be written as `costPerThousandEmails`. Values that the input's
 * `changes` set for the fatigued metrics later are scaled by the same ratio as month 1's (withFieldValues'
 * "scale" policy). A frequency at which the model cannot run — additive churn c + DR(e) × e above 1 — is
 * reported as infeasible with the reason, not thrown.
 *
 * On an input with `segments` the question is how often to mail each segment: every segment's
 * `emailsPerMonth` is searched, each segment with its own fatigue curve (`fatigue: { segments: { engaged: …,
 * dormant: … } }`, or one curve for all, each relative to the segment's own frequency), by coordinate search
 * (one segment's frequency optimised with the others fixed, in turn, until a round changes nothing; at most
 * 20 rounds): see `optimiseSegmentFrequencies`. A grid over the segments jointly would be exponential in
 * their number. The result then has `segments` (each segment's curve) and, per horizon, the best
 * frequency of each segment.
 *
 * @param input - a scenario input (validated here)
 * @param options - `{ years = [1, 3, 5], fatigue = none, min = 1, max = 12 }`
 * @returns the NPVs by frequency and the best frequency per horizon (per segment on a segmented input)
 * @throws {InputError} for bad input or options, an input whose `changes` set `emailsPerMonth`, or when no frequency is feasible
 *
 * @example
 * const fatigue = fatigueFromObservations({ emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1 }, { emailsPerMonth: 3, openRate: 0.35, clickRate: 0.08 });
 * optimiseFrequency(articleBaseline, { years: [1, 5], fatigue }).horizons.map((h) => h.bestEmailsPerMonth)
 * //=> [6, 2]   (1 year: 6 emails a month; 5 years: stay at 2)
 * const fatigueOfDormant = { model: 'power', openRateElasticity: -0.8, churnPerEmailElasticity: 1 };
 * optimiseFrequency(segmentedInput, { years: 5, max: 8, fatigue: { segments: { dormant: fatigueOfDormant } } }).horizons[0].bestEmailsPerMonth
 * //=> { engaged: 8, dormant: 2 }
 */
export function optimiseFrequency(input: ScenarioInputData, options: OptimiseFrequencyOptions = {}): OptimiseFrequencyResult {
  const parsed = parseScenarioInput(input);
  const { years, fatigue: given, min, max } = parseWith(Options, optionsArgument(options));
  if (parsed.segments !== undefined) {
    const result = optimiseSegmentFrequencies(parsed, { years, monthsList: years.map(yearsToMonths), fatigue: given, min, max });
    const flat = result.segments.filter((s) => isFlat(s.fatigue)).map((s) => s.name);
    const noFatigue =
      flat.length === result.segments.length ? [NO_FATIGUE] : flat.length > 0 ? [`fatigue: none given for ${flat.join(', ')}, ${SEGMENT_NO_FATIGUE}`] : [];
    return { ...result, warnings: [...plausibilityWarnings(parsed), ...noFatigue, ...result.warnings] };
  }
  if ('segments' in given) throw new InputError([{ path: 'fatigue.segments', rule: 'the scenario has no segments: give one fatigue curve' }]);
  const fatigue = given;
  const changing = parsed.changes.findIndex((c) => c.set.emailsPerMonth !== undefined);
  if (changing >= 0) {
    throw new InputError([
      {
        path: `changes[${changing}].set.emailsPerMonth`,
        rule: 'the optimiser sets one frequency for the whole horizon: remove this change, or optimise the scenario before it',
      },
    ]);
  }
  const monthsList = years.map(yearsToMonths);
  const built: (ScenarioInput | undefined)[] = [];
  const frequencies: FrequencyNpvs[] = [];
  for (let e = min; e <= max; e++) {
    const rates = fatigueAt(parsed, fatigue, e);
    let scenario: ScenarioInput | undefined;
    let infeasible: string | null = null;
    try {
      scenario = withFieldValues(parsed, rates, { changes: 'scale' });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      infeasible = error.message.replaceAll('\n', '; ');
    }
    built.push(scenario);
    frequencies.push({ ...rates, npvs: scenario === undefined ? [] : forecastNpv(scenario, monthsList), infeasible });
  }
  const horizons = years.map((y, h): BestFrequency => {
    let best: number | undefined;
    frequencies.forEach((f, i) => {
      if (f.infeasible === null && (best === undefined || f.npvs[h]! > frequencies[best]!.npvs[h]!)) best = i;
    });
    if (best === undefined) {
      throw new InputError([{ path: 'emailsPerMonth', rule: `no frequency from ${min} to ${max} emails a month is feasible: ${frequencies[0]!.infeasible}` }]);
    }
    const months = monthsList[h]!;
    return { years: y, months, bestEmailsPerMonth: frequencies[best]!.emailsPerMonth, npv: runModel(decimalCalculator, built[best]!, { months }).npv };
  });
  return {
    ownEmailsPerMonth: parsed.emailsPerMonth,
    fatigue,
    frequencies,
    horizons,
    warnings: [...plausibilityWarnings(parsed), ...(isFlat(fatigue) ? [NO_FATIGUE] : [])],
  };
}
