import { InputError } from '../errors/inputError';
import { simulate, type Simulation } from '../analysis/uncertainty/simulate';
import type { BatchItem } from './batchItem';
import type { BatchResult, BatchSettings, ByScenario } from './batchResult';
import { lineSeed } from './lineSeed';

/** The seed of a batch whose settings give none. */
const DEFAULT_BATCH_SEED = 1;

/** The `baseline.` prefix of a problem in a scenario input wrapped as a file, taken off again. */
function unwrapped(error: unknown): unknown {
  if (!(error instanceof InputError)) return error;
  return new InputError(error.problems.map((p) => ({ ...p, path: p.path === 'baseline' ? '' : p.path.replace(/^baseline\./, '') })));
}

/**
 * One line's Monte Carlo (`simulate`, `settings.draws` draws, seed `lineSeed(settings.seed, line)`): the NPV with
 * every input at its point value, the P5, P50 and P95 of the NPV over the draws, and for a scenario file the
 * winner (by point NPV) and the chance that each hypothesis beats the baseline (`pBeats`). A scenario input is
 * simulated as the baseline of a file without hypotheses; its horizons are `settings.horizonsYears`, else 1, 3
 * and 5 years (a file's: its own `horizonsYears`).
 *
 * @param item - the line read, with `data`
 * @param isFile - whether `data` is a scenario file
 * @param settings - draws, seed, horizons, exact
 * @throws {InputError} the line's problems (`openRate.sd: …`)
 *
 * @example
 * drawnResult({ line: 1, data: uncertainFile }, true, { draws: 200, seed: 1, horizonsYears: [5] }).winner //=> { '5': 'H2+H4' }
 */
export function drawnResult(item: BatchItem, isFile: boolean, settings: BatchSettings): Omit<BatchResult, 'line' | 'id'> {
  const data = isFile ? item.data : { baseline: item.data, hypotheses: {} };
  const horizonsYears = settings.horizonsYears ?? (isFile ? undefined : [1, 3, 5]);
  const options = {
    draws: settings.draws!,
    seed: lineSeed(settings.seed ?? DEFAULT_BATCH_SEED, item.line),
    ...(horizonsYears === undefined ? {} : { horizonsYears }),
  };
  let result: Simulation;
  try {
    result = simulate(data, options);
  } catch (error) {
    throw isFile ? error : unwrapped(error);
  }
  const exact = settings.exact === true;
  const years = result.horizons.map((h) => String(h.years));
  const per = <T>(pick: (h: (typeof result.horizons)[number]) => T) => Object.fromEntries(result.horizons.map((h, i) => [years[i]!, pick(h)]));
  const scenarioValues = <T>(h: (typeof result.horizons)[number], pick: (s: (typeof h.scenarios)[number]) => T): ByScenario<T> =>
    Object.fromEntries(h.scenarios.map((s) => [s.name, pick(s)]));
  const point = (s: (typeof result.horizons)[number]['scenarios'][number]) => (exact ? s.pointNpv.toString() : s.pointNpv.toNumber());
  if (!isFile) {
    const only = (h: (typeof result.horizons)[number]) => h.scenarios[0]!;
    return {
      npv: per((h) => point(only(h))),
      p5: per((h) => only(h).npv.p5),
      p50: per((h) => only(h).npv.p50),
      p95: per((h) => only(h).npv.p95),
    };
  }
  return {
    npv: per((h) => scenarioValues(h, point)),
    winner: per((h) => h.scenarios.reduce((best, s) => (s.pointNpv.greaterThan(best.pointNpv) ? s : best)).name),
    p5: per((h) => scenarioValues(h, (s) => s.npv.p5)),
    p50: per((h) => scenarioValues(h, (s) => s.npv.p50)),
    p95: per((h) => scenarioValues(h, (s) => s.npv.p95)),
    pBeats: per((h) => Object.fromEntries(h.scenarios.slice(1).map((s) => [s.name, s.probabilityBeatsBaseline!]))),
  };
}
