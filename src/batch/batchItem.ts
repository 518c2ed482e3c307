import { isPlainObject } from '../json/isPlainObject';
import { parseJson } from '../json/parseJson';

/** An id as a line may give it: text or a number. */
export type BatchId = string | number;

/**
 * One line of a batch, read: its number in the input, its `id` when it gives one, and the scenario input or
 * scenario file it holds (`data`, the `id` key taken out) — or the problems that make it unreadable.
 */
export interface BatchItem {
  /** The line's number in the input, from 1 (for CSV, the line the row starts on: the header is line 1). */
  readonly line: number;
  readonly id?: BatchId;
  /** A scenario input, or a scenario file (it has a `baseline`); absent when `problems` says why. */
  readonly data?: unknown;
  /** `field: rule` messages when the line cannot be read. */
  readonly problems?: readonly string[];
}

/** Whether text holds a line break, tab or other control character, which an id may not (output lines and CSV rows stay one line each). */
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/**
 * Splits the `id` off a line's object: the id (text without control characters, or a finite number) and the rest.
 *
 * @param line - the line's number
 * @param value - the object the line holds; not mutated
 * @returns the item: `data` without its `id`, or `problems` naming `id`
 *
 * @example
 * itemOf(3, { id: 'acme', subscribers: 100 }) //=> { line: 3, id: 'acme', data: { subscribers: 100 } }
 * itemOf(4, { id: true }) //=> { line: 4, problems: ['id: must be text (without line breaks) or a number'] }
 */
export function itemOf(line: number, value: Readonly<Record<string, unknown>>): BatchItem {
  if (!Object.hasOwn(value, 'id')) return { line, data: value };
  const { id, ...data } = value;
  const good = (typeof id === 'string' && !hasControl(id)) || (typeof id === 'number' && Number.isFinite(id));
  if (!good) return { line, problems: ['id: must be text (without line breaks) or a number'] };
  return { line, id: id as BatchId, data };
}

/**
 * Reads one NDJSON line of a batch: a JSON object, a scenario input or a whole scenario file, with an optional
 * `id`. Duplicate keys and deep nesting are refused as everywhere (`parseJson`).
 *
 * @param line - the line's number in the input (from 1)
 * @param text - the line's text, without its line break
 * @returns the item, or its problems (`(line): is not valid JSON: …`, `(line): must be a JSON object …`)
 *
 * @example
 * jsonLineItem(1, '{"id": 7, "subscribers": 100}') //=> { line: 1, id: 7, data: { subscribers: 100 } }
 * jsonLineItem(2, '[1]').problems //=> ['(line): must be a JSON object (a scenario input or a scenario file), got a list']
 */
export function jsonLineItem(line: number, text: string): BatchItem {
  const parsed = parseJson(text);
  if (!parsed.ok) return { line, problems: [`${parsed.problem.path || '(line)'}: ${parsed.problem.rule}`] };
  const value = parsed.value;
  if (!isPlainObject(value)) {
    const got = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
    return { line, problems: [`(line): must be a JSON object (a scenario input or a scenario file), got ${got}`] };
  }
  return itemOf(line, value);
}
