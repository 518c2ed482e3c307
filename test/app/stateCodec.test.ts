import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, fromBase64Url, HASH_PREFIX, toBase64Url, type PageState } from '../../app/src/url/stateCodec';

const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as unknown;
const state: PageState = { file: article, selected: 'H2+H4', fileName: '<img src=x>.json', tab: 'sensitivity' };
/** A hash made by Node's zlib, independently of the codec: base64url of deflate-raw of the text. */
const nodeHash = (text: string) => HASH_PREFIX + deflateRawSync(Buffer.from(text)).toString('base64url');

describe('the page state in the URL hash', () => {
  it('round-trips the state: a link reproduces the page', async () => {
    const hash = await encodeState(state);
    expect(hash.startsWith(HASH_PREFIX)).toBe(true);
    expect(hash.slice(HASH_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/); // base64url: safe in a URL as it is
    expect(await decodeState(hash)).toEqual(state);
  });

  it('writes deflate-raw + base64url, as Node’s zlib reads it, shorter than the JSON', async () => {
    const hash = await encodeState(state);
    const json = inflateRawSync(Buffer.from(hash.slice(HASH_PREFIX.length), 'base64url')).toString('utf8');
    expect(JSON.parse(json)).toEqual(state);
    expect(hash.length).toBeLessThan(JSON.stringify(state).length); // the article’s 17-digit floats compress little
    expect(await decodeState(nodeHash(JSON.stringify(state)))).toEqual(state);
  });

  it('reads no hash as no state', async () => {
    expect(await decodeState('')).toBeUndefined();
    expect(await decodeState('#')).toBeUndefined();
  });

  it('says what is wrong with a hash that is not a state', async () => {
    const hash = await encodeState(state);
    await expect(decodeState('#section-2')).rejects.toThrow('is not a saved page state');
    await expect(decodeState(hash.slice(0, hash.length - 20))).rejects.toThrow('damaged');
    await expect(decodeState(`${HASH_PREFIX}not base64!`)).rejects.toThrow('damaged');
    await expect(decodeState(`${HASH_PREFIX}AAAAnot-a-state`)).rejects.toThrow('damaged');
    await expect(decodeState(nodeHash('{ "file": '))).rejects.toThrow('not JSON');
    await expect(decodeState(nodeHash('[1, 2]'))).rejects.toThrow('lacks the scenario file');
    await expect(decodeState(nodeHash(JSON.stringify({ ...state, selected: 3 })))).rejects.toThrow('lacks');
  });

  it('refuses a small link that inflates to more than 5 MiB', async () => {
    const bomb = HASH_PREFIX + deflateRawSync(Buffer.alloc(6 * 1024 * 1024, 32)).toString('base64url');
    expect(bomb.length).toBeLessThan(20_000);
    await expect(decodeState(bomb)).rejects.toThrow('damaged');
  });

  it('writes base64url as Node does, and reads it back', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    expect(Array.from(fromBase64Url(Buffer.from(bytes).toString('base64url')))).toEqual(Array.from(bytes));
  });
});
