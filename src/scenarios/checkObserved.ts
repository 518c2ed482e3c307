import { yearsToMonths } from '../schema/horizon';
import { InputError, type InputProblem } from '../errors/inputError';
import type { ObservedRow } from './observedFile';

/** Most cells one warning lists before "and N more". */
const LISTED = 10;

/** A scenario at a horizon, in words: `H1 (5-year horizon)`. */
const cellText = (name: string, years: number) => `${name} (${years}-year horizon)`;
const listed = (cells: readonly string[]) =>
  cells.length <= LISTED ? cells.join(', ') : `${cells.slice(0, LISTED).join(', ')} and ${cells.length - LISTED} more`;

/**
 * Checks observed NPVs against a scenario file, so that no row is silently ignored:
 * a row naming no scenario of the file, or repeating a scenario and horizon, is an error; when
 * `horizonsYears` (the horizons a comparison shows) is given, a row at another horizon and a
 * compared cell with no observation are warnings (the row is not shown; the cell shows no published value).
 *
 * @param rows - the validated `observed` rows
 * @param names - the file's scenario names, the baseline (by its `baselineName`) first
 * @param horizonsYears - the horizons shown beside the observations; omitted for calibrate, which uses every row
 * @returns the warnings, one line each
 * @throws {InputError} e.g. `observed[3].hypothesis: "H9" is not in the file (names: baseline, H1, H2)`
 *
 * @example
 * checkObserved([{ hypothesis: 'H1', years: 2, npv: 100 }], ['baseline', 'H1'], [1])
 * //=> ['observed NPVs at a horizon the comparison does not run are not shown: H1 (2-year horizon) at observed[0]; add the horizon to show them',
 * //    'no observed NPV for: baseline (1-year horizon), H1 (1-year horizon)']
 */
export function checkObserved(rows: readonly ObservedRow[], names: readonly string[], horizonsYears?: readonly number[]): string[] {
  const problems: InputProblem[] = [];
  const cells = new Map<string, number>();
  const cellOf = (name: string, months: number) => JSON.stringify([name, months]);
  rows.forEach((row, i) => {
    if (!names.includes(row.hypothesis)) {
      problems.push({ path: `observed[${i}].hypothesis`, rule: `"${row.hypothesis}" is not in the file (names: ${listed(names)})` });
      return;
    }
    const cell = cellOf(row.hypothesis, yearsToMonths(row.years));
    const first = cells.get(cell);
    if (first !== undefined)
      problems.push({
        path: `observed[${i}]`,
        rule: `repeats ${cellText(row.hypothesis, row.years)} (given at observed[${first}]): give each scenario and horizon once`,
      });
    else cells.set(cell, i);
  });
  if (problems.length > 0) throw new InputError(problems);
  if (horizonsYears === undefined) return [];
  const shownMonths = horizonsYears.map(yearsToMonths);
  const notShown = rows.flatMap((row, i) =>
    shownMonths.includes(yearsToMonths(row.years)) ? [] : [`${cellText(row.hypothesis, row.years)} at observed[${i}]`],
  );
  const missing = horizonsYears.flatMap((years) => names.filter((name) => !cells.has(cellOf(name, yearsToMonths(years)))).map((name) => cellText(name, years)));
  return [
    ...(notShown.length === 0
      ? []
      : [`observed NPVs at a horizon the comparison does not run are not shown: ${listed(notShown)}; add the horizon to show them`]),
    ...(missing.length === 0 ? [] : [`no observed NPV for: ${listed(missing)}`]),
  ];
}
