import type Decimal from 'decimal.js';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { InputError } from '../../errors/inputError';
import { parseScenarioFile } from '../../scenarios/scenarioFile';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { type AnalysisHorizon, analysisMonths } from './analysisMonths';
import { type AnnualIrr, annualIrrOf } from './annualIrrOf';
import { monthlyCashFlows } from './monthlyCashFlows';
import { paybackMonthOf } from './paybackMonthOf';
import { requireArgument } from '../../errors/argument';
import type { ScenarioFileData } from '../../scenarios/scenarioFile';
import type { ResolvedScenarioFile } from '../../scenarios/resolveScenarioFile';

/** Options of {@link breakEvenOf}: the horizon (default: the longest of the file's `horizonsYears`). */
export type BreakEvenOptions = AnalysisHorizon;

/** One month of the hypothesis minus its baseline: exact money. */
export interface IncrementalMonth {
  /** 0 for the investments at t = 0, then 1…M. */
  readonly month: number;
  /** Month 0: −(investment_h − investment_b); month m: net_h,m − net_b,m (money). */
  readonly incrementalCashFlow: Decimal;
  /** NPV_h − NPV_b over months 1…m, investments included (money at t = 0). */
  readonly cumulativeIncrementalNpv: Decimal;
}

/** The result of {@link breakEvenOf}: exact money, nothing rounded. */
export interface BreakEvenResult extends AnnualIrr {
  readonly hypothesis: string;
  /** The file's `baselineName`. */
  readonly baseline: string;
  /** The horizon M, in months. */
  readonly months: number;
  /** investment_h − investment_b, paid at t = 0 (money). */
  readonly incrementalInvestment: Decimal;
  /** NPV_h − NPV_b at the horizon (money at t = 0). */
  readonly incrementalNpv: Decimal;
  /**
   * Payback of the hypothesis over its baseline: the first month from which the cumulative
   * incremental NPV is ≥ 0 in every month up to the horizon; null when it is negative at the horizon.
   */
  readonly paybackMonth: number | null;
  /** The first month whose cumulative incremental NPV is ≥ 0, even if it falls below 0 later; null when never. */
  readonly firstCrossingMonth: number | null;
  /** Months 0…M. */
  readonly monthly: readonly IncrementalMonth[];
}

/**
 * Break-even of a hypothesis against its baseline: the incremental monthly cash flows (what
 * the hypothesis adds), the month in which their cumulative discounted value turns positive for
 * good, the incremental NPV at the horizon and the IRR of the incremental flows, annualised.
 *
 * ```
 * Δflow_0 = −(investment_h − investment_b),   Δflow_m = net_h,m − net_b,m          (money)
 * ΔNPV_m  = NPV_h,m − NPV_b,m = Δflow_0 + Σ_{k=1..m} Δflow_k × DF_k                (money at t = 0)
 * paybackMonth       = min { m ≥ 1 : ΔNPV_k ≥ 0 for every k = m…M }
 * firstCrossingMonth = min { m ≥ 1 : ΔNPV_m ≥ 0 }
 * Σ_{m=0..M} Δflow_m / (1 + irrMonthly)^m = 0,   irrAnnual = (1 + irrMonthly)^12 − 1
 * ```
 * Why "for good": more emails earn more at once but wear the list out, so a hypothesis can be
 * ahead early and behind later (the article's H1 leads after 1 year, trails after 3). Its
 * `paybackMonth` is then null, since it does not pay at the horizon, and `firstCrossingMonth`
 * shows the early lead. `paybackMonth` is not null exactly when `incrementalNpv` ≥ 0.
 * The discount factors are the scenarios' own (the two share them when their discount rates agree).
 * The IRR is null with `irrReason` when the incremental flows never change sign (e.g. H2, which
 * is ahead in every month). Read it with the flows' shape: when they cost first and earn later
 * (H4's automation) the hypothesis is worth it when its IRR is above the discount rate; when they
 * earn first and cost later (H1: more sends now, a worn-out list later) the IRR is the rate of that
 * "loan", and the hypothesis is worth it only when its IRR is *below* the discount rate (H1: 125 % a
 * year against 25.6 %, so no). Money runs on the exact backend.
 *
 * @param file - a scenario file (typically parsed JSON); not mutated
 * @param hypothesis - the name of one of its hypotheses
 * @param options - `{ years }` or `{ months }`; default the file's longest horizon
 * @returns incremental flows, payback months, incremental NPV and IRR
 * @throws {InputError} for a bad file, `scenario: "H9" is not in the file (names: …)`,
 *   or `hypothesis: "baseline" is the baseline itself: name a hypothesis`
 *
 * @example
 * // articleFile = JSON.parse(readFileSync('examples/moller-article.json', 'utf8'))
 * const result = breakEvenOf(articleFile, 'H4', { years: 5 });
 * result.paybackMonth //=> 19 (the $17,000 automation pays back in its second year)
 * result.incrementalNpv.toFixed(0) //=> '38809'
 */
export function breakEvenOf(file: ScenarioFileData | ResolvedScenarioFile, hypothesis: string, options: BreakEvenOptions = {}): BreakEvenResult {
  const parsed = parseScenarioFile(file);
  requireArgument('hypothesis', hypothesis, typeof hypothesis === 'string', 'the name of a hypothesis of the file');
  if (hypothesis === parsed.baselineName) {
    throw new InputError([
      { path: 'hypothesis', rule: `"${hypothesis}" is the baseline itself: name a hypothesis (${Object.keys(parsed.hypotheses).join(', ')})` },
    ]);
  }
  const months = analysisMonths(options, Math.max(...parsed.horizonsYears));
  const inputH = scenarioInputOf(parsed, hypothesis);
  const inputB = scenarioInputOf(parsed);
  const flowsH = monthlyCashFlows(inputH, months);
  const flowsB = monthlyCashFlows(inputB, months);
  const monthly = flowsH.map((h, m): IncrementalMonth => ({
    month: m,
    incrementalCashFlow: h.netCashFlow.minus(flowsB[m]!.netCashFlow),
    cumulativeIncrementalNpv: h.cumulativeNpv.minus(flowsB[m]!.cumulativeNpv),
  }));
  const cumulative = monthly.map((m) => m.cumulativeIncrementalNpv);
  return {
    hypothesis,
    baseline: parsed.baselineName,
    months,
    incrementalInvestment: decimalCalculator.sub(decimalCalculator.from(inputH.investment), decimalCalculator.from(inputB.investment)),
    incrementalNpv: cumulative[months]!,
    paybackMonth: paybackMonthOf(cumulative, { rule: 'stays' }),
    firstCrossingMonth: paybackMonthOf(cumulative),
    ...annualIrrOf(monthly.map((m) => m.incrementalCashFlow)),
    monthly,
  };
}
