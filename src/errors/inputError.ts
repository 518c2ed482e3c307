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
