// Where an input sits in the page's scenario file: `baseline.openRate`, `hypotheses.H1.openRate`,
// `hypotheses.H2+H4.set.emailsPerMonth`, `baseline.segments.engaged.openRate`. Names may hold dots, so each step takes the longest key of the
// object that the rest of the path starts with.

import { getAt } from '../state/paths';

/** The keys from the file's root to the input, and the input's field path inside its scenario (`openRate`, `segments.engaged.openRate`). */
export interface FilePlace {
  readonly keys: readonly string[];
  /** The keys inside the scenario: `['openRate']`, `['segments', 'engaged', 'openRate']`. */
  readonly fieldKeys: readonly string[];
  readonly fieldPath: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The keys of `path` in `file`: at each level the longest own key that `path` continues with (followed by
 * a dot or the end), else the path up to its next dot (a place not written yet). Undefined when the path does
 * not start with `baseline.` or `hypotheses.<a hypothesis of the file>.`.
 *
 * @example
 * placeOf({ baseline: {}, hypotheses: { 'H2+H4': {} } }, 'hypotheses.H2+H4.openRate') //=> { keys: ['hypotheses', 'H2+H4', 'openRate'], fieldKeys: ['openRate'], fieldPath: 'openRate' }
 */
export function placeOf(file: unknown, path: string): FilePlace | undefined {
  const keys: string[] = [];
  let node: unknown = file;
  // Inside a hypothesis, the baseline's part at the same place: its keys name a place the hypothesis does not write yet.
  let shape: unknown = undefined;
  let rest = path;
  while (rest !== '') {
    const known = [node, shape].flatMap((n) => (isRecord(n) ? Object.keys(n) : [])).filter((k) => rest === k || rest.startsWith(`${k}.`));
    // A key neither holds (a combined hypothesis' `set`, a field not written): up to the next dot.
    const key = known.sort((a, b) => b.length - a.length)[0] ?? rest.split('.')[0]!;
    keys.push(key);
    node = isRecord(node) ? node[key] : undefined;
    shape = isRecord(shape) ? shape[key] : undefined;
    rest = rest.slice(key.length + 1);
    if (keys[0] === 'hypotheses' && (keys.length === 2 ? rest.split('.')[0] !== 'set' : keys.length === 3 && key === 'set')) shape = getAt(file, ['baseline']);
  }
  // A combined hypothesis writes its own values under `set`.
  const inScenario = keys[0] === 'baseline' ? 1 : keys[0] === 'hypotheses' ? (keys[2] === 'set' ? 3 : 2) : 0;
  if (inScenario === 0 || keys.length <= inScenario || getAt(file, keys.slice(0, 2)) === undefined) return undefined;
  const fieldKeys = keys.slice(inScenario);
  return { keys, fieldKeys, fieldPath: fieldKeys.join('.') };
}
