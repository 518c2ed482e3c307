import { calibrate, type CalibrationResult } from '../../analysis/calibration/calibrate';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { formatNumber } from '../../render/formatNumber';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { writeFittedValues } from '../../scenarios/writeFittedValues';
import { parseScenarioFile } from '../../scenarios/scenarioFile';
import { resolveHypotheses } from '../../scenarios/resolveHypotheses';
import { scenarioFileWarnings } from '../../scenarios/scenarioFileWarnings';
import { InputError } from '../../errors/inputError';
import { outputTarget } from '../outputTarget';
import { readJson } from '../readJson';
import { readObservedFile } from '../readObservedFile';
import { plainScenarioData } from '../readScenarioData';
import { terminalText } from '../terminalText';
import { writeOutput } from '../writeOutput';
import { type Command, formatOf, moneyFormatOf, required, type Values } from '../options';
import { fieldValueCsv } from '../../render/fieldValueCsv';
import { fieldValueText } from '../../render/fieldValueText';
import { unknownName } from '../../scenarios/unknownName';

const formats = [...tableFormats, 'json'];

/** The field path of an unknown (`openRate`; `H1.openRate` or `H1.segments.engaged.openRate` for a hypothesis'). */
const fieldOf = (unknown: string) => unknownName(unknown).path;

/**
 * The fit as one csv table: a row per fitted unknown (its value), per residual (observed, model and
 * their difference, money to the cent), per monthly residual when the observed file holds monthly series
 * (named `scenario series month N`), then the rms and the worst error of the NPVs.
 */
function csvOf(result: CalibrationResult): string {
  const header = ['row', 'name', 'years', 'fitted value', 'observed', 'model', 'model − observed'];
  const rows = [
    ...Object.entries(result.fitted).map(([k, v]) => ['fitted', k, '', fieldValueCsv(fieldOf(k), v), '', '', '']),
    ...result.residuals.map((r) => ['residual', r.hypothesis, csvNumber(r.years), '', csvNumber(r.observed, 2), csvNumber(r.model, 2), csvNumber(r.error, 2)]),
    ...(result.monthlyResiduals ?? []).map((r) => [
      'monthly residual',
      `${r.hypothesis} ${r.series} month ${r.month}`,
      '',
      '',
      csvNumber(r.observed, 2),
      csvNumber(r.model, 2),
      csvNumber(r.error, 2),
    ]),
    ['rms', '', '', '', '', '', csvNumber(result.rms, 2)],
    ['worst', '', '', '', '', '', csvNumber(result.maxAbsError, 2)],
  ];
  return renderTable('csv', header, rows);
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'recovers unknown inputs from observed NPVs and prints the fit, its residuals and what the data cannot separate',
  usage: 'email-npv calibrate <file|-> --observed <file> [--write <calibrated.json>] [--format table|md|csv|json]',
  examples: ['email-npv calibrate examples/moller-article.json --observed examples/moller-article.observed.json'],
  formats,
  options: {
    observed: {
      type: 'string',
      value: 'FILE',
      description:
        "the observed NPVs to fit and the unknown inputs with their ranges, each named by its field path, after a scenario's name for a hypothesis' (churnPerEmail, H4.investment, segments.engaged.openRate, H1.retention.alpha) (required)",
    },
    write: {
      type: 'string',
      value: 'FILE',
      description:
        'writes the scenario file with the fitted values in, all else kept (distributions get their point value; notes, simulation, report, key order stay); may be the scenario file itself (updated in place, atomically), never the --observed file; - writes it to standard output (the fit then goes to standard error)',
    },
  },
  async run(file, values) {
    const format = formatOf(values, formats);
    const observedPath = required(values.observed, '--observed', 'is required: a JSON file with observed NPVs and unknowns');
    const target = typeof values.write === 'string' ? outputTarget('--write', values.write, [file, observedPath], file) : undefined;
    const raw = readJson(file);
    const scenarios = plainScenarioData(raw, file);
    const spec = readObservedFile(observedPath, scenarios).observed;
    if (spec.unknowns === undefined) {
      throw new InputError(
        [{ path: 'unknowns', rule: 'is required: the inputs to fit, name → { "min", "max" }, e.g. { "churnPerEmail": { "min": 0, "max": 0.02 } }' }],
        observedPath,
      );
    }
    const started = performance.now();
    const result = calibrate({
      scenarios,
      observed: spec.observed,
      ...(spec.monthly === undefined ? {} : { monthly: spec.monthly }),
      unknowns: spec.unknowns,
      ...(spec.seed === undefined ? {} : { seed: spec.seed }),
    });
    const seconds = (performance.now() - started) / 1000;
    const warnings = fileWarnings(scenarios);
    const written = target === undefined ? undefined : await writeOutput(target, fittedFileText(raw as Record<string, unknown>, result.fitted, file));
    const text = fitText(result, format, values, seconds, target === undefined || target.path === '-' ? undefined : target.path);
    if (written === undefined) return { text, warnings };
    process.stderr.write(terminalText(`${text}\n`));
    return { text: written, warnings };
  },
};

