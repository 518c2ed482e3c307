import type { z } from 'zod';
import { fieldRules, numericFieldNames, segmentFieldNames } from './fields';
import { retentionFieldRules } from './retention';
import { segmentShareRules } from './segments';
import { Move } from './segments';
import type { ScenarioInput } from './scenarioInput';
import { segmentValues } from './segmentValues';
import { InputError } from '../errors/inputError';

/**
 * A numeric input named by its path, as a user writes it: a field (`openRate`), a segment's field or
 * share (`segments.engaged.openRate`, `segments.engaged.share`), a retention parameter
 * (`retention.alpha`, `segments.dormant.retention.beta`) or a move's share (`moves[0].sharePerMonth`).
 */
export type FieldPath = string;

/** A field path taken apart. */
export interface FieldPathParts {
  /** The keys from the input down to the value, e.g. `['segments', 'engaged', 'openRate']` or `['moves', 0, 'sharePerMonth']`. */
  readonly keys: readonly (string | number)[];
  /** The field's own name (the last key). */
  readonly field: string;
  /** The segment the path is inside, if any. */
  readonly segment: string | undefined;
  /** The field's rule. */
  readonly rule: z.ZodNumber;
}

const NAME = '([A-Za-z][A-Za-z0-9_-]{0,39})';
const segmentField = new RegExp(`^segments\\.${NAME}\\.([A-Za-z]+)$`);
const retentionField = new RegExp(`^(?:segments\\.${NAME}\\.)?retention\\.(alpha|beta)$`);
const moveField = /^moves\[(0|[1-9]\d{0,2})\]\.sharePerMonth$/;
const segmentRules: Readonly<Record<string, z.ZodNumber>> = {
  ...Object.fromEntries(segmentFieldNames.map((name) => [name, fieldRules[name] as z.ZodNumber])),
  ...segmentShareRules,
};

/**
 * Takes a field path apart, or returns undefined when it names no numeric input (see {@link FieldPath}).
 * Only the path's shape is read: whether the input has that segment or move is not.
 *
 * @example
 * parseFieldPath('segments.engaged.openRate') //=> { keys: ['segments', 'engaged', 'openRate'], field: 'openRate', segment: 'engaged', rule: … }
 * parseFieldPath('segments.engaged.subscribers') //=> undefined
 */
export function parseFieldPath(path: FieldPath): FieldPathParts | undefined {
  if (typeof path !== 'string') return undefined;
  if ((numericFieldNames as readonly string[]).includes(path)) {
    return { keys: [path], field: path, segment: undefined, rule: fieldRules[path as (typeof numericFieldNames)[number]] as z.ZodNumber };
  }
  const inSegment = segmentField.exec(path);
  if (inSegment !== null) {
    const [, segment, field] = inSegment as unknown as [string, string, string];
    const rule = Object.hasOwn(segmentRules, field) ? segmentRules[field] : undefined;
    return rule === undefined ? undefined : { keys: ['segments', segment, field], field, segment, rule };
  }
  const inRetention = retentionField.exec(path);
  if (inRetention !== null) {
    const [, segment, field] = inRetention as unknown as [string, string | undefined, 'alpha' | 'beta'];
    const keys = segment === undefined ? ['retention', field] : ['segments', segment, 'retention', field];
    return { keys, field, segment, rule: retentionFieldRules[field] };
  }
  const move = moveField.exec(path);
  if (move !== null) return { keys: ['moves', Number(move[1]), 'sharePerMonth'], field: 'sharePerMonth', segment: undefined, rule: Move.shape.sharePerMonth };
  return undefined;
}

/**
 * Every numeric input an input has, by path: the numeric fields, the scenario's retention α and β, then
 * for each segment its per-subscriber fields, its shares and its own retention's α and β, then each move's share.
 *
 * @example
 * numericFieldPaths(parseScenarioInput({ ...input, segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7 } } })).filter((path) => path.startsWith('segments.engaged.'))
 * //=> ['segments.engaged.emailsPerMonth', 'segments.engaged.openRate', …, 'segments.engaged.share', 'segments.engaged.newSubscriberShare']
 */
