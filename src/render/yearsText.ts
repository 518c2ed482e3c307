/**
 * A horizon in years as words: "1 year", "2.5 years".
 *
 * @example
 * yearsText(1) //=> '1 year'
 * yearsText(5) //=> '5 years'
 */
export function yearsText(years: number): string {
  return `${years} year${years === 1 ? '' : 's'}`;
}
