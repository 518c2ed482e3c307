import { MAX_NESTING_DEPTH } from './nestingDepth';

/** What is wrong with a JSON text: where (`path`, as `a.b[2].c`; empty for the text as a whole) and which rule it breaks. */
export interface JsonProblem {
  readonly path: string;
  readonly rule: string;
}

/** The result of {@link parseJson}: the value, or the first problem found. */
export type JsonParseResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: JsonProblem };

/** An object or a list being read: its keys so far (objects) and the key or index of the value being read. */
interface Frame {
  /** The keys read so far of an object (a list while short, a set beyond that); undefined for a list. */
  keys: string[] | Set<string> | undefined;
  at: string | number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const [COMMA, MINUS, COLON, OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [0x2c, 0x2d, 0x3a, 0x5b, 0x5d, 0x7b, 0x7d];
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

class Stop {
  constructor(readonly problem: JsonProblem) {}
}

/** `a.b[2].c` for the keys and indexes of the open frames. */
function pathOf(stack: readonly Frame[]): string {
  return stack.reduce<string>((out, f) => (typeof f.at === 'number' ? `${out}[${f.at}]` : out ? `${out}.${f.at}` : f.at), '');
}

/** Line and column (both from 1) of offset `at` in `text`. */
function lineAndColumn(text: string, at: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${at - start + 1}`;
}

/**
 * Checks a JSON text without recursion (RFC 8259 grammar), finding what `JSON.parse` lets pass or
 * cannot report well: a key that appears twice in one object, nesting deeper than `maxDepth`, and
 * syntax errors, each with its line and column.
 */
function check(text: string, maxDepth: number): void {
  const n = text.length;
  const stack: Frame[] = [];
  let i = 0;
  const stop = (path: string, rule: string, at: number): never => {
    throw new Stop({ path, rule: `${rule} (${lineAndColumn(text, at)})` });
  };
  const fail = (rule: string, at = i): never => stop('', `is not valid JSON: ${rule}`, at);
  const found = () => (i >= n ? 'the end of the text' : JSON.stringify(text[i]));
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  /** Reads the string starting at i (a quote); returns its raw text, quotes included. */
  const readString = (): string => {
    const start = i++;
    let escaped = false;
    for (;;) {
      if (i >= n) fail('a text value is not closed: a double quote is missing', start);
      const c = text.charCodeAt(i);
      if (c === QUOTE) break;
      if (c < 0x20) fail('a text value holds a raw control character or line break (write it as \\n, \\t or \\u00XX)');
      if (c === BACKSLASH) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hexadecimal digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e))
          fail(`${JSON.stringify(`\\${e ?? ''}`)} is not a valid escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)`);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const readNumber = () => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else fail('a number must have digits after "-"');
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) fail('a number must have digits after "."');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text.charCodeAt(i))) fail('a number must have digits in its exponent');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (isDigit(text.charCodeAt(i))) fail('a number must not start with 0 followed by digits', start);
  };
  const readKey = () => {
    skipSpace();
    if (text.charCodeAt(i) !== QUOTE) fail(`expected a key in double quotes, found ${found()}`);
    const keyAt = i;
    const key = readString();
    const frame = stack[stack.length - 1]!;
    frame.at = key;
    const keys = frame.keys!;
    if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) stop(pathOf(stack), 'appears twice in the same object (each key once)', keyAt);
    if (!Array.isArray(keys)) keys.add(key);
    else if (keys.length < 16) keys.push(key);
    else frame.keys = new Set([...keys, key]);
    skipSpace();
    if (text.charCodeAt(i) !== COLON) fail(`expected ":" after a key, found ${found()}`);
    i++;
  };

  value: for (;;) {
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === OPEN_OBJECT || c === OPEN_LIST) {
      if (stack.length >= maxDepth) stop('', `nests deeper than ${maxDepth} levels of objects and lists`, i);
      i++;
      skipSpace();
      if (text.charCodeAt(i) === (c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_LIST)) i++;
      else {
        stack.push({ keys: c === OPEN_OBJECT ? [] : undefined, at: 0 });
        if (c === OPEN_OBJECT) readKey();
        continue value;
      }
    } else if (c === QUOTE) readString();
    else if (c === MINUS || isDigit(c)) readNumber();
    else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else fail(`expected a value (an object, list, text, number, true, false or null), found ${found()}`);
    // after a value: a comma, the end of its object or list, or the end of the text
    for (;;) {
      skipSpace();
      const frame = stack[stack.length - 1];
      if (frame === undefined) {
        if (i < n) fail(`unexpected ${found()} after the end of the JSON value`);
        return;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        if (frame.keys === undefined) frame.at = (frame.at as number) + 1;
        else readKey();
        continue value;
      }
      if (c !== (frame.keys === undefined ? CLOSE_LIST : CLOSE_OBJECT)) fail(`expected "," or "${frame.keys === undefined ? ']' : '}'}", found ${found()}`);
      i++;
      stack.pop();
    }
  }
}

/** Every text token of a JSON text, in order; the group is set when the token is a key (a colon follows). */
const TEXT_TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/**
 * The value of a text that needs no check: `JSON.parse` accepts it (the same grammar), no object lost a key
 * written twice (the keys in the text, counted token by token, are as many as the parsed objects hold) and no
 * object or list nests deeper than `maxDepth`. Undefined when one of these fails: the full check then finds
 * and words the problem. Walks the value without recursion.
 */
function checkedByParse(text: string, maxDepth: number): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let keysInText = 0;
  for (const token of text.matchAll(TEXT_TOKEN)) if (token[1] !== undefined) keysInText++;
  let keysInValue = 0;
  const open: [unknown, number][] = [[value, 1]];
  for (let next = open.pop(); next !== undefined; next = open.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > maxDepth) return undefined;
    const children = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) keysInValue += children.length;
    for (const child of children) if (typeof child === 'object' && child !== null) open.push([child, depth + 1]);
  }
  return keysInText === keysInValue ? { value } : undefined;
}

/**
 * Parses a JSON text, refusing what `JSON.parse` would let pass silently: a key written twice in the
 * same object (JSON.parse keeps the last), and nesting deeper than `maxDepth` objects and lists (checked
 * before any value is built, so a text of 100,000 `[` cannot exhaust the stack). Syntax errors give
 * their line and column. `JSON.parse` builds the value (keys such as `__proto__` stay plain own keys); when
 * it refuses the text, or the value holds fewer keys than the text writes, or nests too deep, the text is
 * checked in one pass without recursion for the first problem and where it is. (The count makes the common
 * case, a good text, cost a parse and a scan of its keys, about a fifth of the full check.)
 *
 * @param text - the JSON text (a leading byte-order mark is the caller's to remove)
 * @param maxDepth - most levels of objects and lists (default {@link MAX_NESTING_DEPTH}, 200)
 * @returns `{ ok: true, value }`, or `{ ok: false, problem: { path, rule } }` for the first problem
 *
 * @example
 * parseJson('{ "hypotheses": { "H1": {}, "H1": {} } }')
 * //=> { ok: false, problem: { path: 'hypotheses.H1', rule: 'appears twice in the same object (each key once) (line 1, column 29)' } }
 * parseJson('[1, 2,]').problem.rule //=> 'is not valid JSON: expected a value …, found "]" (line 1, column 7)'
 */
export function parseJson(text: string, maxDepth: number = MAX_NESTING_DEPTH): JsonParseResult {
  const parsed = checkedByParse(text, maxDepth);
  if (parsed !== undefined) return { ok: true, value: parsed.value };
  try {
    check(text, maxDepth);
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
  return { ok: true, value: JSON.parse(text) };
}
