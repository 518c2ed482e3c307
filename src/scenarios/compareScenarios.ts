import type Decimal from 'decimal.js';
import { decimalCalculator } from '../calculator/decimalCalculator';
import { InputError } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';
import { runModel } from '../model/runModel';
import { HorizonsYears, parseScenarioFile } from './scenarioFile';
import { resolveHypotheses } from './resolveHypotheses';
import { isResolvedScenarioFile, type ResolvedScenarioFile } from './resolveScenarioFile';
import { scenarioFileWarnings } from './scenarioFileWarnings';
import { yearsToMonths } from '../schema/horizon';
import { optionsArgument } from '../errors/optionsArgument';
import { checkWork, segmentedCellMonths, WORK_LIMITS } from './workLimits';
import type { ScenarioFileData } from './scenarioFile';
import { segmentContributions } from './segmentContributions';

/** One scenario's result at one horizon. */
export interface ScenarioResult {
  readonly name: string;
  /** NPV over the horizon, exact (money at t = 0). */
  readonly npv: Decimal;
  /** 1 for the highest NPV; equal NPVs share a rank (1, 1, 3). */
  readonly rank: number;
  /** npv − the baseline's npv at the same horizon (money); 0 for the baseline itself. */
  readonly deltaVsBaseline: Decimal;
  /**
   * For a scenario with `segments`: each segment's contribution to `npv` and the part that belongs to the
   * whole scenario (fixed costs and investment), which add up to `npv` (see `segmentContributions`).
   */
  readonly segmentContributions?: { readonly segments: Readonly<Record<string, Decimal>>; readonly scenarioWide: Decimal };
}

/** Every scenario's result at one horizon. */
export interface HorizonComparison {
  readonly years: number;
  readonly months: number;
  /** In file order, the baseline first. */
  readonly results: readonly ScenarioResult[];
  /**
   * The name of the scenario ranked 1; on a tie, the first of them in file order (the baseline first).
   * When `allLose`, it is the scenario that loses least, not one that pays.
   */
  readonly winner: string;
  /** True when every scenario's NPV is below 0 at this horizon: none breaks even, and `winner` loses least. */
  readonly allLose: boolean;
}

/** One month of the cumulative NPV of every scenario. */
export interface MonthComparison {
  readonly month: number;
  /** Scenario name → cumulative NPV at the end of this month (money at t = 0). */
  readonly cumulativeNpv: Readonly<Record<string, Decimal>>;
}

/** The result of {@link compareScenarios}. */
export interface ScenarioComparison {
  /** The file's `name`, when it gives one. */
  readonly name: string | undefined;
  readonly baselineName: string;
  /** One entry per horizon, in the order asked for. */
  readonly horizons: readonly HorizonComparison[];
  /** Months 1 to the longest horizon. */
  readonly monthly: readonly MonthComparison[];
  /** Values of the file that look like mistakes, each where it is written (see `scenarioFileWarnings`); empty when none. */
  readonly warnings: readonly string[];
}

/** Options of {@link compareScenarios}. */
export interface CompareScenariosOptions {
  /** Horizons in years, instead of the file's `horizonsYears`. */
  readonly horizonsYears?: readonly number[];
}

/**
 * Compares the baseline of a scenario file with its hypotheses, in money: the exact NPV of every
 * scenario at every horizon, its rank, its difference from the baseline, the winner per horizon
 * (with `allLose` when no scenario breaks even, the winner then being the one that loses least),
 * the cumulative NPV of every scenario month by month, and the plausibility warnings of the file.
 * A scenario with `segments` also gets each segment's contribution to its NPV at every horizon
 * (`segmentContributions`: they add up to the NPV with the fixed costs and the investment).
 *
 * Each scenario runs once, on exact decimals, over the longest horizon; the shorter horizons
 * are read on the way (the same numbers `forecast` gives for each horizon). The work, scenarios ×
 * months, is checked first against `WORK_LIMITS.comparisonScenarioMonths`.
 *
 * @param file - a scenario file, typically parsed JSON (see `ScenarioFile`), or the file already read by
 *   `resolveScenarioFile` (then neither parsed nor resolved again); not mutated
 * @param options - `horizonsYears` to override the file's
 * @throws {InputError} listing every problem as `field: rule`, e.g. `hypotheses.H1.openRate: …`,
 *   or `hypotheses.H1.changes[0].fromMonth: is month 72, beyond the 60-month horizon`, or
 *   `hypotheses: 1,001 scenarios × 1,200 months … = 1,201,200 scenario-months; at most 150,000 per comparison …`
 *
 * @example
 * const comparison = compareScenarios({
 *   baseline: { subscribers: 10000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1,
 *     conversionRate: 0.05, averageOrderValue: 40, budgetPerMonth: 1200, discountRateAnnual: 0.1 },
 *   hypotheses: { 'Better subject lines': { openRate: 0.45 } },
 * });
 * comparison.horizons.map((h) => h.winner) //=> ['Better subject lines', 'Better subject lines', 'Better subject lines']
 */
