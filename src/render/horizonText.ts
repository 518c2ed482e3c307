import { yearsText } from './yearsText';

/**
 * A horizon in words: whole years as `yearsText` writes them, other horizons in months.
 *
 * @param months - the horizon, in months
 * @returns e.g. `5 years`, `1 year`, `18 months`
 *
 * @example
 * horizonText(60) //=> '5 years'
 * horizonText(18) //=> '18 months'
 */
export function horizonText(months: number): string {
  if (months % 12 !== 0) return `${months} month${months === 1 ? '' : 's'}`;
  return yearsText(months / 12);
}
