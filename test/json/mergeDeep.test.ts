import { describe, expect, test } from 'vitest';
import { mergeDeep } from '../../src/json/mergeDeep';
import { deepFreeze } from '../model/support';

describe('mergeDeep', () => {
  test('merges objects key by key at any depth; the patch wins on a leaf', () => {
    const base = { a: 1, segments: { engaged: { share: 0.3, openRate: 0.5, retention: { alpha: 1, beta: 2 } }, dormant: { share: 0.7 } } };
    const patch = { segments: { engaged: { openRate: 0.6, retention: { beta: 3 } } } };
    expect(mergeDeep(base, patch)).toEqual({
      a: 1,
      segments: { engaged: { share: 0.3, openRate: 0.6, retention: { alpha: 1, beta: 3 } }, dormant: { share: 0.7 } },
    });
  });

  test('a list replaces the list (it is not merged item by item)', () => {
    expect(
      mergeDeep(
        {
          moves: [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
          ],
        },
        { moves: [{ from: 'c', to: 'd' }] },
      ),
    ).toEqual({
      moves: [{ from: 'c', to: 'd' }],
    });
    expect(mergeDeep({ moves: [1, 2] }, { moves: [] })).toEqual({ moves: [] });
  });

  test('a value replaces an object and an object replaces a value', () => {
    expect(mergeDeep({ a: { b: 1 } }, { a: 5 })).toEqual({ a: 5 });
    expect(mergeDeep({ a: 5 }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
    expect(mergeDeep({ a: { b: 1 } }, { a: null })).toEqual({ a: null });
  });

  test('a key given as undefined keeps the base value; an empty patch changes nothing', () => {
    expect(mergeDeep({ a: 1, b: { c: 2 } }, { a: undefined, b: { c: undefined } })).toEqual({ a: 1, b: { c: 2 } });
    expect(mergeDeep({ a: 1 }, {})).toEqual({ a: 1 });
  });

  test('keys keep the base order, new keys follow in the patch order', () => {
    const merged = mergeDeep({ b: 1, a: { y: 1, x: 2 } }, { z: 1, a: { w: 3, x: 4 }, c: 2 });
    expect(Object.keys(merged)).toEqual(['b', 'a', 'z', 'c']);
    expect(Object.keys(merged.a)).toEqual(['y', 'x', 'w']);
  });

  test('mutates neither argument (both frozen) and copies the merged path', () => {
    const base = deepFreeze({ s: { e: { r: 1 } }, other: { k: 1 } });
    const patch = deepFreeze({ s: { e: { r: 2 } } });
    const merged = mergeDeep(base, patch);
    expect(base).toEqual({ s: { e: { r: 1 } }, other: { k: 1 } });
    expect(patch).toEqual({ s: { e: { r: 2 } } });
    expect(merged.s).not.toBe(base.s);
    expect(merged.s.e).not.toBe(patch.s.e);
    // The untouched part may be shared: it is not modified.
    expect(merged.other).toEqual({ k: 1 });
  });

  test('a __proto__ key from JSON becomes an own key and reaches no prototype', () => {
    // JSON.parse makes __proto__ an own key, as a scenario file read from disk holds it.
    const patch = JSON.parse('{ "__proto__": { "polluted": true }, "a": { "__proto__": { "x": 1 } } }') as object;
    const merged = mergeDeep({ a: { b: 1 } }, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(merged.polluted).toBeUndefined();
    const a = merged.a as Record<string, unknown>;
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(a.b).toBe(1);
    expect(a.x).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toEqual({ x: 1 });
  });

  test('a key the base only inherits (constructor, toString) is replaced, not merged into', () => {
    const merged = mergeDeep({}, { constructor: { a: 1 }, toString: { b: 2 } }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(merged, 'constructor')?.value).toEqual({ a: 1 });
    expect(Object.getOwnPropertyDescriptor(merged, 'toString')?.value).toEqual({ b: 2 });
  });
});
