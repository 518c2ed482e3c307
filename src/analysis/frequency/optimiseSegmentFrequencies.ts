import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { InputError } from '../../errors/inputError';
import { forecastNpv } from '../../model/forecastNpv';
import { runModel } from '../../model/runModel';
import { readFieldPath } from '../../schema/fieldPaths';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { segmentValues } from '../../schema/segmentValues';
import { withFieldValues } from '../../schema/withFieldValues';
import { fatigueAt, type FrequencyNpvs } from './fatigueAt';
import type { FatigueSpec, SegmentFatigue } from './fatigueSpec';

/** Most rounds of the coordinate search (each round optimises every segment once, in order). */
export const MAX_SEARCH_ROUNDS = 20;
/** The metrics fatigue moves. */
const METRICS = ['openRate', 'clickRate', 'churnPerEmail'] as const;
/** A fatigue that moves nothing. */
const FLAT: FatigueSpec = { model: 'power', openRateElasticity: 0, clickRateElasticity: 0, churnPerEmailElasticity: 0 };

/** What {@link optimiseSegmentFrequencies} searches: the horizons, the fatigue and the whole frequencies tried. */
export interface SegmentSearch {
  readonly years: readonly number[];
  /** Each horizon in months, in the order of `years`. */
  readonly monthsList: readonly number[];
  readonly fatigue: FatigueSpec | SegmentFatigue;
  readonly min: number;
  readonly max: number;
}

/** One segment's curve: the NPV of each frequency of this segment, the other segments at their best. */
export interface SegmentFrequencies {
  readonly name: string;
  /** e₀: the segment's own emails per month, to which its power-law fatigue curve is relative. */
  readonly ownEmailsPerMonth: number;
  /** The segment's fatigue curve (none: every rate stays). */
  readonly fatigue: FatigueSpec;
  /** Every whole frequency from min to max; `npvs[h]` with the other segments at horizon h's best. */
  readonly frequencies: readonly FrequencyNpvs[];
}

/** The best frequency of every segment at one horizon. */
export interface SegmentedBestFrequency {
  readonly years: number;
  readonly months: number;
  /** Segment name → its best emails per month. */
  readonly bestEmailsPerMonth: Readonly<Record<string, number>>;
  /** The NPV with every segment at its best, on the exact backend (money at t = 0). */
  readonly npv: Decimal;
  /** Rounds of the coordinate search, the last one changing nothing (unless it stopped at the limit). */
  readonly rounds: number;
}

/** What `optimiseFrequency` gives for a segmented input. */
export interface SegmentedFrequencyResult {
  /** Each segment's curve, in the order written. */
  readonly segments: readonly SegmentFrequencies[];
  /** The best frequencies per horizon, in the order of `years`. */
  readonly horizons: readonly SegmentedBestFrequency[];
  /** Fatigue and search warnings (the caller adds the input's own). */
  readonly warnings: readonly string[];
}

/** Whether a fatigue curve moves `metric`. */
const moves = (spec: FatigueSpec, metric: (typeof METRICS)[number]) =>
  spec.model === 'power' ? spec[`${metric}Elasticity`] !== 0 : spec.points.some((p) => p[metric] !== undefined);

/** Each segment's fatigue curve, checking the names a fatigue by segment gives. */
function curvesOf(input: ScenarioInput, fatigue: FatigueSpec | SegmentFatigue): FatigueSpec[] {
  const names = Object.keys(input.segments!);
  if (!('segments' in fatigue)) return names.map(() => fatigue);
  const unknown = Object.keys(fatigue.segments).filter((name) => !names.includes(name));
  if (unknown.length > 0)
    throw new InputError(unknown.map((name) => ({ path: `fatigue.segments.${name}`, rule: `names no segment of the scenario (${names.join(', ')})` })));
  return names.map((name) => fatigue.segments[name] ?? FLAT);
}

/** Refuses changes the search would override: a frequency set from some month on, or a scenario-wide metric a fatigued segment inherits. */
function checkChanges(input: ScenarioInput, names: readonly string[], curves: readonly FatigueSpec[]): void {
  input.changes.forEach((change, index) => {
    const set = change.set;
    const frequency = set.emailsPerMonth !== undefined ? 'emailsPerMonth' : names.find((name) => set.segments?.[name]?.emailsPerMonth !== undefined);
    if (frequency !== undefined) {
      throw new InputError([
        {
          path: `changes[${index}].set.${frequency === 'emailsPerMonth' ? frequency : `segments.${frequency}.emailsPerMonth`}`,
          rule: 'the optimiser sets one frequency per segment for the whole horizon: remove this change, or optimise the scenario before it',
        },
      ]);
    }
    for (const metric of METRICS) {
      const reached = names.filter((name, s) => moves(curves[s]!, metric) && input.segments![name]![metric] === undefined);
      if (set[metric] !== undefined && reached.length > 0) {
        throw new InputError([
          {
            path: `changes[${index}].set.${metric}`,
            rule: `the optimiser gives ${reached.join(', ')} its own ${metric} along its fatigue curve, which this change of the scenario's ${metric} would no longer reach: set it per segment (segments.${reached[0]}.${metric})`,
          },
        ]);
      }
    }
  });
}

