import type { SensitivityEntry } from '../../analysis/search/sensitivity';
import type { Simulation } from '../../analysis/uncertainty/simulation';
import type { ReportData, ReportSensitivity } from '../../report/buildReport';
import { fieldPathGuide } from '../../schema/fieldPathGuide';
import { fieldPathLabel } from '../../schema/fieldPathLabel';
import { describeDistribution } from '../describeDistribution';
import type { MoneyFormat } from '../formatMoney';
import { formatInputValue } from './formatInputValue';
import type { MonteCarloSectionData } from './monteCarloSection';
import type { ReportSectionData } from './reportSection';
import type { SensitivitySectionData } from './sensitivitySection';

type Format = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

/** A tornado bar's label: the input's label and its two values as the report writes inputs, e.g. `Open rate (OR) 36% to 44%` (the values joined by no-break spaces, so that a wrapped label keeps them on one line). */
function barLabel(entry: SensitivityEntry, name: string, format: Format): string {
  const kind = fieldPathGuide(entry.field)?.kind ?? 'number';
  const [low, high] = [entry.valueLow, entry.valueHigh].map((value) => formatInputValue(kind, value, format).text);
  return `${name} ${low}\u00a0to\u00a0${high}${entry.clamped ? '\u00a0*' : ''}`;
}

/** The sensitivity section: the tornado's bars labelled, and a note on the change, the clamped values and the largest elasticities. */
function sensitivityData({ scenario, result }: ReportSensitivity, format: Format): SensitivitySectionData {
  const top = result.tornado.filter((e) => e.elasticity !== null).slice(0, 3);
  const clamped = result.tornado.some((e) => e.clamped);
  const nameOf = (entry: SensitivityEntry) => fieldPathLabel(entry.field);
  const note = [
    `Each input moved down and up by ${+(result.change * 100).toPrecision(6)} %, the others at base.`,
    ...(clamped ? ['* a value outside the input’s valid range was replaced by the nearest valid one.'] : []),
    ...(top.length === 0
      ? []
      : [`Elasticity of the NPV (% change of the NPV per 1 % change of the input): ${top.map((e) => `${nameOf(e)} ${e.elasticity!.toFixed(2)}`).join(', ')}.`]),
  ].join(' ');
  return {
    kind: 'sensitivity',
    scenario,
    horizonYears: result.months / 12,
    base: result.npvBase.toNumber(),
    bars: result.tornado.map((e) => ({ label: barLabel(e, nameOf(e), format), low: e.npvLow.toNumber(), high: e.npvHigh.toNumber() })),
    note,
  };
}

/** One scenario's Monte Carlo section: its fan (cumulative NPV month by month), its percentiles per horizon, and which inputs were uncertain. */
function monteCarloData(simulation: Simulation, name: string): MonteCarloSectionData {
  const isBaseline = name === simulation.baselineName;
  const uncertain = simulation.uncertainInputs.filter((u) => u.usedBy.includes(name));
  const note =
    uncertain.length === 0
      ? `No input of ${name} is uncertain: every run gives the point forecast.`
      : `Uncertain inputs of ${name} (the same draws for every scenario): ${uncertain.map((u) => `${fieldPathLabel(u.field)}${u.scenario === name ? '' : ` (from ${u.scenario})`}: ${describeDistribution(u.distribution)}`).join('; ')}.` +
        (simulation.redrawn === 0 ? '' : ` ${simulation.redrawn} draws whose churn exceeded the whole list were drawn again.`);
  return {
    kind: 'monteCarlo',
    scenario: name,
    ...(isBaseline ? {} : { baseline: simulation.baselineName }),
    runs: simulation.draws,
    seed: simulation.seed,
    band: simulation.monthly.map((m) => ({ month: m.month, ...m.cumulativeNpv[name]! })),
    percentiles: simulation.horizons.map((h) => {
      const s = h.scenarios.find((candidate) => candidate.name === name)!;
      return {
        years: h.years,
        p5: s.npv.p5,
        p50: s.npv.p50,
        p95: s.npv.p95,
        probabilityNegative: s.probabilityNegative,
        ...(s.probabilityBeatsBaseline === null ? {} : { probabilityBeatsBaseline: s.probabilityBeatsBaseline }),
      };
    }),
    note,
  };
}

/**
 * The analyses of a report as section data, in words: the sensitivity (when the report has one),
 * each bar labelled with the input's label from the field metadata (`fieldPathLabel`) and its two values as
 * the report writes inputs (`Open rate (OR) 36% to 44%`, `Open rate (OR), segment engaged 45% to 55%`) and a note on
 * the change and the largest elasticities; then one Monte Carlo section per scenario simulated: the P5–P50–P95
 * fan of its cumulative NPV, its percentiles, its chance of a loss and to beat the baseline per horizon, and
 * which of its inputs were uncertain, by label and distribution (`Open rate (OR): beta(α 40, β 60)`; the
 * reasons are in the inputs section).
 *
 * @param data - the report's data (`buildReport`)
 * @param format - currency and locale of the tornado's labels
 * @returns the sections, in order (empty for a plain file without a `report` section)
 *
 * @example
 * import { buildReport } from '../../report/buildReport';
 * analysisSectionData(buildReport(uncertainFile), { currency: 'USD', locale: 'en-US' }).map((s) => `${s.kind} ${s.scenario}`)
 * //=> ['sensitivity baseline', 'monteCarlo baseline', 'monteCarlo H2+H4']
 */
export function analysisSectionData(
  data: Pick<ReportData, 'sensitivity' | 'simulation'>,
  format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>,
): ReportSectionData[] {
  const { sensitivity, simulation } = data;
  return [
    ...(sensitivity === undefined ? [] : [sensitivityData(sensitivity, format)]),
    ...(simulation === undefined ? [] : simulation.scenarios.map((name) => monteCarloData(simulation.result, name))),
  ];
}
