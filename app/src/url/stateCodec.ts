// The page's state in a URL hash: JSON, compressed with deflate-raw (CompressionStream), written as base64url.
// No dependency: browsers and Node ≥ 18 have CompressionStream.

/** What a link holds: the scenario file and the page state worth keeping. */
export interface PageState {
  readonly file: unknown;
  readonly selected: string;
  readonly fileName: string;
  readonly tab: string;
}

/** The hash's prefix and version: a later format gets another. */
export const HASH_PREFIX = '#s1=';
/** Largest inflated state accepted from a link, in bytes: a scenario file is a few kB. */
const MAX_STATE_BYTES = 5 * 1024 * 1024;

/** Bytes through a compression or decompression stream. */
async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  void writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`holds more than ${limit / 1024 / 1024} MiB of state`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** base64url of bytes, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Bytes of base64url text; throws on a character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('holds characters that base64url does not use');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash of a state: `#s1=` + base64url(deflate-raw(JSON)). */
export async function encodeState(state: PageState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return HASH_PREFIX + toBase64Url(await through(json, new CompressionStream('deflate-raw')));
}

/**
 * The state in a hash made by {@link encodeState}; undefined for an empty hash.
 * @throws {Error} saying what is wrong with a hash that is not one (not ours, corrupt, not a state)
 */
export async function decodeState(hash: string): Promise<PageState | undefined> {
  if (hash === '' || hash === '#') return undefined;
  if (!hash.startsWith(HASH_PREFIX)) throw new Error('the link’s #… part is not a saved page state');
  let json: string;
  try {
    const bytes = await through(fromBase64Url(hash.slice(HASH_PREFIX.length)), new DecompressionStream('deflate-raw'), MAX_STATE_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('the link’s saved state is damaged (cut short or changed): it cannot be read');
  }
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    throw new Error('the link’s saved state is not JSON');
  }
  const s = state as Record<string, unknown>;
  const isText = (v: unknown) => typeof v === 'string';
  if (
    typeof state !== 'object' ||
    state === null ||
    typeof s.file !== 'object' ||
    s.file === null ||
    !isText(s.selected) ||
    !isText(s.fileName) ||
    !isText(s.tab)
  ) {
    throw new Error('the link’s saved state lacks the scenario file or the page’s settings');
  }
  return { file: s.file, selected: s.selected as string, fileName: s.fileName as string, tab: s.tab as string };
}
