import { z } from 'zod';
import { decimalCalculator as dc } from '../../calculator/decimalCalculator';
import { fieldRules } from '../../schema/fields';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';

const Rates = z.strictObject({ openRate: fieldRules.openRate, ctr: fieldRules.clickRate });

/**
 * The click-to-open rate (clicks per open) from the open rate and the click-through rate:
 *
 * ```
 * CTOR = CTR / OR          (clicks / opens = clicks / delivered ÷ opens / delivered; fractions)
 * ```
 * Computed in exact decimals (0.04 / 0.4 gives 0.1). Use it to turn a `clickRate` given per delivered
 * email (basis "delivered") into one per open (basis "opens").
 *
 * @param openRate - OR, opens / delivered emails (above 0, up to 1)
 * @param ctr - CTR, clicks / delivered emails (0…openRate: there are no more clicks than opens)
 * @returns CTOR, clicks / opens (0…1)
 * @throws {InputError} when a rate is not a fraction from 0 to 1, the open rate is 0, or the CTR exceeds the open rate
 *
 * @example
 * ctorFromCtr(0.4, 0.04) //=> 0.1
 */
export function ctorFromCtr(openRate: number, ctr: number): number {
  const rates = parseWith(Rates, { openRate, ctr });
  if (rates.openRate === 0)
    throw new InputError([
      { path: 'openRate', rule: 'must be more than 0 to turn a CTR into a CTOR (clicks per open): with no opens there is no click-to-open rate' },
    ]);
  if (rates.ctr > rates.openRate)
    throw new InputError([{ path: 'ctr', rule: `must not exceed the open rate (${rates.openRate}): clicks per open would be above 1` }]);
  return dc.toNumber(dc.div(dc.from(rates.ctr), dc.from(rates.openRate)));
}