/**
 * The best emails per month of every segment of a segmented input, each segment with its own fatigue
 * curve (relative to its own frequency): a coordinate search over the whole frequencies min…max, because
 * a grid over the segments jointly holds (max − min + 1)^segments points.
 *
 * ```
 * start:  x_s = the segment's own frequency, rounded into min…max (else its lowest feasible one)
 * round:  for each segment s in order: x_s = argmax_e NPV_M(x with x_s = e)   (a move only when strictly better;
 *         the lowest e among the best), the others fixed
 * stop:   after a round that changes nothing, or after 20 rounds (then a warning)
 * x(e)    sets segments.<s>.emailsPerMonth = e and the metrics fatigueAt gives, where they differ from the segment's   (float path)
 * ```
 * The search is per horizon M; it finds the exact optimum when the segments' contributions are additive
 * (no moves between them, costs per email), and a point no single segment can improve otherwise. A
 * frequency at which a segment cannot run (additive churn above the whole list) is infeasible.
 *
 * @param input - a validated input with segments
 * @param search - the horizons, the fatigue (one curve, or one per segment) and the frequencies tried
 * @returns each segment's curve and the best frequencies per horizon
 * @throws {InputError} a fatigue naming no segment, changes of the frequency, or a segment with no feasible frequency
 *
 * @example
 * const fatigue = { model: 'power', openRateElasticity: -0.5, clickRateElasticity: 0, churnPerEmailElasticity: 1 };
 * const result = optimiseSegmentFrequencies(parseScenarioInput(segmentedInput), { years: [5], monthsList: [60], min: 1, max: 12, fatigue });
 * result.horizons[0].bestEmailsPerMonth //=> { engaged: 12, dormant: 3 }   (from 8 and 2: mail the engaged more, the dormant a little more)
 * result.horizons[0].rounds //=> 2
 */
export function optimiseSegmentFrequencies(input: ScenarioInput, search: SegmentSearch): SegmentedFrequencyResult {
  const { years, monthsList, min, max } = search;
  const names = Object.keys(input.segments!);
  const curves = curvesOf(input, search.fatigue);
  checkChanges(input, names, curves);
  const grid = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const segments = segmentValues(input);
  const rates = segments.map((segment, s) =>
    grid.map((e) => {
      try {
        return fatigueAt(segment, curves[s]!, e);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw new InputError(error.problems.map((p) => ({ path: `segments.${names[s]}.${p.path}`, rule: p.rule })));
      }
    }),
  );
  /** The field-path values that put segment s at grid point i. */
  const valuesAt = (s: number, i: number): Record<string, number> => {
    const values: Record<string, number> = { [`segments.${names[s]}.emailsPerMonth`]: grid[i]! };
    for (const metric of METRICS) {
      const path = `segments.${names[s]}.${metric}`;
      const value = rates[s]![i]![metric];
      if (value !== undefined && value !== readFieldPath(input, path)) values[path] = value;
    }
    return values;
  };
  const build = (x: readonly number[]) =>
    withFieldValues(input, Object.assign({}, ...x.map((i, s) => valuesAt(s, i))) as Record<string, number>, { changes: 'scale' });
  const infeasible = names.map((_, s) =>
    grid.map((_, i) => {
      try {
        withFieldValues(input, valuesAt(s, i), { changes: 'scale' });
        return null;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return error.message.replaceAll('\n', '; ');
      }
    }),
  );
  const start = segments.map((segment, s) => {
    const own = Math.min(Math.max(Math.round(segment.emailsPerMonth), min), max) - min;
    const first = infeasible[s]!.indexOf(null);
    if (first < 0)
      throw new InputError([
        { path: `segments.${names[s]}.emailsPerMonth`, rule: `no frequency from ${min} to ${max} emails a month is feasible: ${infeasible[s]![0]}` },
      ]);
    return infeasible[s]![own] === null ? own : first;
  });
  const cache = new Map<string, readonly number[]>();
  const npvs = (x: readonly number[]) => {
    const key = x.join(',');
    let found = cache.get(key);
    if (found === undefined) cache.set(key, (found = forecastNpv(build(x), monthsList)));
    return found;
  };
  const warnings: string[] = [];
  const found = years.map((y, h) => {
    const x = [...start];
    let rounds = 0;
    let changed = true;
    while (changed && rounds < MAX_SEARCH_ROUNDS) {
      rounds++;
      changed = false;
      names.forEach((_, s) => {
        let best = x[s]!;
        let bestNpv = npvs(x)[h]!;
        grid.forEach((_, i) => {
          if (infeasible[s]![i] !== null || i === x[s]) return;
          const npv = npvs(x.map((j, t) => (t === s ? i : j)))[h]!;
          if (npv > bestNpv) [best, bestNpv] = [i, npv];
        });
        if (best !== x[s]) [x[s], changed] = [best, true];
      });
    }
    if (changed) warnings.push(`segments: the search for the best frequencies at ${y} years stopped after ${MAX_SEARCH_ROUNDS} rounds without settling`);
    return { x, rounds };
  });
  const horizons = found.map(({ x, rounds }, h): SegmentedBestFrequency => ({
    years: years[h]!,
    months: monthsList[h]!,
    bestEmailsPerMonth: Object.fromEntries(names.map((name, s) => [name, grid[x[s]!]!])),
    npv: runModel(decimalCalculator, build(x), { months: monthsList[h]! }).npv,
    rounds,
  }));
  const curvesOut = names.map((name, s): SegmentFrequencies => ({
    name,
    ownEmailsPerMonth: segments[s]!.emailsPerMonth,
    fatigue: curves[s]!,
    frequencies: grid.map((e, i) => ({
      ...rates[s]![i]!,
      npvs: infeasible[s]![i] === null ? found.map(({ x }, h) => npvs(x.map((j, t) => (t === s ? i : j)))[h]!) : [],
      infeasible: infeasible[s]![i]!,
    })),
  }));
  return { segments: curvesOut, horizons, warnings };
}
