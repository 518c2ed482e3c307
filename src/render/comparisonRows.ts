import type { HorizonComparison } from '../scenarios/compareScenarios';
import { decimalCalculator } from '../calculator/decimalCalculator';
import { formatMoney, type MoneyFormat } from './formatMoney';
import { requireArgument } from '../errors/argument';
import { isPlainObject } from '../json/isPlainObject';
import { optionsArgument } from '../errors/optionsArgument';

/** Published (observed) NPVs by scenario name and horizon in years, to show beside the model's. */
export type PublishedNpvs = ReadonlyMap<string, ReadonlyMap<number, number>>;

/** The column of the part of a segmented scenario's NPV that belongs to the whole scenario. */
export const SCENARIO_WIDE_COLUMN = 'fixed costs & investment';

/**
 * The segments of a horizon's segmented scenarios, in order of first appearance (empty when none has segments):
 * the contribution columns that follow the NPV columns.
 *
 * @example
 * segmentColumns(compareScenarios(articleFile).horizons[0]) //=> []
 */
export function segmentColumns(horizon: Pick<HorizonComparison, 'results'>): string[] {
  return [...new Set(horizon.results.flatMap((r) => Object.keys(r.segmentContributions?.segments ?? {})))];
}

/**
 * The rows of one horizon of a comparison: scenario, NPV, rank, Δ vs baseline, and —
 * when published values are given — the published NPV and the model's difference from it; when some
 * scenario has segments, each segment's contribution to the NPV and the part that belongs to the whole
 * scenario (`fixed costs & investment`), which add up to the NPV (empty for a scenario without segments).
 * Money is rounded to whole units or cents here only (`fractionDigits`).
 *
 * @example
 * comparisonRows(compareScenarios(articleFile).horizons[0], { fractionDigits: 0 })
 * //=> { header: ['scenario', 'NPV', 'rank', 'Δ vs baseline'], rows: [['baseline', '$9,485', '3', '$0'], …] }
 */
export function comparisonRows(horizon: HorizonComparison, format: MoneyFormat = {}, published?: PublishedNpvs) {
  requireArgument(
    'horizon',
    horizon,
    isPlainObject(horizon) && Array.isArray(horizon.results),
    'one horizon of a comparison, e.g. compareScenarios(file).horizons[0]',
  );
  format = optionsArgument(format, 'format');
  requireArgument('published', published, published === undefined || published instanceof Map, 'a Map of scenario name → (years → NPV)');
  const money = (d: Parameters<typeof formatMoney>[0]) => formatMoney(d, format);
  const segments = segmentColumns(horizon);
  const header = [
    'scenario',
    'NPV',
    'rank',
    'Δ vs baseline',
    ...(published ? ['published', 'model − published'] : []),
    ...(segments.length > 0 ? [...segments, SCENARIO_WIDE_COLUMN] : []),
  ];
  const rows = horizon.results.map((r) => {
    const cells = [r.name + (r.name === horizon.winner ? ' ★' : ''), money(r.npv), String(r.rank), money(r.deltaVsBaseline)];
    const value = published?.get(r.name)?.get(horizon.years);
    if (published) cells.push(...(value === undefined ? ['', ''] : [money(decimalCalculator.from(value)), money(r.npv.minus(value))]));
    if (segments.length > 0) {
      const own = r.segmentContributions;
      cells.push(
        ...segments.map((name) => (own?.segments[name] === undefined ? '' : money(own.segments[name]))),
        own === undefined ? '' : money(own.scenarioWide),
      );
    }
    return cells;
  });
  return { header, rows };
}
