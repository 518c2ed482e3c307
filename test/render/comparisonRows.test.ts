import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { comparisonRows, segmentColumns } from '../../src/render/comparisonRows';
import type { HorizonComparison } from '../../src/scenarios/compareScenarios';

// The README's 1-year table of the article, as a comparison built by hand (the rows are checked against the table).
const d = (x: string) => new Decimal(x);
const oneYear: HorizonComparison = {
  years: 1,
  months: 12,
  winner: 'H2',
  allLose: false,
  results: [
    { name: 'baseline', npv: d('9485.31'), rank: 3, deltaVsBaseline: d('0') },
    { name: 'H2', npv: d('13498.49'), rank: 1, deltaVsBaseline: d('4013.18') },
    { name: 'H3', npv: d('8966.2'), rank: 4, deltaVsBaseline: d('-519.11') },
  ],
};

describe('comparisonRows', () => {
  test('scenario (the winner starred), NPV, rank and Δ vs baseline, in file order, money in cents', () => {
    expect(comparisonRows(oneYear)).toEqual({
      header: ['scenario', 'NPV', 'rank', 'Δ vs baseline'],
      rows: [
        ['baseline', '$9,485.31', '3', '$0.00'],
        ['H2 ★', '$13,498.49', '1', '$4,013.18'],
        ['H3', '$8,966.20', '4', '-$519.11'],
      ],
    });
  });

  test('whole units when asked, as in the README table', () => {
    const { rows } = comparisonRows(oneYear, { fractionDigits: 0 });
    expect(rows.map((row) => row.join(' | '))).toEqual(['baseline | $9,485 | 3 | $0', 'H2 ★ | $13,498 | 1 | $4,013', 'H3 | $8,966 | 4 | -$519']);
  });

  test('beside published values: the published NPV and the model minus it; blank where none is published', () => {
    const published = new Map([
      ['baseline', new Map([[1, 9485]])],
      ['H2', new Map([[3, 66304]])],
    ]);
    const { header, rows } = comparisonRows(oneYear, {}, published);
    expect(header).toEqual(['scenario', 'NPV', 'rank', 'Δ vs baseline', 'published', 'model − published']);
    expect(rows[0]).toEqual(['baseline', '$9,485.31', '3', '$0.00', '$9,485.00', '$0.31']);
    expect(rows[1]!.slice(4)).toEqual(['', '']); // H2 is published at 3 years only
    expect(rows[2]!.slice(4)).toEqual(['', '']);
  });

  test('refuses what is not one horizon of a comparison, bad options or published values', () => {
    expect(() => comparisonRows(null as never)).toThrow(/^horizon: /);
    expect(() => comparisonRows(oneYear, null as never)).toThrow(/^format: /);
    expect(() => comparisonRows(oneYear, {}, {} as never)).toThrow(/^published: must be a Map/);
  });

  test('a horizon with segmented scenarios adds each segment’s contribution and the scenario-wide part; blank for one without segments', () => {
    const segmented: HorizonComparison = {
      ...oneYear,
      results: [
        { ...oneYear.results[0]!, segmentContributions: { segments: { engaged: d('12000.4'), dormant: d('-114.6') }, scenarioWide: d('-2400.49') } },
        oneYear.results[1]!,
        { ...oneYear.results[2]!, segmentContributions: { segments: { dormant: d('-20'), vip: d('11386.69') }, scenarioWide: d('-2400.49') } },
      ],
    };
    expect(segmentColumns(segmented)).toEqual(['engaged', 'dormant', 'vip']);
    const { header, rows } = comparisonRows(segmented, { fractionDigits: 0 });
    expect(header).toEqual(['scenario', 'NPV', 'rank', 'Δ vs baseline', 'engaged', 'dormant', 'vip', 'fixed costs & investment']);
    expect(rows).toEqual([
      ['baseline', '$9,485', '3', '$0', '$12,000', '-$115', '', '-$2,400'],
      ['H2 ★', '$13,498', '1', '$4,013', '', '', '', ''],
      ['H3', '$8,966', '4', '-$519', '', '-$20', '$11,387', '-$2,400'],
    ]);
  });
});
