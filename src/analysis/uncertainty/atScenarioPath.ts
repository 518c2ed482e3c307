import { InputError } from '../../errors/inputError';

/**
 * Runs `run`, reporting an InputError it throws (e.g. an overflow of the model) under the scenario's
 * path in the file: `horizon: …` from a hypothesis becomes `hypotheses.H1.horizon: …`.
 *
 * @param run - the work on one scenario
 * @param path - the scenario's path: `baseline` or `hypotheses.<name>`
 * @returns what `run` returns
 * @throws {InputError} `run`'s problems, each under `path`
 *
 * @example
 * atScenarioPath(() => { throw new InputError([{ path: 'horizon', rule: 'overflows' }]); }, 'hypotheses.H1')
 * //=> throws InputError: 'hypotheses.H1.horizon: overflows'
 */
export function atScenarioPath<T>(run: () => T, path: string): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ path: p.path ? `${path}.${p.path}` : path, rule: p.rule })));
  }
}
