import type { z } from 'zod';
import { formatPath } from '../errors/formatPath';
import { type InputProblem } from '../errors/inputError';
import { changeableFieldNames, fieldRules, segmentFieldNames } from './fields';

const isInputField = (key: string) => Object.hasOwn(fieldRules, key) || ['startDate', 'segments', 'moves', 'retention'].includes(key);
/** The input fields that `changes` cannot set. */
const fixedFieldNames = [...Object.keys(fieldRules), 'startDate'].filter((key) => !(changeableFieldNames as readonly string[]).includes(key));

/**
 * Why `key` is refused where it stands: a scenario-wide input field inside a segment, an input field in a
 * change set that cannot change over time, an input field written beside `combine` instead of inside its `set`,
 * or else an unknown field.
 */
function unknownKeyRule(key: string, path: readonly PropertyKey[], input: unknown): string {
  if (isInputField(key) && path[path.length - 2] === 'segments') {
    return `holds for the whole scenario, not per segment: write it outside segments (a segment may set ${segmentFieldNames.join(', ')}, retention)`;
  }
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
    if (issue.code === 'invalid_key') {
      return [{ path: formatPath([...prefix, ...issue.path]), rule: `is not a valid name: it ${issue.issues[0]?.message ?? 'is refused'}` }];
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return [{ path: formatPath([...prefix, ...issue.path]), rule: 'is required' }];
    }
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      // zod's own wording, where the schema gave none (e.g. null where an object belongs)
      return [
        {
          path: formatPath([...prefix, ...issue.path]),
          rule: `must be ${issue.expected === 'object' ? 'an object' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`,
        },
      ];
    }
    return [{ path: formatPath([...prefix, ...issue.path]), rule: issue.message }];
  });
}
