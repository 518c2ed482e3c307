/** What {@link parseLocaleNumber} read: the number (a percentage already divided by 100), or why the text is not one. */
export type LocaleNumber = { readonly ok: true; readonly value: number; readonly percent: boolean } | { readonly ok: false; readonly rule: string };

/** The group (thousands) and decimal separators of a locale, as Intl writes 1,234,567.5 there. */
function separatorsOf(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;

/**
 * Reads a number as a spreadsheet or an export writes it in `locale`: thousands separators where that
 * locale puts them (`1,234.5` in en-US, `1.234,5` in de-DE, `1 234,5` in fr-FR, in groups of three, or
 * two then three as in en-IN), a percentage (`12.5%` → 0.125), a leading `-`, `+` or `−`; currency signs
 * and spaces are ignored. A separator where the locale does not put one (`1,5` in en-US) is refused, not
 * misread, so a file written in another locale is caught.
 *
 * @param text - the cell as written
 * @param locale - a BCP 47 locale Intl knows (default en-US)
 * @returns `{ ok: true, value, percent }` or `{ ok: false, rule }`, e.g. `"n/a" is not a number`
 *
 * @example
 * parseLocaleNumber('1,234.5') //=> { ok: true, value: 1234.5, percent: false }
 * parseLocaleNumber('1.234,5', 'de-DE') //=> { ok: true, value: 1234.5, percent: false }
 * parseLocaleNumber('12.5%') //=> { ok: true, value: 0.125, percent: true }
 * parseLocaleNumber('$ 2,400.00').value //=> 2400
 * parseLocaleNumber('n/a') //=> { ok: false, rule: '"n/a" is not a number' }
 * parseLocaleNumber('1,5').rule //=> '"1,5" is not a number in en-US (thousands separated by ",", decimals after ".", e.g. 1,234.5)'
 */
export function parseLocaleNumber(text: string, locale = 'en-US'): LocaleNumber {
  const { group, decimal } = separatorsOf(locale);
  let t = text
    .replace(/\p{Sc}/gu, '')
    .replace(SPACES, '')
    .replace('\u2212', '-');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  const sign = t.startsWith('-') ? -1 : 1;
  if (t.startsWith('-') || t.startsWith('+')) t = t.slice(1);
  const g = group.replace(SPACES, '') === '' ? '' : `[${escape(group)}${group === "'" || group === '\u2019' ? "'\u2019" : ''}]`;
  const grouped = g === '' ? '' : `\\d{1,3}(?:${g}\\d{2,3})*${g}\\d{3}|`;
  const match = new RegExp(`^(${grouped}\\d+)?(?:${escape(decimal)}(\\d+))?$`).exec(t);
  if (match === null || (match[1] === undefined && match[2] === undefined)) {
    const shown = JSON.stringify(text.trim());
    if (!/\d/.test(text)) return { ok: false, rule: `${shown} is not a number` };
    const groupName = group.replace(SPACES, '') === '' ? 'a space' : JSON.stringify(group);
    const example = new Intl.NumberFormat(locale).format(1234.5);
    return {
      ok: false,
      rule: `${shown} is not a number in ${locale} (thousands separated by ${groupName}, decimals after ${JSON.stringify(decimal)}, e.g. ${example})`,
    };
  }
  const digits = `${(match[1] ?? '0').replace(/\D/g, '')}.${match[2] ?? '0'}`;
  const value = (sign * Number(digits)) / (percent ? 100 : 1);
  if (!Number.isFinite(value)) return { ok: false, rule: `${JSON.stringify(text.trim())} is too large a number` };
  return { ok: true, value: value === 0 ? 0 : value, percent };
}
