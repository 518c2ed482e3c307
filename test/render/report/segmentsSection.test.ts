import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/report/buildReport';
import { segmentsSection } from '../../../src/render/report/segmentsSection';

const usd = { currency: 'USD', locale: 'en-US' };
const example = JSON.parse(readFileSync('examples/segments.json', 'utf8')) as { baseline: Record<string, unknown> };
const hostile = { horizonsYears: [1], baseline: example.baseline, hypotheses: { '<b>Stop</b> & go': { segments: { dormant: { emailsPerMonth: 0 } } } } };

describe('segmentsSection', () => {
  it('is left out when no scenario has segments', () => {
    const plain = Object.fromEntries(Object.entries(example.baseline).filter(([key]) => !['segments', 'moves', 'retention'].includes(key)));
    expect(segmentsSection(buildReport({ baseline: plain, hypotheses: {} } as never), usd)).toBeUndefined();
  });

  it('gives one contribution table per horizon whose cells add up to the NPV, and the subscribers of each segment', () => {
    const data = buildReport(example as Parameters<typeof buildReport>[0]);
    const section = segmentsSection(data, usd)!;
    expect(section.id).toBe('segments');
    const tables = section.html.match(/<table class="contributions">[\s\S]*?<\/table>/g)!;
    expect(tables.map((t) => /<caption>([^<]*)<\/caption>/.exec(t)![1])).toEqual(['1 year (12 months)', '3 years (36 months)', '5 years (60 months)']);
    expect(tables[0]).toContain(
      '<th scope="col" class="num">engaged</th><th scope="col" class="num">dormant</th><th scope="col" class="num">fixed costs &amp; investment</th><th scope="col" class="num">NPV</th>',
    );
    // Every row: the whole dollars shown add up to the NPV shown, within the rounding of the three cells.
    for (const table of tables) {
      const rows = table.match(/<tr><th scope="row">[\s\S]*?<\/tr>/g)!;
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        const money = [...row.matchAll(/<td class="num">(-?)\$([\d,]+)<\/td>/g)].map((m) => Number(`${m[1]}${m[2]!.replaceAll(',', '')}`));
        expect(money).toHaveLength(4);
        expect(Math.abs(money[0]! + money[1]! + money[2]! - money[3]!)).toBeLessThanOrEqual(1.5);
      }
    }
    expect(section.html).toContain('data-chart="subscribers"');
    expect(section.html).toContain('Subscribers per segment: baseline');
    expect(section.html).not.toMatch(/NaN|Infinity/);
  });

  it('escapes scenario names', () => {
    const html = segmentsSection(buildReport(hostile as never), usd)!.html;
    expect(html).toContain('&lt;b&gt;Stop&lt;/b&gt; &amp; go');
    expect(html).not.toContain('<b>Stop');
  });
});