export function numericFieldPaths(input: ScenarioInput): FieldPath[] {
  const paths: FieldPath[] = [...numericFieldNames];
  if (input.retention !== undefined) paths.push('retention.alpha', 'retention.beta');
  for (const [name, segment] of Object.entries(input.segments ?? {})) {
    paths.push(...Object.keys(segmentRules).map((field) => `segments.${name}.${field}`));
    if (segment.retention !== undefined) paths.push(`segments.${name}.retention.alpha`, `segments.${name}.retention.beta`);
  }
  (input.moves ?? []).forEach((_, index) => paths.push(`moves[${index}].sharePerMonth`));
  return paths;
}

/**
 * The value at a path in force at month 1: a segment's own value, else what it inherits (the scenario's
 * field or retention; a segment's `newSubscriberShare` as the engine splits new subscribers, see `segmentValues`). Undefined
 * when the input has no such place (no segment of that name, no retention, no such move) or the field
 * is not set (an `openRate` left out).
 *
 * @example
 * readFieldPath(parseScenarioInput({ ...input, segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7 } } }), 'segments.dormant.openRate') //=> 0.4 (the scenario's, which dormant inherits)
 */
export function readFieldPath(input: ScenarioInput, path: FieldPath): number | undefined {
  const parts = parseFieldPath(path);
  if (parts === undefined) return undefined;
  const [first, second, third, fourth] = parts.keys;
  if (first === 'moves') return input.moves?.[second as number]?.sharePerMonth;
  if (first === 'retention') return input.retention?.[parts.field as 'alpha' | 'beta'];
  if (first !== 'segments') return input[first as (typeof numericFieldNames)[number]];
  const segment = segmentValues(input).find((values) => values.name === second);
  if (segment === undefined) return undefined;
  if (third === 'retention') return segment.retention?.[fourth as 'alpha' | 'beta'];
  return segment[third as (typeof segmentFieldNames)[number] | 'share' | 'newSubscriberShare'];
}

/**
 * A copy of `input` with the value at `path` set: a segment's field becomes its own (it no longer
 * inherits), a segment's retention parameter gives it its own retention (a copy of the scenario's with
 * that value). The value is not checked here (see `withFieldValues`).
 *
 * @throws {InputError} naming the path when the input has no such place: `segments.x.openRate: names no segment of the scenario (engaged, dormant)`
 *
 * @example
 * setFieldPath(parseScenarioInput({ ...input, segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7 } } }), 'segments.engaged.emailsPerMonth', 10).segments?.engaged?.emailsPerMonth //=> 10
 */
export function setFieldPath(input: ScenarioInput, path: FieldPath, value: number): ScenarioInput {
  const parts = parseFieldPath(path);
  if (parts === undefined) throw new InputError([{ path: String(path), rule: 'is not a numeric input field' }]);
  const [first, second, third] = parts.keys;
  if (first === 'moves') {
    const moves = input.moves ?? [];
    if (moves[second as number] === undefined) throw new InputError([{ path, rule: `names no move of the scenario (it has ${moves.length})` }]);
    return { ...input, moves: moves.map((move, index) => (index === second ? { ...move, sharePerMonth: value } : move)) };
  }
  if (first === 'retention') {
    if (input.retention === undefined) throw new InputError([{ path, rule: 'the scenario has no retention: add retention with alpha and beta' }]);
    return { ...input, retention: { ...input.retention, [parts.field]: value } };
  }
  if (first !== 'segments') return { ...input, [first as string]: value };
  const segment = input.segments !== undefined && Object.hasOwn(input.segments, second as string) ? input.segments[second as string] : undefined;
  if (segment === undefined) {
    const names = Object.keys(input.segments ?? {});
    throw new InputError([{ path, rule: names.length === 0 ? 'the scenario has no segments' : `names no segment of the scenario (${names.join(', ')})` }]);
  }
  let changed: typeof segment;
  if (third === 'retention') {
    const retention = segment.retention ?? input.retention;
    if (retention === undefined)
      throw new InputError([{ path, rule: 'neither the segment nor the scenario has retention: add retention with alpha and beta' }]);
    changed = { ...segment, retention: { ...retention, [parts.field]: value } };
  } else {
    changed = { ...segment, [third as string]: value };
  }
  return { ...input, segments: { ...input.segments, [second as string]: changed } };
}
