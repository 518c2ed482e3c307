import { forecast, resolveScenarioFile, scenarioInputOf, sensitivity, simulate, solveFor, splitReportSettings } from 'email-npv';
import { fitCampaignCsv } from './historyFit';
import { type AnalysisRequest, type ResultOf, sensitivityToWire, simulationToWire, solveForToWire } from './protocol';

/** The plain file of a page's scenario file (distributions at their point values), read and resolved once. */
const resolvedPlain = (file: unknown) => resolveScenarioFile(splitReportSettings(file).file);

/**
 * Runs one analysis request with the library, as the worker does (and as Node would): `simulate`,
 * `sensitivity` of one scenario, `solveFor` of one field with the target NPV 0 or the baseline's, or the fit
 * of a campaign CSV (`fitCampaignCsv`). Sensitivity and break-even run on the file's point values.
 *
 * @param request - what to compute
 * @param onProgress - called with model runs done and their total (Monte Carlo only)
 * @returns the result as plain data (Decimals as strings)
 * @throws {InputError} whatever the library refuses, as `field: rule`
 */
export async function runAnalysis<K extends AnalysisRequest['kind']>(
  request: Extract<AnalysisRequest, { kind: K }>,
  onProgress?: (done: number, total: number) => void,
): Promise<ResultOf[K]>;
export async function runAnalysis(request: AnalysisRequest, onProgress?: (done: number, total: number) => void): Promise<ResultOf[AnalysisRequest['kind']]> {
  switch (request.kind) {
    case 'simulate':
      return simulationToWire(simulate(request.file, { draws: request.draws, seed: request.seed, ...(onProgress === undefined ? {} : { onProgress }) }));
    case 'sensitivity': {
      const input = scenarioInputOf(resolvedPlain(request.file), request.scenario);
      return sensitivityToWire(sensitivity(input, { years: request.years, change: request.change }));
    }
    case 'solveFor': {
      const resolved = resolvedPlain(request.file);
      const input = scenarioInputOf(resolved, request.scenario);
      const targetNpv = request.target === 'zero' ? 0 : forecast(scenarioInputOf(resolved), { years: request.years }).npv.toNumber();
      return solveForToWire(solveFor(input, request.field, { years: request.years, targetNpv }));
    }
    case 'fitCampaigns': {
      const { text, base, fileName, locale, segmentBy } = request;
      return fitCampaignCsv(text, base, { fileName, ...(locale === undefined ? {} : { locale }), ...(segmentBy === undefined ? {} : { segmentBy }) });
    }
  }
}