export function compareScenarios(file: ScenarioFileData | ResolvedScenarioFile, options: CompareScenariosOptions = {}): ScenarioComparison {
  const resolved: ResolvedScenarioFile | undefined = isResolvedScenarioFile(file) ? file : undefined;
  const parsed = resolved?.file ?? parseScenarioFile(file);
  options = optionsArgument(options);
  const horizonsYears = options.horizonsYears === undefined ? parsed.horizonsYears : parseWith(HorizonsYears, options.horizonsYears, ['horizonsYears']);
  const horizonMonths = horizonsYears.map(yearsToMonths);
  const longest = Math.max(...horizonMonths);
  const scenarioCount = 1 + Object.keys(parsed.hypotheses).length;
  const horizonsField = options.horizonsYears === undefined ? 'horizonsYears' : 'options.horizonsYears';
  checkWork(
    'hypotheses',
    [
      [scenarioCount, 'scenarios'],
      [longest, `months (${horizonsField} up to ${longest / 12})`],
    ],
    'scenario-months',
    WORK_LIMITS.comparisonScenarioMonths,
    'per comparison: compare fewer hypotheses or shorter horizons',
  );
  const scenarios = resolved?.scenarios ?? resolveHypotheses(parsed);
  const cells = segmentedCellMonths(
    scenarios.map((s) => s.input),
    longest,
  );
  if (cells !== undefined) {
    checkWork(
      horizonsField,
      [[cells, `cell-months of the segmented scenarios over ${longest} months`]],
      'cell-months',
      WORK_LIMITS.comparisonCellMonths,
      'per comparison: shorten the horizon (with retention by tenure the work grows with its square) or compare fewer segmented hypotheses',
    );
  }

  // One scenario's month rows at a time: only the NPVs and segment contributions at the horizons and the cumulative NPV of each month are kept.
  const runs = scenarios.map(({ name, input }) => {
    try {
      const run = runModel(decimalCalculator, input, { months: longest, checkpoints: horizonMonths, keepRows: true });
      return {
        npvAtCheckpoints: run.npvAtCheckpoints,
        cumulativeNpv: run.rows.map((row) => row.cumulativeNpv),
        contributions: segmentContributions(decimalCalculator, run.rows, horizonMonths),
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const prefix = name === parsed.baselineName ? 'baseline' : `hypotheses.${name}`;
      throw new InputError(error.problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, rule: p.rule })));
    }
  });

  const horizons = horizonsYears.map((years, h): HorizonComparison => {
    const npvs = runs.map((run) => run.npvAtCheckpoints[h]!);
    const baselineNpv = npvs[0]!;
    const results = scenarios.map(({ name }, s): ScenarioResult => {
      const contributions = runs[s]!.contributions?.[h];
      return {
        name,
        npv: npvs[s]!,
        rank: 1 + npvs.filter((other) => other.greaterThan(npvs[s]!)).length,
        deltaVsBaseline: npvs[s]!.minus(baselineNpv),
        ...(contributions === undefined ? {} : { segmentContributions: { segments: contributions.segments, scenarioWide: contributions.scenarioWide } }),
      };
    });
    return { years, months: horizonMonths[h]!, results, winner: results.find((r) => r.rank === 1)!.name, allLose: npvs.every((npv) => npv.lt(0)) };
  });

  const monthly = Array.from({ length: longest }, (_, m): MonthComparison => ({
    month: m + 1,
    cumulativeNpv: Object.fromEntries(scenarios.map(({ name }, s) => [name, runs[s]!.cumulativeNpv[m]!])),
  }));

  return { name: parsed.name, baselineName: parsed.baselineName, horizons, monthly, warnings: scenarioFileWarnings(parsed, scenarios) };
}
