import { requireArgument } from '../errors/argument';
import { InputError, type InputProblem } from '../errors/inputError';
import { parseWith } from '../schema/parseWith';
import { problemsFromZod } from '../schema/problemsFromZod';
import { isPlainObject } from '../json/isPlainObject';
import { ScenarioInput } from '../schema/scenarioInput';
import { applyPatch } from './applyPatch';
import type { Hypothesis, ScenarioFile } from './scenarioFile';
import type { ScenarioPatch } from './scenarioPatch';

/**
 * Which scenario of the file set each field of a resolved input: field → the baseline's `baselineName`
 * (the baseline wrote it, or left it to its default) or the name of the hypothesis whose patch (or
 * `combine`'s `set`) gave it last. Every field of the input but `changes` (which are appended, not set).
 */
export type Provenance = Readonly<Partial<Record<Exclude<keyof ScenarioInput, 'changes'>, string>>>;

/** One scenario of a file, ready to forecast. */
export interface ResolvedScenario {
  /** The baseline's `baselineName`, or the hypothesis' name. */
  readonly name: string;
  /** The full, validated input: the baseline with the hypothesis applied, defaults filled in. */
  readonly input: ScenarioInput;
  /**
   * Where each value of `input` comes from. A value inherited from the baseline or from a combined
   * hypothesis names that scenario, so changing the value there changes it here too.
   */
  readonly provenance: Provenance;
}

/** A patch of a chain and the scenario that wrote it (a plain hypothesis, or the combination whose `set` it is). */
interface SourcedPatch {
  readonly source: string;
  readonly patch: ScenarioPatch;
}

/**
 * The patches of a chain with each repeated one kept only at its last place. Applying a patch again
 * later gives the same scenario (later wins, and its changes come after the others' again), so this
 * changes no result, but keeps chains as short as the file: `{ combine: [A, A] }` nested n deep
 * would otherwise hold 2^n patches.
 */
function lastOccurrences(chain: readonly SourcedPatch[]): SourcedPatch[] {
  const last = new Map(chain.map(({ patch }, index) => [patch, index]));
  return chain.filter(({ patch }, index) => last.get(patch) === index);
}

/** The provenance of the baseline with a chain applied: each field the baseline has, then each a patch gives, by the last patch that gives it. */
function provenanceOf(baseline: ScenarioInput, baselineName: string, chain: readonly SourcedPatch[]): Provenance {
  const provenance: Record<string, string> = {};
  for (const field of Object.keys(baseline)) if (field !== 'changes') provenance[field] = baselineName;
  for (const { source, patch } of chain) {
    for (const [field, value] of Object.entries(patch)) if (value !== undefined && field !== 'changes') provenance[field] = source;
  }
  return provenance;
}

/** Thrown inside the resolution to stop at the first problem of one hypothesis. */
class Unresolvable extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.rule);
  }
}

/**
 * Turns a validated scenario file into the list of scenarios to compare: the baseline first
 * (named `baselineName`), then every hypothesis in file order, each as a full validated input.
 *
 * A plain hypothesis is a patch on the baseline. `{ combine: [A, B], set }` applies A's patches,
 * then B's, then `set`, to the baseline (combinations inside A or B are resolved the same way,
 * recursively): later wins when two give the same field, and `changes` are appended in that order.
 * A patch reached twice (`{ combine: [A, A] }`, or A inside two parts) applies once, at its last place,
 * which gives the same scenario. Every resolved scenario is validated again, so the cross-field rules
 * (open rate required for CTOR, additive churn at most 1) apply to the combination.
 *
 * Each scenario also says where each of its values comes from (`provenance`): the baseline, or the
 * hypothesis whose patch, or whose `set`, applied last gives the field. Analyses that vary a value
 * written in one place (simulation, calibration) read it to know which scenarios take the new value.
 *
 * @param file - the output of `parseScenarioFile`; not mutated
 * @throws {InputError} listing every problem, e.g. `hypotheses.Both.combine[1]: "Nope" is not a hypothesis of this file`
 *   or `hypotheses.A.combine: forms a cycle A → B → A`
 *
 * @example
 * resolveHypotheses(parseScenarioFile({ baseline: input, hypotheses: {
 *   'Better subject lines': { openRate: 0.45 },
 *   'Weekly digest': { emailsPerMonth: 4 },
 *   Both: { combine: ['Better subject lines', 'Weekly digest'] },
 * } })).map((s) => s.name)
 * //=> ['baseline', 'Better subject lines', 'Weekly digest', 'Both']
 */
export function resolveHypotheses(file: ScenarioFile): ResolvedScenario[] {
  const shaped = isPlainObject(file) && isPlainObject(file.hypotheses) && typeof file.baselineName === 'string';
  requireArgument('file', file, shaped, 'a scenario file parsed by parseScenarioFile');
  const baseline = parseWith(ScenarioInput, file.baseline, ['file', 'baseline']);
  const hypotheses = new Map<string, Hypothesis>(Object.entries(file.hypotheses));
  const order = new Map([...hypotheses.keys()].map((name, index) => [name, index]));
  const chains = new Map<string, readonly SourcedPatch[]>();

  const chainOf = (name: string, path: readonly string[]): readonly SourcedPatch[] => {
    const known = chains.get(name);
    if (known !== undefined) return known;
    const cycleStart = path.indexOf(name);
    if (cycleStart >= 0) {
      // Start the cycle at its member that comes first in the file, so that it reads the same from every member.
      const members = path.slice(cycleStart);
      const first = members.indexOf(members.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b)));
      const cycle = [...members.slice(first), ...members.slice(0, first)];
      cycle.push(cycle[0]!);
      throw new Unresolvable({ path: `hypotheses.${cycle[0]!}.combine`, rule: `forms a cycle ${cycle.join(' → ')}` });
    }
    const hypothesis = hypotheses.get(name)!;
    let chain: readonly SourcedPatch[];
    if ('combine' in hypothesis) {
      const parts = hypothesis.combine.map((part, index) => {
        if (!hypotheses.has(part)) {
          const rule =
            part === file.baselineName
              ? `"${part}" is the baseline, which every hypothesis starts from: leave it out`
              : `"${part}" is not a hypothesis of this file`;
          throw new Unresolvable({ path: `hypotheses.${name}.combine[${index}]`, rule });
        }
        return chainOf(part, [...path, name]);
      });
      chain = lastOccurrences([...parts.flat(), ...(hypothesis.set === undefined ? [] : [{ source: name, patch: hypothesis.set }])]);
    } else {
      chain = [{ source: name, patch: hypothesis }];
    }
    chains.set(name, chain);
    return chain;
  };

  const scenarios: ResolvedScenario[] = [{ name: file.baselineName, input: baseline, provenance: provenanceOf(baseline, file.baselineName, []) }];
  const problems: InputProblem[] = [];
  const reported = new Set<string>();
  for (const name of hypotheses.keys()) {
    try {
      const chain = chainOf(name, []);
      const data = chain.reduce((input, { patch }) => applyPatch(input, patch), baseline);
      const result = ScenarioInput.safeParse(data, { reportInput: true });
      if (result.success) scenarios.push({ name, input: result.data, provenance: provenanceOf(baseline, file.baselineName, chain) });
      else problems.push(...problemsFromZod(result.error, ['hypotheses', name]));
    } catch (error) {
      if (!(error instanceof Unresolvable)) throw error;
      // A cycle or unknown name is found again by every hypothesis that depends on it: report it once.
      const key = `${error.problem.path}: ${error.problem.rule}`;
      if (!reported.has(key)) problems.push(error.problem);
      reported.add(key);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return scenarios;
}
