// Layers, imports pointing one way: calculator → schema → model → (scenarios → analysis → render).
export type { Calculator } from './calculator/calculator';
export { decimalCalculator, ExactDecimal } from './calculator/decimalCalculator';
export { floatCalculator } from './calculator/floatCalculator';

export { fieldRules, changeableFieldNames, type ChangeableFieldName, MAX_AMOUNT } from './schema/fields';
export { ScenarioInput, type ScenarioInputData, Change, ChangeSet, IsoDate } from './schema/scenarioInput';
export { parseScenarioInput } from './schema/parseScenarioInput';
export { InputError, type InputProblem } from './schema/inputError';
export { inputSegments, type InputSegment } from './schema/inputSegments';
export { monthlyLossShare } from './schema/monthlyLossShare';

export { Horizon, horizonMonths, MAX_MONTHS } from './model/horizon';
export type { MonthRow } from './model/monthRow';
export { compileSegments, type CompiledSegment } from './model/compileSegments';
export { runModel, type RunModelOptions, type ModelRun } from './model/runModel';
export { forecast, type Forecast } from './model/forecast';
export { forecastNpv } from './model/forecastNpv';

export { formatMoney, type MoneyFormat } from './render/formatMoney';
export { formatNumber } from './render/formatNumber';
export { textTable } from './render/textTable';
export { forecastTable } from './render/forecastTable';

export { npv } from './finance/npv';
export { xnpv } from './finance/xnpv';
export { irr } from './finance/irr';
export { annualToMonthlyRate } from './finance/annualToMonthlyRate';
export { monthlyToAnnualRate } from './finance/monthlyToAnnualRate';
export { type Numeric } from './finance/numeric';

export { ScenarioPatch } from './scenarios/scenarioPatch';
export { ScenarioFile, type ScenarioFileData, type Hypothesis, HorizonsYears, parseScenarioFile, MAX_HYPOTHESES } from './scenarios/scenarioFile';
export { applyPatch } from './scenarios/applyPatch';
export { resolveHypotheses, type ResolvedScenario } from './scenarios/resolveHypotheses';
export {
  compareScenarios,
  type ScenarioComparison,
  type HorizonComparison,
  type ScenarioResult,
  type MonthComparison,
  type CompareScenariosOptions,
} from './scenarios/compareScenarios';

export { calibrate, CalibrationRequest, type CalibrationResult, type CalibrationResidual } from './analysis/calibrate';
export { fitLeastSquares, type FitProblem, type FitResult } from './analysis/fitLeastSquares';
export { seededRandom } from './analysis/seededRandom';

export { renderTable, tableFormats, type TableFormat } from './render/renderTable';
export { comparisonRows, type PublishedNpvs } from './render/comparisonRows';
export { scenarioInputOf } from './scenarios/scenarioInputOf';
export { numericFieldNames, type NumericFieldName } from './schema/fields';
export { withFieldValues, type WithFieldValuesOptions, type ChangesPolicy } from './schema/withFieldValues';

// --- analysis (issue 5): each module adds its exports below ---

// --- render: charts and report (issue 6) add their exports below ---
