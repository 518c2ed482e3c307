/**
 * A rate at or above this (100 % a year of discount or inflation, acquisition doubling every month) is
 * accepted by the schema, which allows up to 10, but no real email programme has one: it is almost
 * always a percentage typed as a whole number (`discountRateAnnual: 10` for 10 %).
 */
export const PERCENT_TYPED_RATE = 1;

/**
 * An open rate above this share is most likely inflated by machine opens: since 2021 Apple Mail
 * Privacy Protection fetches every image (the tracking pixel too) whether or not a person reads
 * the email, so reported open rates of 60 % and more are mostly not people.
 */
export const MACHINE_OPEN_RATE = 0.6;

/** Rates that may exceed 1 (the schema allows up to 10), with their unit for the message. */
const unboundedRates = {
  discountRateAnnual: 'a year',
  inflationAnnual: 'a year',
  newSubscribersGrowthMonthly: 'a month',
} as const;

/** Fractions capped at 1 whose value 1 (every subscriber, click or order) is a percentage typed as 1. */
const wholeFractions = ['churnPerMonth', 'churnPerEmail', 'clickRate', 'conversionRate'] as const;

/** What `plausibilityWarnings` reads: a scenario input or a patch, its `changes` with a `set` each. */
export interface PlausibilityInput {
  readonly clickRateBasis?: 'opens' | 'delivered';
  readonly changes?: readonly { readonly set: object }[];
  readonly [field: string]: unknown;
}

const percentOf = (value: number) => `${Number((value * 100).toPrecision(12))} %`;

/** The warnings about the values written in one object (the input itself or one `changes[].set`). */
function valueWarnings(values: Readonly<Record<string, unknown>>, where: string, basis: 'opens' | 'delivered' | undefined): string[] {
  const warnings: string[] = [];
  for (const [field, unit] of Object.entries(unboundedRates)) {
    const value = values[field];
    if (typeof value === 'number' && value >= PERCENT_TYPED_RATE) {
      warnings.push(`${where}${field}: ${value} is ${percentOf(value)} ${unit}; rates are fractions: did you mean ${value / 100} (${value} %)?`);
    }
  }
  for (const field of wholeFractions) {
    if (values[field] === 1) warnings.push(`${where}${field}: 1 is 100 %; rates are fractions: did you mean 0.01 (1 %)?`);
  }
  const open = values.openRate;
  if (typeof open === 'number' && basis === 'delivered') {
    warnings.push(
      `${where}openRate: is ignored because clickRateBasis is "delivered" (clickRate is then per delivered email): remove it, or set clickRateBasis "opens"`,
    );
  } else if (typeof open === 'number' && open > MACHINE_OPEN_RATE) {
    warnings.push(
      `${where}openRate: ${open} (${percentOf(open)}) is above ${percentOf(MACHINE_OPEN_RATE)}, likely inflated by machine opens (Apple Mail Privacy Protection): ` +
        'consider clickRate per delivered email with clickRateBasis "delivered"',
    );
  }
  return warnings;
}

/**
 * Plausibility warnings for the values written in a scenario input (or in a patch of one): values
 * the schema accepts but that are very likely mistakes. Each warning is `field: what looks wrong
 * and what to do`, the field as written (`changes[1].set.inflationAnnual`). Pure; never throws.
 *
 * - `discountRateAnnual`, `inflationAnnual`, `newSubscribersGrowthMonthly` ≥ {@link PERCENT_TYPED_RATE}:
 *   a percentage typed as a whole number ("did you mean 0.1 (10 %)?");
 * - `churnPerMonth`, `churnPerEmail`, `clickRate`, `conversionRate` equal to 1 (100 %): the same;
 * - `openRate` above {@link MACHINE_OPEN_RATE} while the click rate is per open: machine opens;
 * - `openRate` given while `clickRateBasis` is "delivered": it is ignored.
 *
 * `clickRateBasis` is read from the object itself: for a patch, pass the basis of the scenario it
 * applies to as `basis` (a patch that does not set it inherits it).
 *
 * @param input - a scenario input or patch, parsed or as written; not mutated
 * @param basis - the click-rate basis when `input` does not give one (default "opens", the schema's)
 * @returns the warnings, in field order; empty for a plausible input
 *
 * @example
 * plausibilityWarnings({ discountRateAnnual: 10, openRate: 0.4, clickRateBasis: 'opens' })
 * //=> ['discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?']
 */
export function plausibilityWarnings(input: PlausibilityInput, basis: 'opens' | 'delivered' = 'opens'): string[] {
  const clickBasis = input.clickRateBasis ?? basis;
  return [
    ...valueWarnings(input, '', clickBasis),
    ...(input.changes ?? []).flatMap((change, index) => valueWarnings(change.set as Record<string, unknown>, `changes[${index}].set.`, clickBasis)),
  ];
}
