import { area, line } from 'd3-shape';
import { InputError } from '../../errors/inputError';
import { escapeMarkup } from '../escapeMarkup';
import { axisMarkup } from './axisMarkup';
import { chartTitleLines, TITLE_LINE_HEIGHT } from './chartTitleLines';
import { dateTicks } from './dateTicks';
import { type LegendItem, legendMarkup } from './legendMarkup';
import { niceScale } from './niceScale';
import { seriesStyle } from './palette';
import { svgFrame } from './svgFrame';
import { svgNumber } from './svgNumber';
import { textWidth } from './textWidth';
import { tickFormatter } from './tickFormatter';

/** One observation or one point of a fitted curve: `x` a day (days since 1970-01-01), a campaign's number or a period; `y` a fraction or a count. */
export interface FitPoint {
  readonly x: number;
  readonly y: number;
  /** What a dot is, shown when it is hovered (e.g. a campaign's name and date; untrusted: escaped). */
  readonly label?: string;
}

/** A band at `x`: from `low` to `high`. */
export interface FitBandPoint {
  readonly x: number;
  readonly low: number;
  readonly high: number;
}

/** One group of a fit chart, drawn in one colour: what was observed, the curve fitted to it, and bands around the curve. */
export interface FitGroup {
  /** The group's name, prefixing its legend entries (a segment's name, untrusted: escaped); empty for a chart of one group. */
  readonly name: string;
  /** The observations, drawn as dots. */
  readonly observed: readonly FitPoint[];
  /** The fitted curve, drawn as a line through its points in order. */
  readonly fitted: readonly FitPoint[];
  /** Bands shaded around the curve, the widest first (drawn lighter), each with its legend label. */
  readonly bands: readonly { readonly label: string; readonly points: readonly FitBandPoint[] }[];
}

/** What a fit chart shows and how its axes read. */
export interface FitChartSpec {
  /** `data-chart` of the SVG, e.g. "history-openRate". */
  readonly kind: string;
  /** Prefix of its ids, unique in the page. */
  readonly id: string;
  readonly title: string;
  /** The text alternative: what the chart shows, in words and numbers. */
  readonly description: string;
  readonly width: number;
  readonly height: number;
  /** BCP 47 locale of every number and date. */
  readonly locale: string;
  /** `date`: x in days since 1970-01-01, ticked on month starts; `count`: x a number (campaign order, period). */
  readonly xKind: 'date' | 'count';
  readonly xTitle: string;
  /** `percent`: y a fraction, written as a percentage; `count`: y people. */
  readonly yKind: 'percent' | 'count';
  /** The y axis starts at 0 (true), or spans the values only, so that small gaps show (false). */
  readonly yFromZero: boolean;
  readonly yTitle: string;
}

/** The colour of the bands' legend when several groups shade bands, each in its own colour. */
const BAND_GREY = '#8a8a8a';

/** Tick labels of fractions as percentages, with the decimals the step needs (a 0.5 % step: one decimal). */
function percentLabels(ticks: readonly number[], locale: string): (tick: number) => string {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) * 100 : 1;
  const digits = Math.min(6, Math.max(0, -Math.floor(Math.log10(step) + 1e-9)));
  const format = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (tick) => format.format(tick);
}

/**
 * Draws observations against what was fitted to them, as an accessible SVG string: per group (in its
 * palette colour) the bands shaded (`<path class="band">`, widest lightest), the fitted curve
 * (`<path class="fitted">`) and the observations as dots (`<circle class="observed">`, a dot's label its
 * `<title>`, shown on hover); a y axis from 0 or spanning the values (percentages or counts in the
 * locale), an x axis of dates (ticks on month starts) or of numbers, a legend (each group's dots and
 * line, then the bands once). The engine of the report's look at a user's history. Every coordinate is finite; every text escaped.
 *
 * @param groups - the groups, each with finite values (at least one value in all)
 * @param spec - ids, size, title, text alternative, what the axes are
 * @returns the `<svg>` element as a string
 * @throws {InputError} `groups: must hold at least one value to draw` when there is nothing to draw
 *
 * @example
 * const group = { name: '', observed: [{ x: 1, y: 0.3 }, { x: 2, y: 0.34 }], fitted: [{ x: 1, y: 0.32 }, { x: 2, y: 0.32 }],
 *   bands: [{ label: 'next campaign, 90 %', points: [{ x: 1, low: 0.25, high: 0.39 }, { x: 2, low: 0.25, high: 0.39 }] }] };
 * const svg = fitChart([group], { kind: 'history-openRate', id: 'open', title: 'Open rate', description: '2 campaigns',
 *   width: 640, height: 320, locale: 'en-US', xKind: 'count', xTitle: 'campaign', yKind: 'percent', yTitle: 'open rate', yFromZero: true });
 * svg.match(/<circle class="observed"/g).length //=> 2
 */
