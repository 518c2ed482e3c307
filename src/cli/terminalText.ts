/** C0 controls but line feed and tab, a carriage return not followed by a line feed, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * Makes text safe to print on a terminal: every control character that could move the cursor, change
 * colours or ring the bell (ESC, BEL, a lone CR, DEL, C1 controls…) is shown as its `\uXXXX` escape
 * instead, so an escape sequence in a user's file reaches the screen as harmless text. Line feeds,
 * tabs and CR LF line ends are kept. Text without such characters, JSON output included, is returned
 * unchanged (JSON.stringify already escapes C0 controls; an escaped DEL or C1 control is the same JSON string).
 *
 * @param text - what is about to be printed
 * @returns the text with control characters made visible
 *
 * @example
 * terminalText('\u001b[31mred\u0007') //=> '\\u001b[31mred\\u0007'
 */
export function terminalText(text: string): string {
  return text.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
