const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Makes any text safe inside HTML or XML (SVG), as element content or as a quoted attribute value:
 * `& < > " '` become entities, and the control characters XML 1.0 forbids become U+FFFD.
 * Every user-provided string (scenario names, titles, labels) goes through it before it is written
 * into markup; nothing else is needed to keep a `<script>` in a scenario name inert.
 *
 * @param text - any text, e.g. a scenario name
 * @returns the text with markup characters escaped
 *
 * @example
 * escapeMarkup('H1 <script>alert("x")</script> & co') //=> 'H1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'
 */
export function escapeMarkup(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"']/g, (c) => entities[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
}