export function fitChart(groups: readonly FitGroup[], spec: FitChartSpec): string {
  const xs = groups.flatMap((g) => [...g.observed.map((p) => p.x), ...g.fitted.map((p) => p.x), ...g.bands.flatMap((b) => b.points.map((p) => p.x))]);
  const ys = groups.flatMap((g) => [
    ...g.observed.map((p) => p.y),
    ...g.fitted.map((p) => p.y),
    ...g.bands.flatMap((b) => b.points.flatMap((p) => [p.low, p.high])),
  ]);
  if (xs.length === 0) throw new InputError([{ path: 'groups', rule: 'must hold at least one value to draw' }]);
  if (![...xs, ...ys].every(Number.isFinite)) throw new InputError([{ path: 'groups', rule: 'must hold finite numbers only' }]);
  const { width, height } = spec;
  const legendItems: LegendItem[] = groups.flatMap((g, i) => {
    const { colour } = seriesStyle(i);
    const named = (label: string) => (g.name === '' ? label : `${g.name}: ${label}`);
    return [
      ...(g.observed.length > 0 ? [{ label: named('observed'), colour, shape: 'point' as const }] : []),
      ...(g.fitted.length > 0 ? [{ label: named('fitted'), colour, shape: 'line' as const }] : []),
    ];
  });
  // The bands are named once, in grey: every group shades its own in its colour, the widest lightest.
  const banded = groups.find((g) => g.bands.length > 0);
  if (banded !== undefined) {
    const one = groups.length === 1;
    legendItems.push(...banded.bands.map((b) => ({ label: b.label, colour: one ? seriesStyle(0).colour : BAND_GREY, shape: 'band' as const })));
  }
  const legendY = 32 + (chartTitleLines(spec.title, width).length - 1) * TITLE_LINE_HEIGHT;
  const legend = legendMarkup(legendItems, 12, legendY, width - 24);
  const top = legendY + legend.height + 22;
  const bottom = height - 44;
  if (bottom - top < 60)
    throw new InputError([{ path: 'options.height', rule: `must be at least ${Math.ceil(top + 60 + 44)} px to fit the legend and a plot` }]);
  const y = niceScale([spec.yFromZero ? 0 : Math.min(...ys), Math.max(...ys)], [bottom, top], Math.max(2, Math.floor((bottom - top) / 34)));
  const yLabel =
    spec.yKind === 'percent' ? percentLabels(y.ticks, spec.locale) : tickFormatter(y.ticks, { kind: 'count', currency: 'USD', locale: spec.locale });
  const left = 26 + Math.max(...y.ticks.map((t) => textWidth(yLabel(t)))) + 8;
  const right = width - 16;
  const xRange: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const xCount = Math.max(1, Math.floor((right - left) / 80));
  let x = niceScale(xRange, [left + 6, right - 6], Math.max(1, Math.min(xCount, xRange[1] - xRange[0])), false);
  let xLabel = tickFormatter(x.ticks, { kind: 'count', currency: 'USD', locale: spec.locale });
  if (spec.xKind === 'date') {
    const monthYear = new Intl.DateTimeFormat(spec.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    x = { scale: x.scale, ticks: dateTicks(x.scale.domain() as [number, number], xCount) };
    xLabel = (tick) => monthYear.format(new Date(tick * 86_400_000));
  }
  const plot = { left, top, right, bottom };
  const data = groups.flatMap((g, i) => {
    const { colour, dash } = seriesStyle(i);
    const bands = g.bands.map((b, k) => {
      const d = area<FitBandPoint>()
        .x((p) => x.scale(p.x))
        .y0((p) => y.scale(p.low))
        .y1((p) => y.scale(p.high))
        .digits(1)(b.points);
      return `<path class="band" d="${d}" fill="${colour}" fill-opacity="${k === g.bands.length - 1 ? 0.25 : 0.12}" stroke="none"/>`;
    });
    const fitted = line<FitPoint>()
      .x((p) => x.scale(p.x))
      .y((p) => y.scale(p.y))
      .digits(1)(g.fitted);
    const curve =
      g.fitted.length === 0
        ? []
        : [`<path class="fitted" d="${fitted}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`];
    const dots = g.observed.map((p) => {
      const dot = `<circle class="observed" cx="${svgNumber(x.scale(p.x))}" cy="${svgNumber(y.scale(p.y))}" r="3" fill="${colour}" fill-opacity="0.8"`;
      return p.label === undefined ? `${dot}/>` : `${dot}><title>${escapeMarkup(p.label)}</title></circle>`;
    });
    return [...bands, ...curve, ...dots];
  });
  return svgFrame(spec, [
    axisMarkup({ orient: 'left', scale: y.scale, ticks: y.ticks, label: yLabel, plot, title: spec.yTitle }),
    axisMarkup({ orient: 'bottom', scale: x.scale, ticks: x.ticks, label: xLabel, plot, title: spec.xTitle }),
    `<g class="data">\n${data.join('\n')}\n</g>`,
    legend.markup,
  ]);
}
