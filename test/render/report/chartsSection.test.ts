import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/buildReport';
import { chartsSection } from '../../../src/render/report/chartsSection';
import type { UserScenarioFileData } from '../../../src/report/userScenarioFile';
import { elements } from '../charts/support';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as UserScenarioFileData;
const usd = { currency: 'USD', locale: 'en-US' };

describe('chartsSection', () => {
  it('draws the report’s NPV and subscribers series, one line per scenario, the horizons marked', () => {
    const section = chartsSection(buildReport(article, { horizonsYears: [2, 4] }), usd);
    expect(section.id).toBe('charts');
    expect(section.title).toBe('Over time');
    const charts = [...section.html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
    // Each chart drawn for wide screens (640 px) and again for phones (320 px).
    expect(charts.map((svg) => `${elements(svg, 'svg')[0]!['data-chart']} ${elements(svg, 'svg')[0]!.width}`)).toEqual([
      'npv 640',
      'npv 320',
      'subscribers 640',
      'subscribers 320',
    ]);
    for (const svg of charts) {
      expect(elements(svg, 'path', 'series')).toHaveLength(6);
      expect(elements(svg, 'line', 'horizon').map((l) => l['data-month'])).toEqual(['24', '48']);
    }
  });

  it('draws exactly the series it is given', () => {
    const data = buildReport(article);
    const npv = [{ name: 'only', values: [-100, 0, 100] }];
    const subscribers = [{ name: 'only', values: [10, 11] }];
    const html = chartsSection({ comparison: data.comparison, npvSeries: npv, subscriberSeries: subscribers }, usd).html;
    expect(html.match(/class="series"/g)).toHaveLength(4); // one line in each chart's two drawings
    expect(html).toContain('only');
  });
});
