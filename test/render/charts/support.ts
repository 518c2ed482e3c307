/**
 * Test helpers for SVG strings, written without a DOM: a small XML well-formedness check and
 * readers of what a chart drew (tick labels and their positions, path points).
 */

const NAME = '[A-Za-z_][\\w:.-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})="([^"]*)"`, 'g');
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}="[^"]*")*)\\s*(/?)>`);
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/;

/** Throws unless `xml` is one well-formed XML element: tags nest and close, attributes are quoted and unique, `&` starts an entity, no stray `<`. */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (text: string, where: number) => {
    for (let j = text.indexOf('&'); j >= 0; j = text.indexOf('&', j + 1)) {
      if (!ENTITY.test(text.slice(j))) throw new Error(`bare & at ${where + j}: ${text.slice(j, j + 20)}`);
    }
    if (text.includes('<')) throw new Error(`stray < at ${where}`);
  };
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new Error(`unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (xml[i] === '<') {
      const match = TAG.exec(xml.slice(i));
      if (match === null) throw new Error(`malformed tag at ${i}: ${xml.slice(i, i + 40)}`);
      const [whole, closing, name, attributes, selfClosing] = match;
      const names = [...attributes!.matchAll(ATTRIBUTE)].map((a) => a[1]!);
      if (new Set(names).size !== names.length) throw new Error(`repeated attribute in <${name}> at ${i}`);
      for (const a of attributes!.matchAll(ATTRIBUTE)) checkText(a[2]!, i);
      if (closing) {
        if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open at ${i}`);
      } else {
        if (stack.length === 0) roots += 1;
        if (!selfClosing) stack.push(name!);
      }
      i += whole.length;
      continue;
    }
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next < 0 ? xml.length : next);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root at ${i}`);
    checkText(text, i);
    i += text.length;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
}

/** An element read from markup: its attributes, and its text content under `text`. */
export type MarkupElement = { readonly text: string } & Readonly<Partial<Record<string, string>>>;

/** The elements `<tag …>` of `svg` whose class list holds `className`, as attribute maps (text content under `text`). */
export function elements(svg: string, tag: string, className?: string): MarkupElement[] {
  const found: MarkupElement[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}((?:\\s+${NAME}="[^"]*")*)\\s*/?>(?:([^<]*)</${tag}>)?`, 'g'))) {
    const attributes: Record<string, string> = Object.fromEntries([...m[1]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!]));
    if (className === undefined || (attributes.class ?? '').split(' ').includes(className)) found.push({ ...attributes, text: m[2] ?? '' });
  }
  return found;
}

/** The points of an SVG path made of M, L and Z commands with absolute coordinates, as d3's line() and area() write them. */
export function pathPoints(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Decodes the five XML entities the library writes. */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
