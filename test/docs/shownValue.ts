import Decimal from 'decimal.js';

/**
 * A value as an `@example` shows it after `//=>`, parsed: JSON-like literals (numbers, 'text' or "text",
 * true, false, null, undefined, [lists], { objects } with bare or quoted keys) in which `…` stands for
 * "anything here" (see the rules at `matches`).
 */
export type Shown =
  | { kind: 'any' }
  | { kind: 'number'; decimals: number; truncated: boolean; text: string }
  | { kind: 'text'; parts: string[] }
  | { kind: 'exact'; value: boolean | null | undefined }
  | { kind: 'list'; items: (Shown | 'rest')[] }
  | { kind: 'object'; entries: [string, Shown][]; open: boolean };

/** What a `//=>` line asserts: a value, or that the expression throws (an error of `name`, with `message`). */
export type Expectation = { kind: 'value'; shown: Shown } | { kind: 'throws'; name: string | undefined; message: Shown | undefined };

const ELLIPSIS = '…';
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };

/**
 * Parses the text after `//=>`: a value, or `throws [ErrorName][: 'message']`, optionally followed by a note
 * in parentheses, e.g. `19 (the automation pays back in its second year)`.
 */
export function parseExpectation(text: string): Expectation {
  const reader = new Reader(text.trim());
  let expectation: Expectation;
  if (reader.word('throws')) {
    const name = reader.identifier();
    const message = reader.eat(':') ? reader.value() : undefined;
    expectation = { kind: 'throws', name, message };
  } else {
    expectation = { kind: 'value', shown: reader.value() };
  }
  reader.note();
  return expectation;
}

/** True while `text` has an unclosed bracket or quote: the value continues on the next `//` line. */
export function isUnfinished(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth > 0 || quote !== undefined;
}

/**
 * Whether `actual` is what `shown` shows:
 * - a number shown with d decimals holds when the actual number (or Decimal) rounds to it at d decimals
 *   (`97796.78` holds for 97796.7806); written with a trailing `…` (`0.3293…`), the actual number must
 *   start with those digits (it lies between 0.3293 and 0.3294, or −0.3294 and −0.3293);
 * - text is compared exactly, except that each `…` in it matches any run of characters;
 * - true, false, null and undefined are compared exactly;
 * - a list matches item by item, and a bare `…` item matches any number of items;
 * - an object matches key by key (a key whose value is undefined counts as absent), and a bare `…` entry
 *   allows other keys; a key shown with the value `…` must be present, with any value.
 */
export function matches(shown: Shown, actual: unknown): boolean {
  switch (shown.kind) {
    case 'any':
      return true;
    case 'number':
      return numberMatches(shown, actual);
    case 'text':
      return typeof actual === 'string' && globMatches(shown.parts, actual);
    case 'exact':
      return actual === shown.value;
    case 'list':
      return Array.isArray(actual) && listMatches(shown.items, actual);
    case 'object':
      return objectMatches(shown, actual);
  }
}

function numberMatches(shown: Extract<Shown, { kind: 'number' }>, actual: unknown): boolean {
  if (!(typeof actual === 'number' && Number.isFinite(actual)) && !(Decimal.isDecimal(actual) && (actual as Decimal).isFinite())) return false;
  const value = new Decimal(actual as Decimal | number);
  const expected = new Decimal(shown.text);
  if (shown.truncated) return value.isNeg() === expected.isNeg() && value.abs().toDecimalPlaces(shown.decimals, Decimal.ROUND_DOWN).eq(expected.abs());
  return value.minus(expected).abs().lte(new Decimal(10).pow(-shown.decimals).div(2));
}

function globMatches(parts: string[], text: string): boolean {
  if (parts.length === 1) return text === parts[0];
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (!text.startsWith(first) || !text.endsWith(last) || first.length + last.length > text.length) return false;
  let at = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = text.indexOf(middle, at);
    if (found < 0 || found + middle.length > text.length - last.length) return false;
    at = found + middle.length;
  }
  return true;
}

function listMatches(items: (Shown | 'rest')[], actual: unknown[]): boolean {
  if (items.length === 0) return actual.length === 0;
  const [head, ...tail] = items;
  if (head === 'rest') {
    for (let skip = 0; skip <= actual.length; skip++) if (listMatches(tail, actual.slice(skip))) return true;
    return false;
  }
  return actual.length > 0 && matches(head!, actual[0]) && listMatches(tail, actual.slice(1));
}

