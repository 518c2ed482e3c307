import { z } from 'zod';

/** True when Intl can format money in `currency` for `locale`. */
const isIntlCurrency = (currency: string, locale: string): boolean => {
  try {
    new Intl.NumberFormat(locale, { style: 'currency', currency });
    return true;
  } catch {
    return false;
  }
};

/**
 * A strict zod object schema of `shape` plus the money format every rendered output shares:
 * `currency` (ISO 4217, default "USD") and `locale` (BCP 47, default "en-US"), checked together by
 * `Intl.NumberFormat` so that a bad pair is a `currency: rule` problem, not a RangeError later.
 * (A refined zod object cannot be extended, hence a function of the shape.)
 *
 * @param shape - the other options of the schema
 * @returns the schema; parse with `parseWith(schema, data, ['options'])`
 *
 * @example
 * import { parseWith } from '../schema/parseWith';
 * parseWith(moneyFormatSchema({ width: z.number().default(720) }), {}) //=> { width: 720, currency: 'USD', locale: 'en-US' }
 * parseWith(moneyFormatSchema({}), { currency: 'dollars' }) //=> throws InputError: 'currency: "dollars" with locale "en-US" is not a currency format Intl knows …'
 */
export function moneyFormatSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .strictObject({
      ...shape,
      currency: z.string({ error: 'must be an ISO 4217 currency code, e.g. "USD"' }).default('USD'),
      locale: z.string({ error: 'must be a BCP 47 locale, e.g. "en-US"' }).default('en-US'),
    })
    .superRefine((options, ctx) => {
      const { currency, locale } = options as { currency: string; locale: string };
      if (!isIntlCurrency(currency, locale)) {
        ctx.addIssue({
          code: 'custom',
          path: ['currency'],
          message: `"${currency}" with locale "${locale}" is not a currency format Intl knows (e.g. currency "EUR", locale "de-DE")`,
        });
      }
    });
}
