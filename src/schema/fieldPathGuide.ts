import { type InputFieldGuide, inputGuide, type GuidedField } from './inputGuide';
import { parseFieldPath, type FieldPath } from './fieldPaths';

/** Label, unit and kind of the numeric inputs that live inside segments, retention and moves. */
const nestedGuide: Readonly<Record<string, InputFieldGuide>> = {
  share: { label: 'Share of the list', unit: 'of subscribers at the start', kind: 'share' },
  newSubscriberShare: { label: 'Share of new subscribers', unit: 'of each month\u2019s new subscribers', kind: 'share' },
  alpha: { label: 'Retention α (sBG)', unit: 'shape of churn across subscribers', kind: 'number' },
  beta: { label: 'Retention β (sBG)', unit: 'shape of churn across subscribers', kind: 'number' },
  sharePerMonth: { label: 'Share moving', unit: 'of the segment per month', kind: 'share' },
};

/**
 * Label, unit and kind of the numeric input at a field path (see `FieldPath`), for tables and charts: a
 * field's own guide (`inputGuide`), with where it lives appended — `Open rate (OR) · engaged`,
 * `Retention α (sBG) · dormant`, `Share moving · engaged → dormant` (from the move's ends when `moves` is given).
 * Undefined for a path that names no numeric input.
 *
 * @param path - a field path, e.g. `segments.engaged.openRate`
 * @param moves - the scenario's moves, to name a move by its ends (else by its place, `move 1`)
 *
 * @example
 * fieldPathGuide('segments.engaged.openRate')?.label //=> 'Open rate (OR) · engaged'
 * fieldPathGuide('moves[0].sharePerMonth', [{ from: 'engaged', to: 'dormant' }])?.label //=> 'Share moving · engaged → dormant'
 */
export function fieldPathGuide(path: FieldPath, moves: readonly { readonly from: string; readonly to: string }[] = []): InputFieldGuide | undefined {
  const parts = parseFieldPath(path);
  if (parts === undefined) return undefined;
  const own = Object.hasOwn(inputGuide, parts.field) ? inputGuide[parts.field as GuidedField] : nestedGuide[parts.field]!;
  const [first, second] = parts.keys;
  if (first === 'moves') {
    const move = moves[second as number];
    return { ...own, label: `${own.label} · ${move === undefined ? `move ${(second as number) + 1}` : `${move.from} → ${move.to}`}` };
  }
  return parts.segment === undefined ? own : { ...own, label: `${own.label} · ${parts.segment}` };
}
