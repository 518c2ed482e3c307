import { decimalCalculator } from '../../calculator/decimalCalculator';
import { formatMoney, type MoneyFormat } from '../formatMoney';
import type { InputValueKind } from '../../schema/inputGuide';

/**
 * Writes an input value for people, by its kind: money to the cent in the currency, shares as a
 * percentage with up to four significant digits, people to two decimals, numbers with up to
 * four significant digits, text and yes/no as they are; `undefined` as "—". A number's exact value
 * is returned too, for a tooltip (the text may round it).
 *
 * ```
 * share 0.011712168 → 1.171 %        money 17000.0989 → $17,000.10
 * ```
 *
 * @param kind - how to write it
 * @param value - the value from the input (a number, text, boolean or undefined)
 * @param format - currency and locale
 * @returns the text, and a number's exact value
 *
 * @example
 * formatInputValue('share', 0.011712168480081078, { currency: 'USD', locale: 'en-US' }) //=> { text: '1.171%', title: '0.011712168480081078' }
 * formatInputValue('money', 1200, { currency: 'USD', locale: 'en-US' }) //=> { text: '$1,200.00', title: '1200' }
 */
export function formatInputValue(
  kind: InputValueKind,
  value: unknown,
  format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>,
): { text: string; title: string | undefined } {
  if (value === undefined) return { text: '—', title: undefined };
  if (typeof value === 'boolean') return { text: value ? 'yes' : 'no', title: undefined };
  if (typeof value !== 'number') return { text: String(value), title: undefined };
  const text =
    kind === 'money'
      ? formatMoney(decimalCalculator.from(value), format)
      : new Intl.NumberFormat(
          format.locale,
          kind === 'share'
            ? { style: 'percent', maximumSignificantDigits: 4 }
            : kind === 'people'
              ? { maximumFractionDigits: 2 }
              : { maximumSignificantDigits: 4 },
        ).format(value);
  return { text, title: String(value) };
}
