/** Month names (long and short, lowercase, no dots) in English and in `locale`, to their number 1–12. */
function monthNames(locale: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const tag of ['en-US', locale]) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++)
        names.set(
          format
            .format(Date.UTC(2025, m - 1, 15))
            .toLowerCase()
            .replace('.', ''),
          m,
        );
    }
  }
  names.set('sept', 9);
  return names;
}

/** Whether `locale` writes a numeric date with the day before the month (de-DE 7.1.2025) or after it (en-US 1/7/2025). */
const dayFirst = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC' })
    .formatToParts(Date.UTC(2025, 0, 7))
    .map((p) => p.type)
    .filter((t) => t === 'day' || t === 'month')[0] === 'day';

/** `YYYY-MM-DD` for a valid year, month and day, else undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * Reads a date as exports write it, giving `YYYY-MM-DD` (a time after it is ignored): ISO
 * (`2025-01-07`, `2025-01-07T10:00:00Z`, `2025-01` for the month's first day), numeric in the order of
 * `locale` (`1/7/2025` in en-US, `7.1.2025` in de-DE, `07/01/2025` in en-GB), and with a month's name in
 * English or in `locale` (`Jan 7, 2025 10:00 am`, `Tue, 7 January 2025`, `07-Jan-2025`).
 *
 * @param text - the cell as written
 * @param locale - a BCP 47 locale Intl knows (default en-US)
 * @returns the date as `YYYY-MM-DD`, or undefined when the text is not a valid date
 *
 * @example
 * parseLocaleDate('2025-01-07 09:30:00') //=> '2025-01-07'
 * parseLocaleDate('1/7/2025') //=> '2025-01-07'
 * parseLocaleDate('7.1.2025', 'de-DE') //=> '2025-01-07'
 * parseLocaleDate('Tue, Jan 7, 2025 10:00 am') //=> '2025-01-07'
 * parseLocaleDate('2025-02-30') //=> undefined
 */
export function parseLocaleDate(text: string, locale = 'en-US'): string | undefined {
  const t = text.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T\s].*)?$/.exec(t);
  if (iso !== null) return isoDate(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? 1 : Number(iso[3]));
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T,\s].*)?$/.exec(t);
  if (numeric !== null) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    return dayFirst(locale) ? isoDate(fullYear(numeric[3]!), b, a) : isoDate(fullYear(numeric[3]!), a, b);
  }
  const tokens = t
    .replace(/[\sT]\d{1,2}:\d{2}.*$/, '')
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((token) => token !== '');
  const names = monthNames(locale);
  const month = tokens.find((token) => names.has(token));
  const year = tokens.find((token) => /^\d{4}$/.test(token));
  const day = tokens.find((token) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(token));
  if (month === undefined || year === undefined || day === undefined || tokens.length > 4) return undefined;
  return isoDate(Number(year), names.get(month)!, Number.parseInt(day, 10));
}
