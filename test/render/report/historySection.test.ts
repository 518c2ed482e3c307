import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/buildReport';
import { historySection } from '../../../src/render/report/historySection';
import { renderReport } from '../../../src/render/report/renderReport';
import type { HistoryEvidence } from '../../../src/scenarios/historyEvidence';
import { deepFreeze } from '../../scenarios/support';

const en = { locale: 'en-US' };
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as Record<string, unknown>;
const hostile = '<script>alert("x")</script> & Co';

// Ten weekly campaigns from 2025-01-01 (the last 63 days later, 2025-03-05), open rates 0.20, 0.22, … 0.38; the single-campaign band [0.21, 0.35] holds 0.22 … 0.34: 7 of 10.
const weekly = Array.from({ length: 10 }, (_, i) => ({
  date: new Date(Date.UTC(2025, 0, 1 + 7 * i)).toISOString().slice(0, 10),
  name: i === 3 ? hostile : `Week ${i + 1}`,
  delivered: 10000,
  openRate: 0.2 + 0.02 * i,
  clickRate: 0.02,
}));
const history: HistoryEvidence = deepFreeze({
  campaigns: weekly,
  fitted: {
    openRate: { mean: 0.29, meanBand: [0.27, 0.31], campaignBand: [0.21, 0.35] },
    clickRate: { mean: 0.02, meanBand: [0.019, 0.021], campaignBand: [0.015, 0.025] },
  },
  list: [
    { date: '2025-01-31', subscribers: 10000, fitted: 10000 },
    { date: '2025-02-28', subscribers: 10500, fitted: 10200 },
    { date: '2025-03-31', subscribers: 10400, fitted: 10404 },
  ],
  retention: [
    { period: 0, observed: 1, fitted: 1, atRisk: 1000 },
    { period: 1, observed: 0.631, fitted: 0.627, atRisk: 1000 },
    { period: 2, observed: 0.468, fitted: 0.481, atRisk: 1000 },
  ],
});
/** The charts as drawn for wide screens (each is drawn again for phones, see chartFigure). */
const wide = (html: string) => [...html.matchAll(/<div class="chart-wide">([\s\S]*?<\/svg>)<\/div>/g)].map((m) => m[1]).join('\n');
const descs = (html: string) => [...html.matchAll(/<desc id="([^"]+)">([^<]*)<\/desc>/g)].map((m) => [m[1], m[2]]);

describe('historySection', () => {
  it('is left out without history', () => {
    expect(historySection(undefined, en)).toBeUndefined();
    expect(renderReport(buildReport(article as never))).not.toContain('id="history"');
  });

  it('draws one chart per rate with campaigns, the list and the retention, each with a text alternative and a reading aid', () => {
    const section = historySection(history, en, 12)!;
    expect(section.id).toBe('history');
    expect(section.title).toBe('What your history says');
    expect([...section.html.matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1])).toEqual(
      ['history-openRate', 'history-clickRate', 'history-list', 'history-retention'].flatMap((kind) => [kind, kind]), // wide, then narrow
    );
    expect([...wide(section.html).matchAll(/data-chart="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'history-openRate',
      'history-clickRate',
      'history-list',
      'history-retention',
    ]);
    expect(section.html.match(/<figcaption>/g)).toHaveLength(4);
    // 10 campaigns in each rate chart, 3 list rows, 3 retention periods.
    expect(wide(section.html).match(/<circle class="observed"/g)).toHaveLength(10 + 10 + 3 + 3);
    // Open rates 0.20 … 0.38 by 0.02: inside [0.21, 0.35] are 0.22 … 0.34, 7 of 10.
    // The earlier five average (0.20 + 0.22 + 0.24 + 0.26 + 0.28) / 5 = 0.24, the later five 0.34: the drift said in words.
    expect(section.html).toContain(
      '7 of 10 campaigns (70%) inside the single-campaign band (the earlier half of the campaigns averages 24%, the later half 34%)',
    );
    expect(section.html).toContain('<td class="num">29%</td><td class="num">27% – 31%</td><td class="num">21% – 35%</td><td class="num">7 of 10 (70%)</td>');
    // Every click rate (0.02) is inside [0.015, 0.025].
    expect(section.html).toContain('10 of 10 campaigns (100%) inside');
    const [open, , list, retention] = descs(wide(section.html));
    expect(open![1]).toBe(
      'Open rate (unique opens / delivered) of each campaign, 2025-01-01 to 2025-03-05. Open rate: 10 campaigns from 20% to 38%; fitted long-run mean 29% ' +
        '(90 %: 27% to 31%), single campaigns 90 %: 21% to 35%, 7 inside.',
    );
    // The largest gap of the list: |10500 − 10200| / 10200 = 2.94 %.
    expect(list![1]).toContain('observed 10,000 to 10,400, fitted 10,000 to 10,404; the largest gap 2.94% (2025-02-28)');
    // The largest gap of the retention: |0.468 − 0.481| = 0.013 at period 2.
    expect(retention![1]).toContain('after each period of 12 months of tenure, periods 0 to 2: after 2, observed 46.8% (of 1,000 observed), fitted 48.1%');
    expect(retention![1]).toContain('the largest gap is at period 2');
  });

  it('draws undated campaigns in the order of the export, one colour per segment with its own fit', () => {
    const campaigns = [
      { segment: 'VIP', delivered: 100, openRate: 0.5 },
      { segment: hostile, delivered: 100, openRate: 0.1 },
      { segment: 'VIP', delivered: 100, openRate: 0.6 },
    ];
    const fitted = {
      'segments.VIP.openRate': { mean: 0.55, meanBand: [0.5, 0.6], campaignBand: [0.45, 0.65] },
    } as HistoryEvidence['fitted'];
    const html = historySection({ campaigns, fitted }, en)!.html;
    expect(html).toContain('campaign, in the order of the export');
    expect(html).toContain('VIP: 2 of 2 campaigns (100%) inside');
    // The segment without a fit is drawn as dots only, in the palette's second colour.
    expect(wide(html).match(/<circle class="observed"[^>]*fill="#D55E00"/g)).toHaveLength(1);
    expect(wide(html).match(/<path class="fitted"/g)).toHaveLength(1);
    expect(wide(html).match(/<path class="band"/g)).toHaveLength(2);
  });

  it('escapes hostile campaign and segment names and writes no NaN or Infinity', () => {
    const campaigns = [...weekly.map((c) => ({ ...c, segment: hostile })), { date: '2025-04-01', delivered: 0, openRate: 0 }];
    const report = renderReport({ ...buildReport({ ...article, history: { ...history, campaigns } } as never) });
    expect(report).toContain('id="history"');
    expect(report).not.toContain('<script>');
    // The fourth campaign's dot (2025-01-22, open rate 0.26) names it on hover, escaped; its segment in the legend likewise.
    expect(report).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co, 2025-01-22: 26%</title>');
    expect(report).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co: observed');
    expect(report).not.toMatch(/NaN|Infinity/);
  });

  it('reaches the report through buildReport, with its place in the contents, before the inputs', () => {
    const data = buildReport({ ...article, history } as never);
    expect(data.history).toEqual(history);
    const html = renderReport(data);
    expect(html.indexOf('href="#history"')).toBeGreaterThan(0);
    expect(html.indexOf('id="history"')).toBeLessThan(html.indexOf('id="inputs"'));
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
