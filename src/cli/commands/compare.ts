import { comparisonRows, SCENARIO_WIDE_COLUMN, segmentColumns, type PublishedNpvs } from '../../render/comparisonRows';
import { csvNumber } from '../../render/csvNumber';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { compareScenarios, type HorizonComparison } from '../../scenarios/compareScenarios';
import { resolveScenarioFile } from '../../scenarios/resolveScenarioFile';
import type { ObservedRow } from '../../scenarios/observedFile';
import { readObservedFile } from '../readObservedFile';
import { readScenarioData } from '../readScenarioData';
import { horizonsOf, horizonsOptionSpec } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf } from '../options';
import { yearsText } from '../../render/yearsText';
import { winnerText } from '../../render/winnerText';

/** Published NPVs by scenario and horizon, from an observed file. */
export function publishedFrom(observed: readonly ObservedRow[]): PublishedNpvs {
  const map = new Map<string, Map<number, number>>();
  for (const o of observed) map.set(o.hypothesis, (map.get(o.hypothesis) ?? new Map()).set(o.years, o.npv));
  return map;
}

const formats = [...tableFormats, 'json'];

/** Said under a table with segment columns: what they are and how they add up. */
const SEGMENTS_NOTE = `each segment's column is its contribution to the NPV (its gross profit − its sending costs, discounted); with the ${SCENARIO_WIDE_COLUMN} they add up to the NPV`;

/**
 * Every horizon in one csv table (one header, a horizon column): money to the cent, no ★ (the rank says it);
 * a file with segments adds each segment's contribution and the scenario-wide part (empty where a scenario has none).
 */
function csvOf(horizons: readonly HorizonComparison[], published: PublishedNpvs | undefined): string {
  const segments = [...new Set(horizons.flatMap((h) => segmentColumns(h)))];
  const contributionHeader = segments.length > 0 ? [...segments, SCENARIO_WIDE_COLUMN] : [];
  const header = [
    'horizon (years)',
    'scenario',
    'NPV',
    'rank',
    'Δ vs baseline',
    ...(published ? ['published', 'model − published'] : []),
    ...contributionHeader,
  ];
  const rows = horizons.flatMap((h) =>
    h.results.map((r) => {
      const value = published?.get(r.name)?.get(h.years);
      const beside = published ? [csvNumber(value ?? null, 2), value === undefined ? '' : csvNumber(r.npv.minus(value), 2)] : [];
      const own = r.segmentContributions;
      const contributions =
        segments.length === 0 ? [] : [...segments.map((name) => csvNumber(own?.segments[name] ?? null, 2)), csvNumber(own?.scenarioWide ?? null, 2)];
      return [csvNumber(h.years), r.name, csvNumber(r.npv, 2), String(r.rank), csvNumber(r.deltaVsBaseline, 2), ...beside, ...contributions];
    }),
  );
  return renderTable('csv', header, rows);
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'the NPV, rank and Δ vs baseline of every hypothesis of a scenario file, per horizon, and the winners',
  usage: 'email-npv compare <file|-> [--horizons Y1,Y2,…] [--observed <file>] [--format table|md|csv|json]',
  examples: [
    'email-npv compare examples/moller-article.json --observed examples/moller-article.observed.json',
    'email-npv compare examples/moller-article.json --horizons 2,10 --format md',
  ],
  formats,
  options: {
    horizons: horizonsOptionSpec,
    observed: { type: 'string', value: 'FILE', description: 'observed (published) NPVs to show beside the model, as calibrate reads them' },
  },
  run(file, values) {
    const format = formatOf(values, formats);
    const data = readScenarioData(file);
    const horizonsYears = horizonsOf(values, data);
    const resolved = resolveScenarioFile(data);
    const comparison = compareScenarios(resolved, { horizonsYears });
    const observed =
      typeof values.observed === 'string'
        ? readObservedFile(
            values.observed,
            resolved,
            comparison.horizons.map((h) => h.years),
          )
        : undefined;
    const warnings = [...comparison.warnings, ...(observed?.warnings ?? [])];
    if (format === 'json') return { text: JSON.stringify(comparison, null, 2), warnings };
    const published = observed === undefined ? undefined : publishedFrom(observed.observed.observed);
    if (format === 'csv') return { text: csvOf(comparison.horizons, published), warnings };
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    const sections = comparison.horizons.map((h) => {
      const { header, rows } = comparisonRows(h, money, published);
      const title = `${yearsText(h.years)} (${h.months} months) — ${winnerText(h)}`;
      return `${format === 'md' ? '### ' : ''}${title}\n\n${renderTable(format as TableFormat, header, rows)}`;
    });
    const segmented = comparison.horizons.some((h) => segmentColumns(h).length > 0);
    return { text: [...sections, ...(segmented ? [SEGMENTS_NOTE] : [])].join('\n\n'), warnings };
  },
};
