import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/render/escapeMarkup';

describe('escapeMarkup', () => {
  it('turns the five markup characters into entities', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('escapes an ampersand that already looks like an entity, so the text reads back as written', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  it('replaces control characters XML forbids, keeping tabs and newlines', () => {
    expect(escapeMarkup('a\u0000b\u001bc\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
  });

  it('leaves other text alone', () => {
    expect(escapeMarkup('Møller’s H2+H4 — 5 % ★')).toBe('Møller’s H2+H4 — 5 % ★');
  });
});
