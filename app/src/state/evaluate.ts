import {
  chartSeries,
  compareScenarios,
  InputError,
  type InputProblem,
  npvChart,
  resolveScenarioFile,
  type ScenarioComparison,
  splitReportSettings,
  subscribersChart,
  type UserScenarioFileData,
} from 'email-npv';

/** What the results area draws for a valid file. */
export interface Results {
  readonly comparison: ScenarioComparison;
  /** The library's cumulative NPV chart (SVG text made and escaped by the library). */
  readonly npvSvg: string;
  /** The library's subscribers chart (SVG text made and escaped by the library). */
  readonly subscribersSvg: string;
  /** Per scenario, the cumulative NPV (floats) at the end of each year, for the chart's table. */
  readonly yearly: readonly { readonly name: string; readonly values: readonly number[] }[];
  /** The baseline's input with every default filled in: the value a field not written has. */
  readonly baselineInput: Readonly<Record<string, unknown>>;
  /** How many distributions the file holds (its inputs marked uncertain). */
  readonly uncertainCount: number;
}

/** A file read: its results, or the problems that keep it from the model (`path: rule`, as the CLI gives them). */
export type Evaluation = { readonly ok: true; readonly results: Results } | { readonly ok: false; readonly problems: readonly InputProblem[] };

/**
 * Reads the page's file as the CLI reads a file (`splitReportSettings`: the whole file checked, distributions
 * replaced by their point values), compares its scenarios exactly (`compareScenarios`) and draws the library's charts.
 */
export function evaluate(file: UserScenarioFileData): Evaluation {
  try {
    const start = performance.now();
    const split = splitReportSettings(file);
    const resolved = resolveScenarioFile(split.file);
    const checked = performance.now();
    const comparison = compareScenarios(resolved);
    const compared = performance.now();
    const months = comparison.monthly.length;
    const horizonsMonths = comparison.horizons.map((h) => h.months);
    const { npvSeries, subscriberSeries } = chartSeries(resolved.scenarios, comparison);
    const ran = performance.now();
    const npvSvg = npvChart(npvSeries, { firstMonth: 0, horizonsMonths, id: 'page-npv' });
    const subscribersSvg = subscribersChart(subscriberSeries, { horizonsMonths, id: 'page-subscribers' });
    const drawn = performance.now();
    // Where an update's time goes, for the browser's performance panel and the bench.
    performance.measure('email-npv check', { start, end: checked });
    performance.measure('email-npv compare', { start: checked, end: compared });
    performance.measure('email-npv subscribers', { start: compared, end: ran });
    performance.measure('email-npv charts', { start: ran, end: drawn });
    const years = Array.from({ length: Math.floor(months / 12) }, (_, y) => 12 * (y + 1));
    return {
      ok: true,
      results: {
        comparison,
        npvSvg,
        subscribersSvg,
        yearly: npvSeries.map(({ name, values }) => ({ name, values: years.map((m) => values[m]!) })),
        baselineInput: resolved.scenarios[0]!.input as unknown as Record<string, unknown>,
        uncertainCount: split.distributions.length,
      },
    };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: error.problems };
    return { ok: false, problems: [{ path: '', rule: error instanceof Error ? error.message : String(error) }] };
  }
}