/** The plausibility warnings of the whole scenario file as read (before the fit), each where it is written (`baseline.discountRateAnnual: …`). */
function fileWarnings(scenarios: unknown): string[] {
  const file = parseScenarioFile(scenarios);
  return scenarioFileWarnings(file, resolveHypotheses(file));
}

/** The scenario file as read with the fitted values written in, as JSON text; refused when a value falls outside its distribution. */
function fittedFileText(raw: Record<string, unknown>, fitted: CalibrationResult['fitted'], file: string): string {
  const updated = writeFittedValues(raw, fitted);
  try {
    plainScenarioData(updated, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError([
      { path: '--write', rule: 'not written: the fitted values do not fit the file (widen the distributions or narrow the unknowns)' },
      ...error.problems,
    ]);
  }
  return `${JSON.stringify(updated, null, 2)}\n`;
}

/** The fit in the chosen format: fitted values, residuals, rms and worst error, what cannot be separated. */
function fitText(result: CalibrationResult, format: string, values: Values, seconds: number, wrote: string | undefined): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  if (format === 'csv') return csvOf(result);
  const money = moneyFormatOf(values);
  const moneyText = (value: number) => formatMoney(decimalCalculator.from(value), money);
  const fitted = renderTable(
    format as TableFormat,
    ['unknown', 'fitted value'],
    Object.entries(result.fitted).map(([k, v]) => [k, fieldValueText(fieldOf(k), v, money)]),
  );
  const residuals = renderTable(
    format as TableFormat,
    ['scenario', 'years', 'observed', 'model', 'model − observed'],
    result.residuals.map((r) => [r.hypothesis, String(r.years), moneyText(r.observed), moneyText(r.model), moneyText(r.error)]),
  );
  const monthly = result.monthlyResiduals ?? [];
  const seriesText = (series: string, value: number) => (series === 'revenue' ? moneyText(value) : formatNumber(value, 1, money.locale));
  const monthlyTable =
    monthly.length === 0
      ? ''
      : `\n\nMonthly residuals\n\n${renderTable(
          format as TableFormat,
          ['scenario', 'month', 'series', 'observed', 'model', 'model − observed'],
          monthly.map((r) => [
            r.hypothesis,
            String(r.month),
            r.series,
            seriesText(r.series, r.observed),
            seriesText(r.series, r.model),
            seriesText(r.series, r.error),
          ]),
        )}`;
  const inseparable =
    result.inseparable.length === 0
      ? 'every unknown is separately determined by the data'
      : result.inseparable.map((g) => `cannot be separated: ${g.join(' × ')}`).join('\n');
  return `Fitted inputs\n\n${fitted}\n\nResiduals\n\n${residuals}${monthlyTable}\n\nrms ${moneyText(result.rms)}, worst ${moneyText(result.maxAbsError)}, ${result.evaluations} model runs in ${seconds.toFixed(1)} s\n${inseparable}${wrote === undefined ? '' : `\nwrote ${wrote}`}`;
}
