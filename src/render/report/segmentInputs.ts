import { floatCalculator } from '../../calculator/floatCalculator';
import type { ScenarioInput } from '../../schema/scenarioInput';
import type { Retention } from '../../schema/retention';
import { segmentFieldNames } from '../../schema/fields';
import { inputGuide } from '../../schema/inputGuide';
import { sbgChurn } from '../../schema/sbgChurn';
import { segmentValues } from '../../schema/segmentValues';
import { escapeMarkup } from '../escapeMarkup';
import type { MoneyFormat } from '../formatMoney';
import { formatInputValue } from './formatInputValue';
import { type HtmlCell, htmlTable } from './htmlTable';

type Format = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

/** The share of a cohort still there after `periods` periods of tenure: Π_{k=1..periods} (1 − churn_k). */
function survival(retention: Retention, periods: number): number {
  let alive = 1;
  for (let k = 1; k <= periods; k++) alive *= 1 - sbgChurn(floatCalculator, retention.alpha, retention.beta, k);
  return alive;
}

/** The rows of one retention: its parameters, then the churn they imply as a marketer reads it (`period`: what one period is called). */
function retentionRows(retention: Retention, format: Format, period: string): HtmlCell[][] {
  const p = retention.periodMonths;
  const churn = (k: number) => formatInputValue('share', sbgChurn(floatCalculator, retention.alpha, retention.beta, k), format).text;
  const share = (value: number) => formatInputValue('share', value, format).text;
  const after12 = Math.floor(12 / p);
  const existing = Math.floor(retention.existingTenureMonths / p);
  return [
    ['α (sBG)', formatInputValue('number', retention.alpha, format)],
    ['β (sBG)', formatInputValue('number', retention.beta, format)],
    ['Period: subscribers may leave at the end of each', p === 1 ? '1 month' : `${p} months`],
    ['Tenure of the list on hand at month 1', `${retention.existingTenureMonths} months`],
    [`New subscribers who leave at the end of their 1st ${period}`, churn(1)],
    [`… of their 2nd ${period}`, churn(2)],
    [`… of their 3rd ${period}`, churn(3)],
    ['A new cohort still there after 12 months', share(survival(retention, after12))],
    [`Leave per ${period} once 12 months on the list`, churn(after12 + 1)],
    [`The list on hand at month 1 leaves at the end of its next ${period}`, churn(existing + 1)],
  ];
}

/**
 * The segments, moves and retention of a scenario input, for the report's inputs: a table of every
 * segment's shares and per-subscriber fields (a value the segment inherits from the scenario is marked
 * "inherited", a share of new subscribers it does not give, "split"), the moves (from → to, share a
 * month), and each retention in force (the scenario's, a segment's own) with the churn it implies:
 *
 * ```
 * churn_k = α / (α + β + k − 1)                     (leave at the end of the k-th period of tenure)
 * S(t)    = Π_{k=1..t} (1 − churn_k)                 (a cohort still there after t periods)
 * ```
 * Every text is escaped. Empty when the input has no segments, moves or retention.
 *
 * @param input - a validated scenario input
 * @param format - currency and locale
 * @returns HTML: headings, tables and a list
 *
 * @example
 * const segmented = parseScenarioInput({ ...input, segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7 } },
 *   retention: { alpha: 0.7, beta: 1.2 }, churnPerMonth: 0 });
 * segmentInputs(segmented, { currency: 'USD', locale: 'en-US' })
 * //=> '<h4>Segments</h4>\n<div class="table-scroll" role="region" tabindex="0" aria-label="Segments">\n<table class="inputs segments">…<th scope="row">Share of the list</th>…<td class="num" title="0.5">50%</td>…<td class="num muted" title="0.4">40% (inherited)</td>…New subscribers who leave at the end of their 1st month</th><td class="num">36.84%</td>…'
 */
export function segmentInputs(input: ScenarioInput, format: Format): string {
  const parts: string[] = [];
  if (input.segments !== undefined) {
    const segments = segmentValues(input);
    const written = input.segments;
    const shareCell = (value: number, own: boolean, note: string): HtmlCell => {
      const cell = formatInputValue('share', value, format);
      return own ? cell : { ...cell, text: `${cell.text} (${note})`, muted: true };
    };
    const rows: HtmlCell[][] = [
      ['Share of the list', ...segments.map((s) => formatInputValue('share', s.share, format))],
      ['Share of new subscribers', ...segments.map((s) => shareCell(s.newSubscriberShare, written[s.name!]!.newSubscriberShare !== undefined, 'split'))],
      ...segmentFieldNames.map((field): HtmlCell[] => [
        inputGuide[field].label,
        ...segments.map((s) => {
          const cell = formatInputValue(inputGuide[field].kind, s[field], format);
          return written[s.name!]![field] !== undefined ? cell : { ...cell, text: `${cell.text} (inherited)`, muted: true };
        }),
      ]),
    ];
    parts.push('<h4>Segments</h4>', htmlTable(['input', ...segments.map((s) => s.name!)], rows, { className: 'inputs segments', label: 'Segments' }));
  }
  if (input.moves !== undefined && input.moves.length > 0) {
    const items = input.moves.map(
      (move) => `<li>${escapeMarkup(`${move.from} → ${move.to}: ${formatInputValue('share', move.sharePerMonth, format).text} of the segment a month`)}</li>`,
    );
    parts.push('<h4>Moves between segments (at each month’s end)</h4>', `<ul class="changes">\n${items.join('\n')}\n</ul>`);
  }
  const retentions: [string, Retention][] = [
    ...(input.retention === undefined ? [] : [['the whole list', input.retention] as [string, Retention]]),
    ...Object.entries(input.segments ?? {}).flatMap(([name, own]) =>
      own.retention === undefined ? [] : [[`${name} (its own)`, own.retention] as [string, Retention]],
    ),
  ];
  if (retentions.length > 0) {
    const period = retentions.every(([, retention]) => retention.periodMonths === 1) ? 'month' : 'period';
    const columns = retentions.map(([, retention]) => retentionRows(retention, format, period));
    const rows = columns[0]!.map((row, r) => [row[0]!, ...columns.map((column) => column[r]![1]!)]);
    parts.push(
      '<h4>Retention by tenure (shifted-beta-geometric)</h4>',
      htmlTable(['retention', ...retentions.map(([who]) => who)], rows, { className: 'inputs retention', label: 'Retention by tenure' }),
    );
  }
  return parts.join('\n');
}
