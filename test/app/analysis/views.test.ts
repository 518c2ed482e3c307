import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { inputValueText, moneyText, numberText, percentText } from '../../../app/src/analysis/format';
import { fieldPathLabel } from '../../../src/schema/fieldPathLabel';
import { fanBandOf, simulationRows } from '../../../app/src/analysis/simulationView';
import { tornadoBars } from '../../../app/src/analysis/tornadoView';
import { runAnalysis } from '../../../app/src/analysis/analysisJobs';

vi.mock('email-npv', () => import('../../../src/index'));

describe('format', () => {
  it('writes money in whole units of the currency, shares in %, numbers to 4 digits, and never NaN or Infinity', () => {
    expect(moneyText('97796.69')).toBe('$97,797');
    expect(moneyText(-9485.4)).toBe('-$9,485');
    expect(moneyText(1234.5, { currency: 'EUR', locale: 'de-DE' })).toBe('1.235\u00a0€');
    expect(percentText(0.9635)).toBe('96.35 %');
    expect(percentText(0.5, { currency: 'EUR', locale: 'de-DE' }, 1)).toBe('50 %');
    expect(numberText(1.43512)).toBe('1.435');
    expect([moneyText(Number.NaN), moneyText('Infinity'), percentText(Number.POSITIVE_INFINITY), numberText(Number.NaN)]).toEqual(['—', '—', '—', '—']);
  });

  it('writes an input’s value by its kind in the field metadata', () => {
    expect(inputValueText('openRate', 0.121)).toBe('12.1 %');
    expect(inputValueText('segments.engaged.churnPerEmail', 0.0049)).toBe('0.49 %');
    expect(inputValueText('averageOrderValue', 99.5)).toBe('$99.50');
    expect(inputValueText('emailsPerMonth', 3.3333)).toBe('3.333');
  });

  it('names inputs in the marketer’s words, not camelCase (the library’s fieldPathLabel)', () => {
    expect(fieldPathLabel('churnPerEmail')).toBe('Churn per email (DR)');
    expect(fieldPathLabel('segments.engaged.openRate')).toBe('Open rate (OR), segment engaged');
    expect(fieldPathLabel('not.a.field')).toBe('not.a.field');
  });
});

describe('the analyses as the panels show them', () => {
  const uncertain = JSON.parse(readFileSync('examples/moller-uncertain.json', 'utf8')) as unknown;

  it('labels the tornado’s bars with the input’s name and its two values, the NPVs as numbers', () => {
    const bars = tornadoBars({
      tornado: [
        {
          field: 'openRate',
          value: 0.4,
          valueLow: 0.36,
          valueHigh: 0.44,
          clamped: false,
          npvLow: '80000.5',
          npvHigh: '115000',
          swing: '34999.5',
          elasticity: 1.4,
        },
        {
          field: 'averageOrderValue',
          value: 100,
          valueLow: 90,
          valueHigh: 110,
          clamped: true,
          npvLow: '90000',
          npvHigh: '104000',
          swing: '14000',
          elasticity: 0.7,
        },
      ],
    });
    expect(bars).toEqual([
      { label: 'Open rate (OR) 36 % – 44 %', low: 80000.5, high: 115000 },
      { label: 'Average order value (AOV) $90.00 – $110.00 *', low: 90000, high: 104000 },
    ]);
  });

  it('gives the selected scenario’s fan month by month, and none for a scenario not in the run', async () => {
    const simulation = await runAnalysis({ kind: 'simulate', file: uncertain, draws: 50, seed: 3 });
    const band = fanBandOf(simulation, 'H2+H4')!;
    expect(band).toHaveLength(60);
    expect(band[11]).toEqual({ month: 12, ...simulation.monthly[11]!.cumulativeNpv['H2+H4'] });
    expect(band.every((p) => p.p5 <= p.p50 && p.p50 <= p.p95)).toBe(true);
    expect(fanBandOf(simulation, 'H9')).toBeUndefined();
    const rows = simulationRows(simulation.horizons[0]!);
    expect(rows.map((r) => [r.name, r.isBaseline])).toEqual([
      ['baseline', true],
      ['H1', false],
      ['H2', false],
      ['H3', false],
      ['H4', false],
      ['H2+H4', false],
    ]);
  });
});
