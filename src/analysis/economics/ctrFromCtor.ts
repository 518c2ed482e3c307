import { z } from 'zod';
import { decimalCalculator as dc } from '../../calculator/decimalCalculator';
import { fieldRules } from '../../schema/fields';
import { parseWith } from '../../schema/parseWith';

const Rates = z.strictObject({ openRate: fieldRules.openRate, ctor: fieldRules.clickRate });

/**
 * The click-through rate (clicks per delivered email) from the open rate and the click-to-open rate:
 *
 * ```
 * CTR = OR × CTOR          (clicks / delivered = opens / delivered × clicks / opens; fractions)
 * ```
 * Computed in exact decimals, so 0.4 × 0.1 gives 0.04, not 0.04000000000000001.
 * Use it to turn a `clickRate` given per open (basis "opens") into one per delivered email (basis "delivered").
 *
 * @param openRate - OR, opens / delivered emails (0…1)
 * @param ctor - CTOR, clicks / opens (0…1)
 * @returns CTR, clicks / delivered emails (0…1)
 * @throws {InputError} when a rate is not a fraction from 0 to 1
 *
 * @example
 * ctrFromCtor(0.4, 0.1) //=> 0.04
 */
export function ctrFromCtor(openRate: number, ctor: number): number {
  const rates = parseWith(Rates, { openRate, ctor });
  return dc.toNumber(dc.mul(dc.from(rates.openRate), dc.from(rates.ctor)));
}
