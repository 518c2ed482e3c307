import { comparisonRows, type PublishedNpvs } from '../../render/comparisonRows';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { compareScenarios } from '../../scenarios/compareScenarios';
import { readJson } from '../readJson';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, moneyFormatOf, numberListOption } from '../options';
import { yearsText } from '../../render/yearsText';

/** An observed-NPV file: what `calibrate` fits to, and what `compare --observed` shows beside the model. */
export interface ObservedFile {
  readonly observed?: { hypothesis: string; years: number; npv: number }[];
  readonly unknowns?: Record<string, { min: number; max: number }>;
  readonly seed?: number;
}

/** Published NPVs by scenario and horizon, from an observed file. */
export function publishedFrom(observed: ObservedFile['observed']): PublishedNpvs {
  const map = new Map<string, Map<number, number>>();
  for (const o of observed ?? []) map.set(o.hypothesis, (map.get(o.hypothesis) ?? new Map()).set(o.years, o.npv));
  return map;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'the NPV, rank and Δ vs baseline of every hypothesis of a scenario file, per horizon, and the winners',
  usage: 'email-npv compare <file|-> [--horizons 1,3,5] [--format table|md|csv|json] [--observed <file>]',
  examples: ['email-npv compare examples/moller-article.json --observed examples/moller-article.observed.json', 'email-npv compare examples/moller-article.json --horizons 2,10 --format md'],
  options: { horizons: { type: 'string' }, observed: { type: 'string' } },
  run(file, values) {
    const format = formatOf(values, [...tableFormats, 'json']);
    const horizonsYears = numberListOption(values, 'horizons');
    const comparison = compareScenarios(readScenarioData(file), horizonsYears === undefined ? {} : { horizonsYears });
    if (format === 'json') return JSON.stringify(comparison, null, 2);
    const published = typeof values.observed === 'string' ? publishedFrom((readJson(values.observed, '--observed') as ObservedFile).observed) : undefined;
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    const sections = comparison.horizons.map((h) => {
      const { header, rows } = comparisonRows(h, money, published);
      const title = `${yearsText(h.years)} (${h.months} months) — winner: ${h.winner}`;
      return format === 'csv'
        ? renderTable('csv', ['horizon (years)', ...header], rows.map((r) => [String(h.years), ...r]))
        : `${format === 'md' ? '### ' : ''}${title}\n\n${renderTable(format as TableFormat, header, rows)}`;
    });
    return sections.join(format === 'csv' ? '\n' : '\n\n');
  },
};
