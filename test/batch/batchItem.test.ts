import { describe, expect, test } from 'vitest';
import { itemOf, jsonLineItem } from '../../src/batch/batchItem';

describe('itemOf', () => {
  test('takes the id out, text or a number, and leaves the object as it was', () => {
    const value = { id: 'acme', subscribers: 100 };
    expect(itemOf(3, value)).toEqual({ line: 3, id: 'acme', data: { subscribers: 100 } });
    expect(value).toEqual({ id: 'acme', subscribers: 100 });
    expect(itemOf(4, { id: 12, baseline: {} })).toEqual({ line: 4, id: 12, data: { baseline: {} } });
    expect(itemOf(5, { subscribers: 1 })).toEqual({ line: 5, data: { subscribers: 1 } });
  });

  test('refuses an id that is not text or a number, or holds a line break', () => {
    for (const id of [true, null, {}, [1], 'a\nb', 'tab\there']) {
      expect(itemOf(1, { id }).problems, JSON.stringify(id)).toEqual(['id: must be text (without line breaks) or a number']);
    }
  });
});

describe('jsonLineItem', () => {
  test('reads an object line', () => {
    expect(jsonLineItem(2, '{"id":"a","openRate":0.4}')).toEqual({ line: 2, id: 'a', data: { openRate: 0.4 } });
  });

  test('names what is wrong with a line that is not an object of JSON', () => {
    expect(jsonLineItem(1, '{"a":1,').problems![0]).toMatch(/^\(line\): is not valid JSON/);
    expect(jsonLineItem(1, '"text"').problems).toEqual(['(line): must be a JSON object (a scenario input or a scenario file), got string']);
    expect(jsonLineItem(1, 'null').problems).toEqual(['(line): must be a JSON object (a scenario input or a scenario file), got null']);
  });

  test('refuses a key given twice, as every JSON reader of the library does', () => {
    expect(jsonLineItem(1, '{"openRate":0.4,"openRate":0.5}').problems![0]).toMatch(/^openRate: appears twice/);
  });
});
