import { decimalCalculator } from '../../calculator/decimalCalculator';
import { type FanPoint, fanChart } from '../charts/fanChart';
import { escapeMarkup } from '../escapeMarkup';
import { formatMoney, type MoneyFormat } from '../formatMoney';
import { htmlTable } from './htmlTable';
import { chartFigure } from './chartFigure';
import { yearsToMonths } from '../../schema/horizon';
import { yearsText } from '../yearsText';

/** Percentiles of the simulated NPV at one horizon. */
export interface MonteCarloPercentiles {
  readonly years: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  /** Share of the runs with a negative NPV, 0 to 1 (shown when given). */
  readonly probabilityNegative?: number;
  /** Share of the runs in which this scenario's NPV is above the baseline's in the same run, 0 to 1 (shown when given). */
  readonly probabilityBeatsBaseline?: number;
}

/** A Monte Carlo section of the report, as plain data (e.g. mapped from a simulation run). */
export interface MonteCarloSectionData {
  readonly kind: 'monteCarlo';
  /** The section's heading (default "Monte Carlo: <scenario>"). */
  readonly title?: string;
  /** The scenario simulated. */
  readonly scenario: string;
  /** The number of runs. */
  readonly runs: number;
  /** The scenario `probabilityBeatsBaseline` compares with (default "the baseline"). */
  readonly baseline?: string;
  /** The seed, so a reader can reproduce the run (shown when given). */
  readonly seed?: number;
  /** Percentiles of the cumulative NPV month by month, for the fan chart. */
  readonly band: readonly FanPoint[];
  /** Percentiles of the NPV at each horizon, for the table. */
  readonly percentiles: readonly MonteCarloPercentiles[];
  /** A paragraph shown under the heading (plain text), e.g. which inputs were uncertain and how. */
  readonly note?: string;
}

/**
 * The body of a Monte Carlo section: what was simulated, the fan chart (P5–P95 band around the
 * median), and a table of the NPV's percentiles at each horizon (with the chance of a loss and the
 * chance to beat the baseline when given).
 *
 * @param data - the section's data
 * @param id - a prefix unique in the page, for the chart's ids
 * @param format - currency and locale
 * @returns the section's content (markup; every string escaped)
 * @throws {InputError} from the chart, e.g. `band[3]: must have p5 ≤ p50 ≤ p95`
 *
 * @example
 * const band = [{ month: 12, p5: 4000, p50: 9000, p95: 14000 }, { month: 60, p5: 90000, p50: 130000, p95: 170000 }];
 * monteCarloSection({ kind: 'monteCarlo', scenario: 'H2', runs: 10000, seed: 7, band, percentiles: [{ years: 5, p5: 90000, p50: 130000, p95: 170000 }] }, 'section-2', { currency: 'USD', locale: 'en-US' })
 * //=> '<p>10,000 runs of H2 (seed 7)…</p>\n<figure class="chart-figure">…<svg … data-chart="fan" …'
 */
export function monteCarloSection(data: MonteCarloSectionData, id: string, format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>): string {
  const money = (value: number) => formatMoney(decimalCalculator.from(value), { ...format, fractionDigits: 0 });
  const horizonsMonths = data.percentiles.map((p) => yearsToMonths(p.years));
  const chart = (width: number, chartId: string) => fanChart(data.band, { ...format, width, id: chartId, horizonsMonths });
  const withLoss = data.percentiles.some((p) => p.probabilityNegative !== undefined);
  const withBeats = data.percentiles.some((p) => p.probabilityBeatsBaseline !== undefined);
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 });
  const share = (p: number | undefined) => (p === undefined ? '—' : percent.format(p));
  const runs = new Intl.NumberFormat(format.locale).format(data.runs);
  return [
    `<p>${escapeMarkup(runs)} runs of ${escapeMarkup(data.scenario)}${data.seed === undefined ? '' : ` (seed ${escapeMarkup(String(data.seed))})`}: ` +
      'the band holds the middle 90 % of the simulated cumulative NPVs, the line their median.</p>',
    ...(data.note === undefined ? [] : [`<p class="note">${escapeMarkup(data.note)}</p>`]),
    chartFigure(chart, `${id}-fan`),
    htmlTable(
      [
        'horizon',
        'P5',
        'P50 (median)',
        'P95',
        ...(withLoss ? ['chance of a loss'] : []),
        ...(withBeats ? [`chance to beat ${data.baseline ?? 'the baseline'}`] : []),
      ],
      data.percentiles.map((p) => [
        yearsText(p.years),
        money(p.p5),
        money(p.p50),
        money(p.p95),
        ...(withLoss ? [share(p.probabilityNegative)] : []),
        ...(withBeats ? [share(p.probabilityBeatsBaseline)] : []),
      ]),
      { className: 'percentiles', label: `Percentiles of the simulated NPV of ${data.scenario}` },
    ),
  ].join('\n');
}
