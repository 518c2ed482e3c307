import type { UserScenarioFileData } from 'email-npv';

// The edits of the hypotheses of a scenario file as the cards make them: pure functions, each returning a new file.

type File = UserScenarioFileData;
type Entry = File['hypotheses'][string];

/** True when the hypothesis is built from others (`{ combine: [...], set? }`). */
export function isCombination(entry: unknown): entry is { combine: string[]; set?: Record<string, unknown> } {
  return typeof entry === 'object' && entry !== null && Array.isArray((entry as { combine?: unknown }).combine);
}

/** The first of `wanted`, `wanted 2`, `wanted 3`… that names no scenario of the file. */
export function freeName(file: File, wanted: string): string {
  const taken = new Set([...Object.keys(file.hypotheses), file.baselineName ?? 'baseline']);
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted} ${n}`)) n++;
  return `${wanted} ${n}`;
}

/** The hypotheses rebuilt in order with `edit` applied to each (name, entry) → entries to keep (none removes it). */
function mapHypotheses(file: File, edit: (name: string, entry: Entry) => [string, Entry][]): File {
  return { ...file, hypotheses: Object.fromEntries(Object.entries(file.hypotheses).flatMap(([name, entry]) => edit(name, entry))) };
}

/** The file with a new, empty hypothesis at the end; returns its name too. */
export function addHypothesis(file: File, wanted = 'New hypothesis'): { file: File; name: string } {
  const name = freeName(file, wanted);
  return { file: { ...file, hypotheses: { ...file.hypotheses, [name]: {} } }, name };
}

/** The file with a copy of hypothesis `name` right after it. */
export function duplicateHypothesis(file: File, name: string): { file: File; name: string } {
  const copy = freeName(file, `${name} copy`);
  const next = mapHypotheses(file, (n, entry) =>
    n === name
      ? [
          [n, entry],
          [copy, structuredClone(entry)],
        ]
      : [[n, entry]],
  );
  return { file: next, name: copy };
}

/** The file with hypothesis `from` renamed `to`, in place; every combination that names it names `to`. */
export function renameHypothesis(file: File, from: string, to: string): File {
  if (from === to) return file;
  return mapHypotheses(file, (n, entry) => {
    const renamed = isCombination(entry) ? { ...entry, combine: entry.combine.map((part) => (part === from ? to : part)) } : entry;
    return [[n === from ? to : n, renamed as Entry]];
  });
}

/** The file without hypothesis `name`; combinations drop it from their parts (a combination left with none is removed). */
export function deleteHypothesis(file: File, name: string): File {
  return mapHypotheses(file, (n, entry) => {
    if (n === name) return [];
    if (!isCombination(entry) || !entry.combine.includes(name)) return [[n, entry]];
    const combine = entry.combine.filter((part) => part !== name);
    return combine.length === 0 ? [] : [[n, { ...entry, combine } as Entry]];
  });
}

/** The file with a new combination of `parts` (in file order), named by joining them with `+`. */
export function combineHypotheses(file: File, parts: readonly string[]): { file: File; name: string } {
  const ordered = Object.keys(file.hypotheses).filter((n) => parts.includes(n));
  const name = freeName(file, ordered.join('+'));
  return { file: { ...file, hypotheses: { ...file.hypotheses, [name]: { combine: ordered } } }, name };
}
