import type { InputProblem, NpvSummary, SensitivityResult, Simulation, SolveForResult, UncertainInput } from 'email-npv';
import type { CampaignFitOutcome } from './historyFit';

// The messages between the page and its analysis worker: plain data only (structured clone), so exact
// money (Decimal) travels as its decimal string.

/** What the page asks the worker to compute; `file` is the page's scenario file as written (it may hold distributions). */
export type AnalysisRequest =
  | { readonly kind: 'simulate'; readonly file: unknown; readonly draws: number; readonly seed: number }
  | { readonly kind: 'sensitivity'; readonly file: unknown; readonly scenario: string; readonly years: number; readonly change: number }
  | {
      readonly kind: 'solveFor';
      readonly file: unknown;
      readonly scenario: string;
      readonly field: string;
      readonly years: number;
      /** `zero`: NPV = 0 (break-even); `baseline`: the scenario's NPV equals the baseline's at the horizon. */
      readonly target: 'zero' | 'baseline';
    }
  | {
      readonly kind: 'fitCampaigns';
      /** The campaign CSV's text. */
      readonly text: string;
      /** The page's scenario file, whose baseline the fitted values replace. */
      readonly base: unknown;
      readonly fileName: string;
      readonly locale?: string;
      readonly segmentBy?: string;
    };

/** A simulated scenario with its exact point NPV as a decimal string. */
export interface WireSimulatedScenario {
  readonly name: string;
  readonly pointNpv: string;
  readonly npv: NpvSummary;
  readonly deltaVsBaseline: NpvSummary;
  readonly probabilityNegative: number;
  readonly probabilityBeatsBaseline: number | null;
}

/** `simulate`'s result as plain data. */
export interface WireSimulation extends Omit<Simulation, 'horizons' | 'uncertainInputs'> {
  readonly uncertainInputs: readonly UncertainInput[];
  readonly horizons: readonly { readonly years: number; readonly months: number; readonly scenarios: readonly WireSimulatedScenario[] }[];
}

/** One bar of the tornado, exact money as decimal strings. */
export interface WireSensitivityEntry {
  readonly field: string;
  readonly value: number;
  readonly valueLow: number;
  readonly valueHigh: number;
  readonly clamped: boolean;
  readonly npvLow: string;
  readonly npvHigh: string;
  readonly swing: string;
  readonly elasticity: number | null;
  readonly elasticityReason?: string;
}

/** `sensitivity`'s result as plain data. */
export interface WireSensitivity {
  readonly months: number;
  readonly change: number;
  readonly npvBase: string;
  readonly tornado: readonly WireSensitivityEntry[];
  readonly warnings: readonly string[];
}

/** `solveFor`'s result as plain data, with the target aimed at. */
export interface WireSolveFor extends Omit<SolveForResult, 'npvAtValue'> {
  readonly npvAtValue: string;
}

/** What the worker answers: progress of a run, its result, or the problems that stopped it (`field: rule`). */
export type AnalysisResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'result'; readonly kind: 'simulate'; readonly result: WireSimulation }
  | { readonly id: number; readonly type: 'result'; readonly kind: 'sensitivity'; readonly result: WireSensitivity }
  | { readonly id: number; readonly type: 'result'; readonly kind: 'solveFor'; readonly result: WireSolveFor }
  | { readonly id: number; readonly type: 'result'; readonly kind: 'fitCampaigns'; readonly result: CampaignFitOutcome }
  | { readonly id: number; readonly type: 'error'; readonly problems: readonly InputProblem[] };

/** The result type of each kind of request. */
export interface ResultOf {
  simulate: WireSimulation;
  sensitivity: WireSensitivity;
  solveFor: WireSolveFor;
  fitCampaigns: CampaignFitOutcome;
}

/** `simulate`'s result with every Decimal as its string: what crosses to the page. */
export function simulationToWire(simulation: Simulation): WireSimulation {
  return {
    ...simulation,
    horizons: simulation.horizons.map((h) => ({ ...h, scenarios: h.scenarios.map((s) => ({ ...s, pointNpv: s.pointNpv.toString() })) })),
  };
}

/** `sensitivity`'s result with every Decimal as its string. */
export function sensitivityToWire(result: SensitivityResult): WireSensitivity {
  return {
    ...result,
    npvBase: result.npvBase.toString(),
    tornado: result.tornado.map((e) => ({ ...e, npvLow: e.npvLow.toString(), npvHigh: e.npvHigh.toString(), swing: e.swing.toString() })),
  };
}

/** `solveFor`'s result with its Decimal as a string. */
export function solveForToWire(result: SolveForResult): WireSolveFor {
  return { ...result, npvAtValue: result.npvAtValue.toString() };
}
