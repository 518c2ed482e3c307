import type { HistoryEvidence } from '../../scenarios/historyEvidence';
import { type FitGroup, type FitPoint, fitChart } from '../charts/fitChart';
import { formatNumber } from '../formatNumber';
import { type HtmlSection, htmlSection } from './htmlSection';
import { htmlTable } from './htmlTable';
import { chartFigure } from './chartFigure';

type Campaign = NonNullable<HistoryEvidence['campaigns']>[number];
type Fitted = NonNullable<HistoryEvidence['fitted']>[string];

/** The rates drawn, in order, with how they read. */
const RATES = [
  { key: 'openRate', label: 'Open rate', per: 'unique opens / delivered' },
  { key: 'clickRate', label: 'Click rate', per: 'unique clicks / delivered' },
  { key: 'conversionRate', label: 'Conversion rate', per: 'orders / clicks' },
  { key: 'churnPerEmail', label: 'Churn per email', per: '(unsubscribes + complaints + hard bounces) / delivered' },
] as const;
type RateKey = (typeof RATES)[number]['key'];

const CHART = { height: 340 } as const;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** One rate's campaigns of one segment and the fit drawn through them. */
interface RateGroup {
  readonly segment: string;
  readonly points: readonly FitPoint[];
  readonly fitted?: Fitted;
}

/** The plain mean rate of the earlier and of the later half of `points` (in the order of x; the middle one left out of an odd number), from 4 points on. */
function halvesOf(points: readonly FitPoint[]): [number, number] | undefined {
  if (points.length < 4) return undefined;
  const ys = [...points].sort((a, b) => a.x - b.x).map((p) => p.y);
  const half = Math.floor(ys.length / 2);
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return [mean(ys.slice(0, half)), mean(ys.slice(ys.length - half))];
}

/** How many of `points` lie inside `band` (ends included). */
const insideOf = (points: readonly FitPoint[], band: readonly [number, number]) => points.filter((p) => p.y >= band[0] && p.y <= band[1]).length;

/**
 * The report's look at the user's history ("What your history says"), when the file has a `history`
 * key (written by `fit`): a posterior-predictive look at each fit, so that a marketer sees whether it is
 * believable.
 *
 * - per rate (open, click per delivered, conversion, churn per email), a chart of every campaign's rate
 *   (by date, or by its order in the export when undated), one colour per segment, with the fitted
 *   long-run mean as a line, the mean's 90 % band shaded dark and the single-campaign 90 % band light,
 *   and a table: the mean, its band, the campaign band, and how many campaigns fall inside it
 *   (about 90 % when the fit describes the history); the reading aid adds the mean rate of the earlier
 *   and of the later half of the campaigns, so that a drift (machine opens) shows in words too;
 * - the list's size, observed (dots) and fitted (line);
 * - the retention curve: the share still subscribed after each period, observed and fitted (sBG).
 *
 * Every chart has a text alternative (its `<desc>`, with the numbers) and a one-line reading aid; a campaign's
 * dot shows its name, date and rate on hover; every name (campaigns, segments) is escaped; nothing is drawn for what the history lacks.
 *
 * ```
 * inside = #{campaigns c : low ≤ rate_c ≤ high}, [low, high] the single-campaign band      (campaigns)
 * ```
 *
 * @param history - the file's `history` (validated), or undefined
 * @param format - the locale of numbers and dates
 * @param periodMonths - the months of a retention period, for the axis (the file's `retention.periodMonths`), when known
 * @returns the `<section id="history">`, or undefined without history
 *
 * @example
 * const history = { campaigns: [{ date: '2025-01-07', delivered: 20000, openRate: 0.3 }, { date: '2025-01-14', delivered: 20000, openRate: 0.34 }],
 *   fitted: { openRate: { mean: 0.32, meanBand: [0.3, 0.34], campaignBand: [0.25, 0.39] } } };
 * historySection(history, { locale: 'en-US' }).html.includes('2 of 2 campaigns (100%) inside') //=> true
 * historySection(undefined, { locale: 'en-US' }) //=> undefined
 */
