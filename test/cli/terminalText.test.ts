import { describe, expect, test } from 'vitest';
import { terminalText } from '../../src/cli/terminalText';

describe('terminalText', () => {
  test('shows ESC, BEL, a lone CR, DEL and C1 controls as \\uXXXX escapes', () => {
    expect(terminalText('\u001b[31mred\u0007')).toBe('\\u001b[31mred\\u0007');
    expect(terminalText('a\rb\u007fc\u009bd\u0000')).toBe('a\\u000db\\u007fc\\u009bd\\u0000');
  });

  test('keeps line feeds, tabs, CR LF line ends and every printable character', () => {
    const text = 'name\tNPV\r\nH1 ★\t$9,485 — ok\n€ ü 漢字 😀';
    expect(terminalText(text)).toBe(text);
  });

  test('JSON output is unchanged byte for byte, and an escaped DEL is the same JSON string', () => {
    const json = JSON.stringify({ name: 'H1 \u001b[31m', n: [1, 2] }, null, 2);
    expect(terminalText(json)).toBe(json);
    const del = JSON.stringify({ name: 'a\u007fb' });
    expect(JSON.parse(terminalText(del))).toEqual({ name: 'a\u007fb' });
  });
});
