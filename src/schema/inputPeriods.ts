import { requireArgument } from '../errors/argument';
import { isPlainObject } from '../json/isPlainObject';
import { mergeDeep } from '../json/mergeDeep';

/** A run of months over which every input is constant. */
export interface InputPeriod<I> {
  /** First month of the run (1-based). */
  readonly fromMonth: number;
  /** Index in `changes` of the change that starts this run; undefined for the run that starts at month 1. */
  readonly changeIndex: number | undefined;
  /** The input's values in force from `fromMonth` on (the `changes` list itself removed). */
  readonly values: Omit<I, 'changes'>;
  /** Which fields the change that starts this run sets (empty for the first run). */
  readonly changedFields: readonly string[];
}

/**
 * Splits an input into runs of months with constant values, applying `changes` in order
 * of `fromMonth` (changes with the same month apply in list order, the later one winning).
 * A change's objects (`segments`, `retention`) merge into those in force (see `mergeDeep`); its lists (`moves`) replace them.
 * A change whose `fromMonth` is 1 alters the first run itself; a field a change gives as `undefined`
 * keeps its value. Pure: the input is not mutated.
 *
 * @example
 * inputPeriods({ budgetPerMonth: 1200, changes: [{ fromMonth: 7, set: { budgetPerMonth: 1800 } }] })
 * //=> [{ fromMonth: 1, values: { budgetPerMonth: 1200 }, … }, { fromMonth: 7, values: { budgetPerMonth: 1800 }, … }]
 */
export function inputPeriods<I extends { readonly changes?: readonly { readonly fromMonth: number; readonly set: object }[] }>(input: I): InputPeriod<I>[] {
  requireArgument(
    'input',
    input,
    isPlainObject(input) && (input.changes === undefined || Array.isArray(input.changes)),
    'a scenario input with a list of changes',
  );
  const { changes = [], ...base } = input;
  const ordered = changes.map((change, index) => ({ change, index })).sort((a, b) => a.change.fromMonth - b.change.fromMonth || a.index - b.index);
  const periods: InputPeriod<I>[] = [];
  let current: InputPeriod<I> = { fromMonth: 1, changeIndex: undefined, values: base, changedFields: [] };
  for (const { change, index } of ordered) {
    // A field given as undefined (possible from code, not from JSON) is not set: it keeps its value.
    const values = mergeDeep(current.values, change.set);
    const changedFields = Object.keys(change.set).filter((field) => change.set[field as keyof typeof change.set] !== undefined);
    if (change.fromMonth === current.fromMonth) {
      current = { fromMonth: current.fromMonth, changeIndex: index, values, changedFields: [...current.changedFields, ...changedFields] };
    } else {
      periods.push(current);
      current = { fromMonth: change.fromMonth, changeIndex: index, values, changedFields };
    }
  }
  periods.push(current);
  return periods;
}
