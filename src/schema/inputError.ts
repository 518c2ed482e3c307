import type { z } from 'zod';
import { changeableFieldNames, fieldRules } from './fields';

/** One problem with an input: where (`path`, e.g. `hypotheses.H1.openRate`) and which rule it breaks. */
export interface InputProblem {
  readonly path: string;
  readonly rule: string;
}

/**
 * Thrown for input the library cannot use. Its message lists every problem, one per line,
 * as `field: rule` (for example `openRate: must be a fraction from 0 to 1, e.g. 0.4 for 40 %`),
 * and `problems` holds the same list as data. The CLI prints the message and exits with code 2.
 *
 * When the input came from a file, `file` names it (a path, or "standard input") and the message
 * starts with a line `in <file>:` before the `field: rule` lines.
 *
 * @example
 * new InputError([{ path: 'observed[0].npv', rule: 'must be a number' }], 'o.json').message
 * //=> 'in o.json:\nobserved[0].npv: must be a number'
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly problems: readonly InputProblem[];
  /** The file the input came from, when it came from one. */
  readonly file: string | undefined;

  constructor(problems: readonly InputProblem[], file?: string) {
    const lines = problems.map((p) => `${p.path || '(input)'}: ${p.rule}`).join('\n');
    super(file === undefined ? lines : `in ${file}:\n${lines}`);
    this.problems = problems;
    this.file = file;
  }
}

/**
 * Formats a zod path as `a.b[2].c`.
 *
 * @example
 * formatPath(['hypotheses', 'H1', 'changes', 0, 'set', 'openRate']) //=> 'hypotheses.H1.changes[0].set.openRate'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const isInputField = (key: string) => Object.hasOwn(fieldRules, key) || key === 'startDate';
/** The input fields that `changes` cannot set. */
const fixedFieldNames = [...Object.keys(fieldRules), 'startDate'].filter((key) => !(changeableFieldNames as readonly string[]).includes(key));

/**
 * Why `key` is refused where it stands: an input field in a change set that cannot change over time,
 * an input field written beside `combine` instead of inside its `set`, or else an unknown field.
 */
function unknownKeyRule(key: string, path: readonly PropertyKey[], input: unknown): string {
  if (isInputField(key) && path[path.length - 1] === 'set' && path[path.length - 3] === 'changes') {
    return `cannot change from a month on: ${fixedFieldNames.join(', ')} hold for the whole forecast`;
  }
  if (isInputField(key) && typeof input === 'object' && input !== null && Object.hasOwn(input, 'combine')) {
    return `goes inside "set" in a combination: { "combine": [ … ], "set": { "${key}": … } }`;
  }
  return 'is not a known field (check the spelling)';
}

/**
 * Turns zod issues into {@link InputProblem}s, prefixing each path with `prefix` when given.
 *
 * @example
 * problemsFromZod(ChangeSet.safeParse({ opnRate: 0.4 }).error!)
 * //=> [{ path: 'opnRate', rule: 'is not a known field (check the spelling)' }]
 */
export function problemsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): InputProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), rule: unknownKeyRule(key, issue.path, issue.input) }));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [{ path: formatPath([...prefix, ...issue.path]), rule: 'is required' }];
    }
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      // zod's own wording, where the schema gave none (e.g. null where an object belongs)
      return [{ path: formatPath([...prefix, ...issue.path]), rule: `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}` }];
    }
    return [{ path: formatPath([...prefix, ...issue.path]), rule: issue.message }];
  });
}

/**
 * Parses `data` with `schema`, returning the typed output or throwing an {@link InputError}
 * that lists every problem as `field: rule`, each path prefixed with `prefix`.
 *
 * @example
 * parseWith(Horizon, { years: 500 }, ['horizon'])
 * //=> throws InputError: 'horizon.years: must be at most 100 years'
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) throw new InputError(problemsFromZod(result.error, prefix));
  return result.data;
}
