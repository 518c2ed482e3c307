import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { isUnfinished, matches, parseExpectation } from './shownValue';

/** Whether the value shown by `text` (what follows `//=>`) holds for `actual`. */
function holds(text: string, actual: unknown): boolean {
  const expectation = parseExpectation(text);
  if (expectation.kind !== 'value') throw new Error(`${text} is not a value`);
  return matches(expectation.shown, actual);
}

describe('a value shown after //=>', () => {
  test('a number holds when the value rounds to it at the decimals shown', () => {
    expect(holds('97796.78', 97796.78057934469)).toBe(true);
    expect(holds('97796.78', new Decimal('97796.78057934469503'))).toBe(true);
    expect(holds('97797.4', 97796.78)).toBe(false);
    expect(holds('2', 2.4)).toBe(true);
    expect(holds('2', 2.6)).toBe(false);
    expect(holds('0.12682503013196977', 0.12682503013196972)).toBe(false);
    expect(holds('150_000', 150000)).toBe(true);
    expect(holds('1e-7', 1e-7)).toBe(true);
    expect(holds('2', '2')).toBe(false);
  });

  test('a number ending in … holds when the value starts with its digits', () => {
    expect(holds('0.3293…', 0.32932)).toBe(true);
    expect(holds('-0.3293…', -0.32939)).toBe(true);
    expect(holds('0.3293…', 0.3294)).toBe(false);
    expect(holds('0.3293…', -0.32932)).toBe(false);
  });

  test('text is compared exactly, … matching any run of characters', () => {
    expect(holds("'$9,485'", '$9,485')).toBe(true);
    expect(holds("'$9,485'", '$9,485.17')).toBe(false);
    expect(holds('"a\\nb"', 'a\nb')).toBe(true);
    expect(holds("'it\\'s \\u00a0€'", "it's \u00a0€")).toBe(true);
    expect(holds('\'<svg … data-chart="npv" …</svg>\'', '<svg x="1" data-chart="npv" y="2"></svg>')).toBe(true);
    expect(holds('\'<svg … data-chart="npv" …</svg>\'', '<svg data-chart="npv"></svg>')).toBe(false);
    expect(holds("'ab…ba'", 'aba')).toBe(false);
  });

  test('lists and objects match item by item and key by key, … standing for the rest', () => {
    expect(holds('[1, 2]', [1, 2])).toBe(true);
    expect(holds('[1, 2]', [1, 2, 3])).toBe(false);
    expect(holds('[1, …]', [1, 2, 3])).toBe(true);
    expect(holds('[…, 3]', [1, 2, 3])).toBe(true);
    expect(holds("{ a: 1, 'b c': 'x' }", { a: 1, 'b c': 'x' })).toBe(true);
    expect(holds('{ a: 1 }', { a: 1, b: 2 })).toBe(false);
    expect(holds('{ a: 1 }', { a: 1, b: undefined })).toBe(true);
    expect(holds('{ a: 1, … }', { a: 1, b: 2 })).toBe(true);
    expect(holds('{ a: 1, b: … }', { a: 1 })).toBe(false);
    expect(holds('{ a: undefined }', {})).toBe(true);
    expect(holds('[true, false, null, undefined]', [true, false, null, undefined])).toBe(true);
  });

  test('a note in parentheses may follow the value; anything else is refused', () => {
    expect(holds('19 (the automation pays back in its second year)', 19)).toBe(true);
    expect(() => parseExpectation('19 months')).toThrow(/expected the end, or a note in parentheses/);
    expect(() => parseExpectation("throws: unrecognized key 'x'")).toThrow(/expected a value/);
  });

  test('throws names the error and, after a colon, its message', () => {
    expect(parseExpectation("throws InputError: 'rate: must be a finite number'")).toEqual({
      kind: 'throws',
      name: 'InputError',
      message: { kind: 'text', parts: ['rate: must be a finite number'] },
    });
    expect(parseExpectation('throws InputError')).toEqual({ kind: 'throws', name: 'InputError', message: undefined });
  });

  test('a value whose brackets or quotes are open continues on the next line', () => {
    expect(isUnfinished("['a',")).toBe(true);
    expect(isUnfinished("{ a: '}'")).toBe(true);
    expect(isUnfinished("['a', 'b']")).toBe(false);
    expect(isUnfinished("'don\\'t [' (a note)")).toBe(false);
  });
});