export function historySection(history: HistoryEvidence | undefined, format: { readonly locale: string }, periodMonths?: number): HtmlSection | undefined {
  if (history === undefined) return undefined;
  const { locale } = format;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 3 });
  const pct = (rate: number) => percent.format(rate);
  const count = (n: number) => formatNumber(n, 0, locale);
  const campaigns = history.campaigns ?? [];
  const fitted = history.fitted ?? {};
  const dated = campaigns.length > 0 && campaigns.every((c) => c.date !== undefined);
  const dates = campaigns.flatMap((c) => (c.date === undefined ? [] : [c.date])).sort();
  const xOf = (c: Campaign, index: number) => (dated ? dayOf(c.date!) : index + 1);
  const segments = [...new Set(campaigns.map((c) => c.segment ?? ''))];

  const groupsOf = (rate: RateKey): RateGroup[] =>
    segments.flatMap((segment) => {
      const points = campaigns.flatMap((c, i) => {
        const value = c[rate];
        if ((c.segment ?? '') !== segment || value === undefined) return [];
        const label = `${c.name ?? `campaign ${i + 1}`}${c.date === undefined ? '' : `, ${c.date}`}: ${pct(value)}`;
        return [{ x: xOf(c, i), y: value, label }];
      });
      if (points.length === 0) return [];
      const fit = (segment === '' ? undefined : fitted[`segments.${segment}.${rate}`]) ?? fitted[rate];
      return [{ segment, points, ...(fit === undefined ? {} : { fitted: fit }) }];
    });

  const body: string[] = [
    '<p>Each dot is one campaign of your history. The line is the long-run mean fitted to them (what the forecast uses), the dark band where that mean lies ' +
      '(90 %), the light band where 9 in 10 single campaigns should fall. The fit describes your history when about 9 dots in 10 sit inside the light band and they ' +
      'show no trend; a drift or a jump (Apple Mail Privacy Protection inflating opens, a change of list) says the past is a weaker guide to the future.</p>',
  ];
  const rows: string[][] = [];
  const figures: string[] = [];
  for (const { key, label, per } of RATES) {
    const groups = groupsOf(key);
    if (groups.length === 0) continue;
    const named = (g: RateGroup) => (g.segment === '' ? label : `${label}, ${g.segment}`);
    const aids: string[] = [];
    const texts: string[] = [];
    const chartGroups: FitGroup[] = groups.map((g) => {
      const ys = g.points.map((p) => p.y);
      const xs = g.points.map((p) => p.x);
      const ends = [Math.min(...xs), Math.max(...xs)];
      texts.push(`${named(g)}: ${g.points.length} campaigns from ${pct(Math.min(...ys))} to ${pct(Math.max(...ys))}`);
      if (g.fitted === undefined) return { name: g.segment, observed: g.points, fitted: [], bands: [] };
      const { mean, meanBand, campaignBand } = g.fitted;
      const inside = insideOf(g.points, campaignBand);
      const share = pct(inside / g.points.length);
      rows.push([
        named(g),
        pct(mean),
        `${pct(meanBand[0])} – ${pct(meanBand[1])}`,
        `${pct(campaignBand[0])} – ${pct(campaignBand[1])}`,
        `${inside} of ${g.points.length} (${share})`,
      ]);
      const halves = halvesOf(g.points);
      const drift = halves === undefined ? '' : ` (the earlier half of the campaigns averages ${pct(halves[0])}, the later half ${pct(halves[1])})`;
      aids.push(`${g.segment === '' ? '' : `${g.segment}: `}${inside} of ${g.points.length} campaigns (${share}) inside the single-campaign band${drift}`);
      texts.push(
        `fitted long-run mean ${pct(mean)} (90 %: ${pct(meanBand[0])} to ${pct(meanBand[1])}), single campaigns 90 %: ${pct(campaignBand[0])} to ${pct(campaignBand[1])}, ${inside} inside`,
      );
      const flat = (band: readonly [number, number]) => ends.map((x) => ({ x, low: band[0], high: band[1] }));
      return {
        name: g.segment,
        observed: g.points,
        fitted: ends.map((x) => ({ x, y: mean })),
        bands: [
          { label: 'single campaign, 90 %', points: flat(campaignBand) },
          { label: 'mean, 90 %', points: flat(meanBand) },
        ],
      };
    });
    const when = dated ? `, ${dates[0]} to ${dates.at(-1)}` : ', in the order of the export';
    const svg = (width: number, id: string) =>
      fitChart(chartGroups, {
        kind: `history-${key}`,
        id,
        width,
        title: `${label} per campaign`,
        description: `${label} (${per}) of each campaign${when}. ${texts.join('; ')}.`,
        ...CHART,
        locale,
        xKind: dated ? 'date' : 'count',
        xTitle: dated ? 'send date' : 'campaign, in the order of the export',
        yKind: 'percent',
        yTitle: label.toLowerCase(),
        yFromZero: true,
      });
    const aid =
      `${label} = ${per}. ` +
      (aids.length === 0
        ? 'No fit was written for this rate: the dots show what your campaigns did.'
        : `${aids.join('; ')}. About 90 % is what a believable fit gives; far fewer says campaigns differ more than the fit allows.`);
    figures.push(chartFigure(svg, `history-${key}`, aid));
  }
  if (rows.length > 0) {
    body.push(
      htmlTable(['rate', 'long-run mean', 'mean, 90 %', 'single campaign, 90 %', 'campaigns inside'], rows, {
        caption: `What ${campaigns.length} campaigns say${dated ? ` (${dates[0]} to ${dates.at(-1)})` : ''}`,
        className: 'history',
      }),
    );
  }

  const list = history.list ?? [];
  if (list.length > 0) {
    const first = list[0]!;
    const last = list.at(-1)!;
    const gap = list.reduce(
      (worst, row) => {
        const off = row.fitted > 0 ? Math.abs(row.subscribers - row.fitted) / row.fitted : 0;
        return off > worst.off ? { off, date: row.date } : worst;
      },
      { off: 0, date: first.date },
    );
    const svg = (width: number, id: string) =>
      fitChart(
        [
          {
            name: '',
            observed: list.map((r) => ({ x: dayOf(r.date), y: r.subscribers })),
            fitted: list.map((r) => ({ x: dayOf(r.date), y: r.fitted })),
            bands: [],
          },
        ],
        {
          kind: 'history-list',
          id,
          width,
          title: 'List size: observed and fitted',
          description:
            `Subscribers on the list, ${list.length} observations from ${first.date} to ${last.date}: observed ${count(first.subscribers)} to ${count(last.subscribers)}, ` +
            `fitted ${count(first.fitted)} to ${count(last.fitted)}; the largest gap ${pct(gap.off)} (${gap.date}).`,
          ...CHART,
          locale,
          xKind: 'date',
          xTitle: 'date',
          yKind: 'count',
          yTitle: 'subscribers',
          yFromZero: false,
        },
      );
    figures.push(
      chartFigure(
        svg,
        'history-list',
        `The dots are your list’s size; the line is the growth fitted to it. The largest gap is ${pct(gap.off)} (${gap.date}): dots that leave the line for good mean the growth has changed.`,
      ),
    );
  }

  const retention = history.retention ?? [];
  if (retention.length > 0) {
    const last = retention.at(-1)!;
    const worst = retention.reduce((a, r) => (Math.abs(r.observed - r.fitted) > Math.abs(a.observed - a.fitted) ? r : a));
    const period =
      periodMonths === undefined
        ? 'period'
        : `period of ${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(periodMonths)} month${periodMonths === 1 ? '' : 's'}`;
    const svg = (width: number, id: string) =>
      fitChart(
        [
          {
            name: '',
            observed: retention.map((r) => ({ x: r.period, y: r.observed })),
            fitted: retention.map((r) => ({ x: r.period, y: r.fitted })),
            bands: [],
          },
        ],
        {
          kind: 'history-retention',
          id,
          width,
          title: 'Retention: share still subscribed, observed and fitted (sBG)',
          description:
            `Share of subscribers still on the list after each ${period} of tenure, periods ${retention[0]!.period} to ${last.period}: after ${last.period}, observed ${pct(last.observed)} ` +
            `(of ${count(last.atRisk)} observed), fitted ${pct(last.fitted)}; the largest gap is at period ${worst.period}: observed ${pct(worst.observed)}, fitted ${pct(worst.fitted)}.`,
          ...CHART,
          locale,
          xKind: 'count',
          xTitle: periodMonths === undefined ? 'tenure, in periods' : `tenure, in ${period.replace('period', 'periods')}`,
          yKind: 'percent',
          yTitle: 'still subscribed',
          yFromZero: true,
        },
      );
    figures.push(
      chartFigure(
        svg,
        'history-retention',
        `When the dots follow the curve, the shifted-beta-geometric fit describes how your subscribers leave with tenure; late periods rest on fewer people (${count(last.atRisk)} at period ${last.period}), so their dots wander more.`,
      ),
    );
  }
  if (figures.length > 0) body.push(`<div class="charts">\n${figures.join('\n')}\n</div>`);
  return htmlSection('history', 'What your history says', body);
}
