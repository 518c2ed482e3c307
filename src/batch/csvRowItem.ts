import { isPlainObject } from '../json/isPlainObject';
import { type BatchItem, itemOf } from './batchItem';

/** A plain decimal number as a cell may hold one (`5`, `-0.25`, `.5`): read as a number; anything else is text. */
const DECIMAL = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Sets an own key, even `__proto__` (a header is the user's text: it must not reach a prototype). */
function setOwn(place: Record<string, unknown>, key: string, value: unknown): unknown {
  Object.defineProperty(place, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** A cell's value: a number, `true` or `false`, else the text as written (the scenario's schema then checks it). */
function cellValue(cell: string): unknown {
  if (DECIMAL.test(cell)) return Number(cell);
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return cell;
}

/**
 * Reads one CSV row of a batch into a scenario input: each header names an input field, nested ones by their
 * dotted path (`segments.engaged.openRate`, `retention.alpha`); an `id` column gives the line's id (as text).
 * An empty cell leaves its field out (its default applies). Plain decimal numbers become numbers, `true` and
 * `false` booleans, anything else stays text for the schema to check (`churnModel`, `startDate` …).
 *
 * @param line - the line the row starts on (the header is line 1)
 * @param cells - the row's cells by header name (as `csvRecords` gives them)
 * @returns the item, or its problems when two headers clash (`segments` and `segments.engaged.share`)
 *
 * @example
 * csvRowItem(2, { id: 'acme', subscribers: '100', 'segments.engaged.share': '0.3', churnModel: 'compound', startDate: '' })
 * //=> { line: 2, id: 'acme', data: { subscribers: 100, segments: { engaged: { share: 0.3 } }, churnModel: 'compound' } }
 */
export function csvRowItem(line: number, cells: Readonly<Record<string, string>>): BatchItem {
  const data: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const cell = raw.trim();
    if (cell === '') continue;
    if (header === 'id') {
      data.id = cell;
      continue;
    }
    const keys = header.split('.');
    let place = data;
    for (const key of keys.slice(0, -1)) {
      const next = Object.hasOwn(place, key) ? place[key] : setOwn(place, key, {});
      if (!isPlainObject(next)) return { line, problems: [`${header}: is inside ${key}, which another column gives a value: give one or the other`] };
      place = next;
    }
    const last = keys[keys.length - 1]!;
    if (Object.hasOwn(place, last)) return { line, problems: [`${header}: another column gives fields inside it: give one or the other`] };
    setOwn(place, last, cellValue(cell));
  }
  return itemOf(line, data);
}
