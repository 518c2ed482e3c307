import { fieldPathGuide } from 'email-npv';
import {
  type DistributionKind,
  distributionKinds,
  isDistributionValue,
  isShareField,
  parametersOf,
  pointValueOf,
  shownValue,
  startingDistribution,
  writtenValue,
} from './distributionForm';
import { getAt } from '../state/paths';
import type { FilePlace } from './filePlace';

/** The editor's form as typed: the kind, each parameter and the point value as shown (% for shares), the note. */
export interface DistributionDraft {
  readonly kind: DistributionKind;
  readonly parameters: Readonly<Record<string, string>>;
  /** The point value, as shown; blank: the distribution's mean. */
  readonly value: string;
  readonly note: string;
  /** The distribution the form was opened on: a parameter whose text is still as shown keeps its exact number. */
  readonly original?: Readonly<Record<string, unknown>>;
}

/** A number as the form shows it in its text field. */
const shownText = (value: unknown, parameter: string, share: boolean): string => (typeof value === 'number' ? String(shownValue(value, parameter, share)) : '');

/** The form of a distribution written in the file (or of a first guess), for the input at `fieldPath`. */
export function draftOf(spec: Record<string, unknown>, fieldPath: string): DistributionDraft {
  const share = isShareField(fieldPath);
  const kind = (distributionKinds as readonly unknown[]).includes(spec.dist) ? (spec.dist as DistributionKind) : 'normal';
  return {
    kind,
    parameters: Object.fromEntries(parametersOf[kind].map((p) => [p, shownText(spec[p], p, share)])),
    value: shownText(spec.value, 'value', share),
    note: typeof spec.note === 'string' ? spec.note : '',
    original: spec,
  };
}

/** A typed number: blank → undefined, a decimal comma read as a point; anything else is NaN (which the schema refuses). */
const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim().replace(',', '.')));

/**
 * The distribution the form says, as the file writes it (shares back to fractions); blank fields left out, so
 * that the schema names them.
 *
 * @example
 * specOf({ kind: 'beta', parameters: { alpha: '40', beta: '60' }, value: '40', note: ' ' }, 'openRate') //=> { dist: 'beta', alpha: 40, beta: 60, value: 0.4 }
 */
export function specOf(draft: DistributionDraft, fieldPath: string): Record<string, unknown> {
  const share = isShareField(fieldPath);
  const spec: Record<string, unknown> = { dist: draft.kind };
  const original = draft.original?.dist === draft.kind ? draft.original : undefined;
  const numberOf = (p: string, text: string): number | undefined => {
    if (original !== undefined && text !== '' && text === shownText(original[p], p, share)) return original[p] as number;
    const n = typedNumber(text);
    return n === undefined ? undefined : writtenValue(n, p, share);
  };
  for (const p of parametersOf[draft.kind]) {
    const n = numberOf(p, draft.parameters[p] ?? '');
    if (n !== undefined) spec[p] = n;
  }
  const value = numberOf('value', draft.value);
  if (value !== undefined) spec.value = value;
  if (draft.note.trim() !== '') spec.note = draft.note.trim();
  return spec;
}

/**
 * The input's point value in the file: the number written at the place, or the point value of the distribution
 * written there; for a hypothesis that does not write the field, the baseline's; undefined when neither has one.
 */
export function pointAt(file: unknown, place: FilePlace): number | undefined {
  const pointOf = (written: unknown): number | undefined => {
    if (typeof written === 'number') return written;
    if (!isDistributionValue(written)) return undefined;
    try {
      return pointValueOf(written, place.fieldPath);
    } catch {
      return undefined;
    }
  };
  return pointOf(getAt(file, place.keys)) ?? pointOf(getAt(file, ['baseline', ...place.fieldKeys]));
}

/** The kind a new uncertainty starts with: beta for a share, lognormal for money, else triangular. */
export function defaultKind(fieldPath: string): DistributionKind {
  const kind = fieldPathGuide(fieldPath)?.kind;
  return kind === 'share' ? 'beta' : kind === 'money' ? 'lognormal' : 'triangular';
}

/** The editor's first form for the input at `place`: the distribution written there, else a first guess around its point value. */
export function initialDraft(file: unknown, place: FilePlace): DistributionDraft {
  const written = getAt(file, place.keys);
  if (isDistributionValue(written)) return draftOf(written, place.fieldPath);
  return draftOf(startingDistribution(defaultKind(place.fieldPath), pointAt(file, place) ?? 0), place.fieldPath);
}

/** The form after choosing another kind: a first guess of that kind around the point value, the note kept. */
export function withKind(draft: DistributionDraft, kind: DistributionKind, point: number, fieldPath: string): DistributionDraft {
  const { parameters, value } = draftOf(startingDistribution(kind, point), fieldPath);
  return { kind, parameters, value, note: draft.note };
}
