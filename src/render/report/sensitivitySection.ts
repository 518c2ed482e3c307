import { decimalCalculator } from '../../calculator/decimalCalculator';
import { type TornadoBar, tornadoChart } from '../charts/tornadoChart';
import { escapeMarkup } from '../escapeMarkup';
import { formatMoney, type MoneyFormat } from '../formatMoney';
import { htmlTable } from './htmlTable';
import { chartFigure } from './chartFigure';
import { yearsText } from '../yearsText';

/**
 * A sensitivity section of the report, as plain data (e.g. mapped from a sensitivity run):
 * the NPV of one scenario with each input at a low and a high value, the others at base.
 */
export interface SensitivitySectionData {
  readonly kind: 'sensitivity';
  /** The section's heading (default "Sensitivity of <scenario>"). */
  readonly title?: string;
  /** The scenario varied, e.g. "baseline". */
  readonly scenario: string;
  /** The horizon of the NPVs, in years (shown in the text when given). */
  readonly horizonYears?: number;
  /** The NPV with every input at its base value (money). */
  readonly base: number;
  /** One bar per input: `label` (e.g. "openRate 0.3 – 0.5"), NPV at its `low` and at its `high` value (money). */
  readonly bars: readonly TornadoBar[];
  /** A paragraph shown under the heading (plain text). */
  readonly note?: string;
}

/**
 * The body of a sensitivity section: a sentence saying what was varied, the tornado chart, and the
 * same numbers as a table (input, NPV at low, NPV at high, swing), widest swing first.
 *
 * ```
 * swing = |NPV at high − NPV at low|
 * ```
 *
 * @param data - the section's data
 * @param id - a prefix unique in the page, for the chart's ids
 * @param format - currency and locale
 * @returns the section's content (markup; every string escaped)
 * @throws {InputError} from the chart, e.g. `bars: must hold at least one bar`
 *
 * @example
 * sensitivitySection({ kind: 'sensitivity', scenario: 'baseline', base: 97797, bars: [{ label: 'openRate', low: 80000, high: 115000 }] }, 'section-1', { currency: 'USD', locale: 'en-US' })
 * //=> '<p>NPV of baseline with one input at a time …</p>\n<figure class="chart-figure">…<svg … data-chart="tornado" …'
 */
export function sensitivitySection(data: SensitivitySectionData, id: string, format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>): string {
  const money = (value: number) => formatMoney(decimalCalculator.from(value), { ...format, fractionDigits: 0 });
  const chart = (width: number, chartId: string) => tornadoChart(data.bars, data.base, { ...format, width, id: chartId });
  const sorted = [...data.bars].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  const horizon = data.horizonYears === undefined ? '' : ` over ${yearsText(data.horizonYears)}`;
  return [
    `<p>NPV of ${escapeMarkup(data.scenario)}${horizon} with one input at a time at its low and at its high value, the others at base (base NPV ${escapeMarkup(money(data.base))}).</p>`,
    ...(data.note === undefined ? [] : [`<p class="note">${escapeMarkup(data.note)}</p>`]),
    chartFigure(chart, `${id}-tornado`),
    htmlTable(
      ['input', 'NPV at low', 'NPV at high', 'swing'],
      sorted.map((bar) => [bar.label, money(bar.low), money(bar.high), money(Math.abs(bar.high - bar.low))]),
      { className: 'sensitivity', label: `Sensitivity of ${data.scenario}: NPV at each input's low and high value` },
    ),
  ].join('\n');
}