function objectMatches(shown: Extract<Shown, { kind: 'object' }>, actual: unknown): boolean {
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
  const record = actual as Record<string, unknown>;
  const present = Object.keys(record).filter((key) => record[key] !== undefined);
  const shownKeys = new Set(shown.entries.map(([key]) => key));
  if (!shown.open && present.some((key) => !shownKeys.has(key))) return false;
  return shown.entries.every(([key, value]) => (key in record || (value.kind === 'exact' && value.value === undefined)) && matches(value, record[key]));
}

/** Reads one literal at a time from the text of a shown value. */
class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  private skip(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private fail(what: string): never {
    throw new Error(`cannot read the shown value ${JSON.stringify(this.text)}: expected ${what} at character ${this.at + 1}`);
  }

  eat(token: string): boolean {
    this.skip();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  word(word: string): boolean {
    this.skip();
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (match?.[0] !== word) return false;
    this.at += word.length;
    return true;
  }

  identifier(): string | undefined {
    this.skip();
    const match = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.at));
    if (match === null) return undefined;
    this.at += match[0].length;
    return match[0];
  }

  /** After the value: nothing, or a note in parentheses. */
  note(): void {
    this.skip();
    if (this.at < this.text.length && this.text[this.at] !== '(') this.fail('the end, or a note in parentheses');
  }

  value(): Shown {
    this.skip();
    const c = this.text[this.at];
    if (this.eat(ELLIPSIS)) return { kind: 'any' };
    if (c === "'" || c === '"') return this.string();
    if (c === '[') return this.list();
    if (c === '{') return this.object();
    if (c !== undefined && /[-\d]/.test(c)) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['undefined', undefined],
    ] as const) {
      if (this.word(word)) return { kind: 'exact', value };
    }
    return this.fail('a value');
  }

  private number(): Shown {
    const match = /^-?\d+(?:_\d+)*(?:\.(\d+))?(?:e[-+]?\d+)?/i.exec(this.text.slice(this.at));
    if (match === null) return this.fail('a number');
    this.at += match[0].length;
    const exponent = /e([-+]?\d+)$/i.exec(match[0]);
    const decimals = Math.max(0, (match[1]?.length ?? 0) - Number(exponent?.[1] ?? 0));
    const truncated = this.text.startsWith(ELLIPSIS, this.at);
    if (truncated) this.at += ELLIPSIS.length;
    return { kind: 'number', decimals, truncated, text: match[0].replaceAll('_', '') };
  }

  private string(): Shown {
    const quote = this.text[this.at]!;
    let i = this.at + 1;
    let decoded = '';
    while (i < this.text.length && this.text[i] !== quote) {
      if (this.text[i] !== '\\') decoded += this.text[i++];
      else {
        const escape = /^\\(?:u\{([\da-f]+)\}|u([\da-f]{4})|x([\da-f]{2})|(.))/i.exec(this.text.slice(i));
        if (escape === null) this.fail('an escape');
        const [whole, braced, four, two, single] = escape;
        const code = braced ?? four ?? two;
        decoded += code !== undefined ? String.fromCodePoint(parseInt(code, 16)) : (escapes[single!] ?? single!);
        i += whole.length;
      }
    }
    if (i >= this.text.length) this.fail(`a closing ${quote}`);
    this.at = i + 1;
    return { kind: 'text', parts: decoded.split(ELLIPSIS) };
  }

  private list(): Shown {
    this.eat('[');
    const items: (Shown | 'rest')[] = [];
    while (!this.eat(']')) {
      this.skip();
      items.push(this.isBareEllipsis() ? 'rest' : this.value());
      if (!this.eat(',') && !this.peek(']')) this.fail('"," or "]"');
    }
    return { kind: 'list', items };
  }

  private object(): Shown {
    this.eat('{');
    const entries: [string, Shown][] = [];
    let open = false;
    while (!this.eat('}')) {
      this.skip();
      if (this.isBareEllipsis()) open = true;
      else {
        const c = this.text[this.at];
        const key = c === "'" || c === '"' ? (this.string() as Extract<Shown, { kind: 'text' }>).parts.join(ELLIPSIS) : this.identifier();
        if (key === undefined || !this.eat(':')) this.fail('a key and ":"');
        entries.push([key, this.value()]);
      }
      if (!this.eat(',') && !this.peek('}')) this.fail('"," or "}"');
    }
    return { kind: 'object', entries, open };
  }

  /** A `…` standing alone as a list item or object entry (followed by "," or the closing bracket). */
  private isBareEllipsis(): boolean {
    if (!this.text.startsWith(ELLIPSIS, this.at)) return false;
    const after = this.text.slice(this.at + ELLIPSIS.length).trimStart()[0];
    if (after !== ',' && after !== ']' && after !== '}') return false;
    this.at += ELLIPSIS.length;
    return true;
  }

  private peek(token: string): boolean {
    this.skip();
    return this.text.startsWith(token, this.at);
  }
}
