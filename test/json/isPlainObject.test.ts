import { describe, expect, test } from 'vitest';
import { isPlainObject } from '../../src/json/isPlainObject';

describe('isPlainObject', () => {
  test('is true for a JSON object, empty or not', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({ openRate: 0.4 })).toBe(true);
  });

  test('is false for null, lists and values that are not objects', () => {
    for (const value of [null, undefined, [], [1], 'baseline', 4, true]) expect(isPlainObject(value)).toBe(false);
  });

  test('is true for an object without prototype, false for a Map, a Date or a class instance', () => {
    expect(isPlainObject(Object.create(null))).toBe(true);
    class Settings {
      openRate = 0.4;
    }
    for (const value of [new Map([['openRate', 0.4]]), new Date(0), new Settings()]) expect(isPlainObject(value)).toBe(false);
  });
});
