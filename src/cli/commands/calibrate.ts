import { writeFileSync } from 'node:fs';
import { calibrate } from '../../analysis/calibrate';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { readJson } from '../readJson';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, required } from '../options';
import type { ObservedFile } from './compare';

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'recovers unknown inputs from observed NPVs and prints the fit, its residuals and what the data cannot separate',
  usage: 'email-npv calibrate <file|-> --observed <file> [--write <calibrated.json>] [--format table|md|csv|json]',
  examples: ['email-npv calibrate examples/moller-article.json --observed examples/moller-article.observed.json'],
  options: { observed: { type: 'string' }, write: { type: 'string' } },
  run(file, values) {
    const format = formatOf(values, [...tableFormats, 'json']);
    const spec = readJson(required(values.observed, '--observed', 'is required: a JSON file with observed NPVs and unknowns'), '--observed') as ObservedFile;
    const started = performance.now();
    const result = calibrate({ scenarios: readScenarioData(file), observed: spec.observed ?? [], unknowns: spec.unknowns ?? {}, ...(spec.seed === undefined ? {} : { seed: spec.seed }) });
    const seconds = (performance.now() - started) / 1000;
    if (typeof values.write === 'string') writeFileSync(values.write, `${JSON.stringify(result.scenarios, null, 2)}\n`);
    if (format === 'json') return JSON.stringify(result, null, 2);
    const fitted = renderTable(format as TableFormat, ['unknown', 'fitted value'], Object.entries(result.fitted).map(([k, v]) => [k, String(v)]));
    const residuals = renderTable(
      format as TableFormat,
      ['scenario', 'years', 'observed', 'model', 'model − observed'],
      result.residuals.map((r) => [r.hypothesis, String(r.years), r.observed.toFixed(2), r.model.toFixed(2), r.error.toFixed(2)]),
    );
    const inseparable =
      result.inseparable.length === 0 ? 'every unknown is separately determined by the data' : result.inseparable.map((g) => `cannot be separated: ${g.join(' × ')}`).join('\n');
    return `Fitted inputs\n\n${fitted}\n\nResiduals\n\n${residuals}\n\nrms $${result.rms.toFixed(2)}, worst $${result.maxAbsError.toFixed(2)}, ${result.evaluations} model runs in ${seconds.toFixed(1)} s\n${inseparable}${typeof values.write === 'string' ? `\nwrote ${values.write}` : ''}`;
  },
};
