import { fieldPathGuide } from './fieldPathGuide';
import { parseFieldPath, type FieldPath } from './fieldPaths';

/**
 * The marketer's name of the numeric input at a field path (see `FieldPath`), for labels in tables,
 * charts and forms: the field's label from the schema's metadata (`fieldPathGuide`), then where it
 * lives — `Open rate (OR), segment engaged`, `Retention β (sBG), segment dormant`,
 * `Move engaged → dormant, share per month` (from the move's ends when `moves` is given, else by its
 * place counted from 1: `Move 1, share per month`). A path that names no numeric input is returned as given.
 *
 * @param path - a field path, e.g. `segments.engaged.openRate`
 * @param moves - the scenario's moves, to name a move by its ends
 *
 * @example
 * fieldPathLabel('openRate') //=> 'Open rate (OR)'
 * fieldPathLabel('segments.engaged.openRate') //=> 'Open rate (OR), segment engaged'
 * fieldPathLabel('segments.dormant.retention.beta') //=> 'Retention β (sBG), segment dormant'
 * fieldPathLabel('moves[0].sharePerMonth', [{ from: 'dormant', to: 'engaged' }]) //=> 'Move dormant → engaged, share per month'
 * fieldPathLabel('moves[1].sharePerMonth') //=> 'Move 2, share per month'
 * fieldPathLabel('notAField') //=> 'notAField'
 */
export function fieldPathLabel(path: FieldPath, moves: readonly { readonly from: string; readonly to: string }[] = []): string {
  const parts = parseFieldPath(path);
  if (parts === undefined) return String(path);
  const [first, second] = parts.keys;
  if (first === 'moves') {
    const move = moves[second as number];
    return `Move ${move === undefined ? (second as number) + 1 : `${move.from} → ${move.to}`}, share per month`;
  }
  const label = fieldPathGuide(path)!.label;
  if (parts.segment === undefined) return label;
  return `${label.slice(0, label.length - ` · ${parts.segment}`.length)}, segment ${parts.segment}`;
}
