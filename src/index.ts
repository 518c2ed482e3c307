// The public face: every export of the library. Layers, imports pointing one way (README, Architecture): json, csv → errors → calculator, numeric, finance → schema → model → scenarios → analysis → history → report → render.
export type { Calculator } from './calculator/calculator';
export { decimalCalculator, ExactDecimal } from './calculator/decimalCalculator';
export { floatCalculator } from './calculator/floatCalculator';

export { fieldRules, changeableFieldNames, type ChangeableFieldName, MAX_AMOUNT } from './schema/fields';
export { ScenarioInput, type ScenarioInputData, Change, ChangeSet, IsoDate } from './schema/scenarioInput';
export { parseScenarioInput } from './schema/parseScenarioInput';
export { Segment, SegmentPatch, SegmentChange, Segments, Move, Moves, SegmentName, MAX_SEGMENTS, MAX_MOVES } from './schema/segments';
export { Retention, RetentionPatch, RetentionChange, type RetentionData } from './schema/retention';
export { segmentValues, newSubscriberShares, type SegmentValues, type SegmentedValues, type PerSubscriberValues } from './schema/segmentValues';
export { sbgChurn, sbgChurnOf } from './schema/sbgChurn';
export { crossFieldProblems, type RuleBreak, type CrossFieldInput } from './schema/crossFieldProblems';
export { parseFieldPath, numericFieldPaths, readFieldPath, setFieldPath, type FieldPathParts } from './schema/fieldPaths';
export { fieldPathGuide } from './schema/fieldPathGuide';
export { fieldPathLabel } from './schema/fieldPathLabel';
export { inputGuide, type InputFieldGuide, type InputValueKind, type GuidedField } from './schema/inputGuide';
export { segmentFieldNames, type SegmentFieldName } from './schema/fields';
export { mergeDeep } from './json/mergeDeep';
export { MACHINE_OPEN_RATE, PERCENT_TYPED_RATE, plausibilityWarnings, type PlausibilityInput } from './schema/plausibilityWarnings';
export { InputError, type InputProblem } from './errors/inputError';
export { inputPeriods, type InputPeriod } from './schema/inputPeriods';
export { monthlyLossShare } from './schema/monthlyLossShare';

export { Horizon, horizonMonths, MAX_MONTHS } from './schema/horizon';
export type { MonthRow, SegmentMonth } from './model/monthRow';
export { populationCellMonths } from './model/populationCellMonths';
export {
  compilePopulation,
  isOneList,
  compilesToCohorts,
  type PopulationPlan,
  type PopulationPeriod,
  type CompiledSegment,
  type SegmentRetention,
  type CompiledMove,
} from './model/compilePopulation';
export { cellOpsOf, type CellOps, type CellArray } from './calculator/cellOps';
export { compilePeriods, compileValues, keepFactor, sendingFactor, type CompiledPeriod, type SendingValues } from './model/compilePeriods';
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
export {
  ScenarioFile,
  type ScenarioFileData,
  type Hypothesis,
  CombinedHypothesis,
  HorizonsYears,
  parseScenarioFile,
  MAX_HYPOTHESES,
} from './scenarios/scenarioFile';
export { HistoryEvidence, HISTORY_LIMITS } from './scenarios/historyEvidence';
export { applyPatch } from './scenarios/applyPatch';
export { resolveHypotheses, type Provenance, type ResolvedScenario } from './scenarios/resolveHypotheses';
export { resolveScenarioFile, isResolvedScenarioFile, type ResolvedScenarioFile } from './scenarios/resolveScenarioFile';
export { scenarioFileWarnings } from './scenarios/scenarioFileWarnings';
export {
  compareScenarios,
  type ScenarioComparison,
  type HorizonComparison,
  type ScenarioResult,
  type MonthComparison,
  type CompareScenariosOptions,
} from './scenarios/compareScenarios';
export { segmentContributions, type SegmentContributions } from './scenarios/segmentContributions';

export { calibrate, CalibrationRequest, type CalibrationResult, type CalibrationResidual, type MonthlyResidual } from './analysis/calibration/calibrate';
export { MONTHLY_SERIES, type MonthlySeries } from './analysis/calibration/monthlyObservations';
export {
  ObservedFile,
  ObservedRow,
  ObservedRows,
  MonthlyRow,
  MonthlyRows,
  MAX_MONTHLY_ROWS,
  CalibrationUnknowns,
  MAX_OBSERVED_ROWS,
  type ObservedFileData,
} from './scenarios/observedFile';
export { logGamma } from './numeric/logGamma';
export { logBeta } from './numeric/logBeta';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './numeric/nelderMead';
export { numericHessian } from './numeric/numericHessian';
export { linearRegression, type LinearRegression } from './numeric/linearRegression';
export { studentTQuantile } from './numeric/studentTQuantile';
export { fitRetention, type RetentionFit } from './history/fitRetention';
export { csvRecords, type CsvRecord, type CsvSource } from './csv/csvRecords';
export { CsvError } from './csv/csvError';
export { parseLocaleNumber, type LocaleNumber } from './csv/parseLocaleNumber';
export { parseLocaleDate } from './csv/parseLocaleDate';
export { campaignColumns, campaignColumnNames, type CampaignColumn } from './history/campaignColumns';
export { readCampaigns, type ReadCampaignsOptions } from './history/readCampaigns';
export { readListHistory } from './history/readListHistory';
export { readRetentionTable, type ReadRetentionOptions } from './history/readRetentionTable';
export { readAudienceExport, audienceColumnNames } from './history/readAudienceExport';
export type { CampaignRow, ListRow, RetentionTable } from './history/historyTypes';
export { estimateListHistory, type ListHistoryEstimates } from './history/estimateListHistory';
export { digamma } from './numeric/digamma';
export { trigamma } from './numeric/trigamma';
export { betaBinomialLogLikelihood, type BinomialGroup } from './numeric/betaBinomialLogLikelihood';
export { betaBinomialMoments, type BetaBinomialMoments } from './numeric/betaBinomialMoments';
export { betaBinomialFit, type BetaBinomialFit, type BetaBinomialFitOptions } from './numeric/betaBinomialFit';
export { rateEstimate, type RateEstimate, MIN_CAMPAIGNS, ASSUMED_CONCENTRATION } from './history/rateEstimate';
export { aovEstimate, type AovEstimate, ASSUMED_AOV_VARIATION } from './history/aovEstimate';
export { machineOpens, type MachineOpenCheck, MACHINE_OPENS_FROM, OPEN_JUMP, CLICK_JUMP } from './history/machineOpens';
export { campaignNote } from './history/campaignNote';
export { campaignEvidence } from './history/campaignEvidence';
export { segmentNames, NO_SEGMENT } from './history/segmentNames';
export { estimateCampaigns, type EstimateCampaignsOptions, type CampaignEstimates, type RateBands } from './history/estimateCampaigns';
export { estimateSegments, type SegmentEstimates } from './history/estimateSegments';
export { writeEstimates } from './history/writeEstimates';
export { fitHistory } from './history/fitHistory';
export type { Estimate, HistoryFit, FitHistoryInput, CampaignEvidence } from './history/historyTypes';
export { checkObserved } from './scenarios/checkObserved';
export { writeFittedValues } from './scenarios/writeFittedValues';
export { parseJson, type JsonParseResult, type JsonProblem } from './json/parseJson';
export { nestsDeeperThan, MAX_NESTING_DEPTH } from './json/nestingDepth';
export { fitLeastSquares, type FitProblem, type FitResult } from './numeric/fitLeastSquares';
export { seededRandom } from './numeric/seededRandom';

export { renderTable, tableFormats, type TableFormat } from './render/renderTable';
export { comparisonRows, type PublishedNpvs } from './render/comparisonRows';
export { winnerText } from './render/winnerText';
export { scenarioInputOf, type ScenarioData } from './scenarios/scenarioInputOf';
export { numericFieldNames, type NumericFieldName } from './schema/fields';
export { withFieldValues, type WithFieldValuesOptions, type ChangesPolicy } from './schema/withFieldValues';

// --- analysis ---

// sensitivity, solving for a value, payback and break-even
export { sensitivity, SensitivityOptions, type SensitivityResult, type SensitivityEntry } from './analysis/search/sensitivity';
export { solveFor, SolveForOptions, type SolveForResult } from './analysis/search/solveFor';
export { paybackOf, type PaybackOptions, type PaybackResult } from './analysis/cashflow/paybackOf';
export { breakEvenOf, type BreakEvenOptions, type BreakEvenResult, type IncrementalMonth } from './analysis/cashflow/breakEvenOf';
export { type CashFlowMonth } from './analysis/cashflow/monthlyCashFlows';
export { type AnnualIrr } from './analysis/cashflow/annualIrrOf';
export { type AnalysisHorizon } from './analysis/cashflow/analysisMonths';
export { fieldRange, type FieldRange } from './analysis/search/fieldRange';
export type { FieldPath } from './schema/fieldPaths';
export { findRoot, type FindRootOptions, type RootResult } from './numeric/findRoot';

// send frequency and fatigue, subscriber economics
export {
  FatigueSpec,
  PowerFatigue,
  PointsFatigue,
  FatiguePoint,
  type FatigueSpecData,
  SegmentFatigue,
  FrequencyFatigue,
  type FrequencyFatigueData,
} from './analysis/frequency/fatigueSpec';
export { fatigueAt, type FatigueBase, type FatiguedRates, type FrequencyNpvs } from './analysis/frequency/fatigueAt';
export { fatigueFromObservations } from './analysis/frequency/fatigueFromObservations';
export {
  optimiseFrequency,
  type OptimiseFrequencyOptions,
  type OptimiseFrequencyResult,
  type BestFrequency,
  type ListFrequencyResult,
} from './analysis/frequency/optimiseFrequency';
export {
  optimiseSegmentFrequencies,
  type SegmentSearch,
  type SegmentedFrequencyResult,
  type SegmentFrequencies,
  type SegmentedBestFrequency,
} from './analysis/frequency/optimiseSegmentFrequencies';
export { subscriberValue, type SubscriberValue, type SubscriberValueOptions, type SegmentSubscriberValue } from './analysis/economics/subscriberValue';
export { steadyStateSubscriberValue, type SteadyStateSubscriberValueInput } from './analysis/economics/steadyStateSubscriberValue';
export { subscriberEconomics, type SubscriberEconomics, type SubscriberEconomicsOptions, type MonthEconomics } from './analysis/economics/subscriberEconomics';
export { ctrFromCtor } from './analysis/economics/ctrFromCtor';
export { ctorFromCtr } from './analysis/economics/ctorFromCtr';
export { revenuePerEmail } from './analysis/economics/revenuePerEmail';

// Monte Carlo
export { Distribution, distributionKinds } from './schema/distribution';
export { distributionSampler, type DistributionSampler } from './analysis/uncertainty/distributionSampler';
export { splitDistributions, type LocatedDistribution, type SplitScenarioFile } from './analysis/uncertainty/splitDistributions';
export { SimulationSettings, MAX_DRAWS } from './analysis/uncertainty/simulationSettings';
export {
  simulate,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  type SimulateOptions,
  type Simulation,
  type SimulatedHorizon,
  type SimulatedScenario,
  type SimulatedMonth,
  type NpvSummary,
  type NpvBand,
  type UncertainInput,
} from './analysis/uncertainty/simulate';
export { percentile } from './numeric/percentile';

// --- render: charts and the HTML report ---
export { npvChart } from './render/charts/npvChart';
export { subscribersChart } from './render/charts/subscribersChart';
export { tornadoChart, type TornadoBar, type TornadoChartOptions } from './render/charts/tornadoChart';
export { fanChart, type FanPoint, type FanChartOptions } from './render/charts/fanChart';
export type { ChartSeries } from './render/charts/lineChart';
export type { ChartOptions } from './render/charts/chartOptions';
export type { MonthChartOptions } from './render/charts/monthChartOptions';
export { renderReport, type ReportOptions } from './render/report/renderReport';
export type { ReportSectionData } from './render/report/reportSection';
export type { SensitivitySectionData } from './render/report/sensitivitySection';
export type { MonteCarloSectionData, MonteCarloPercentiles } from './render/report/monteCarloSection';
// the report's data, computed once: comparison, chart series, and the analyses its "report" section asks for
export { buildReport, type BuildReportOptions, type ReportData, type ReportSensitivity, type ReportSimulation } from './report/buildReport';
export { chartSeries, type ReportChartSeries, type ReportSeries } from './report/chartSeries';
export { readReportFile, type ReportFile } from './report/readReportFile';
export { analysisSectionData } from './render/report/analysisSectionData';
export { splitReportSettings, ReportSettings, type SplitReportFile } from './report/reportSettings';
export { UserScenarioFile, userScenarioFileMetadata, type UserScenarioFileData, type SchemaMetadata } from './report/userScenarioFile';
export { type UncertainField, type ParsedUncertainFile } from './analysis/uncertainty/uncertainScenarioFile';
export { userScenarioFileJsonSchema, USER_SCENARIO_FILE_SCHEMA_PATH } from './report/userScenarioFileJsonSchema';
export { describeDistribution } from './render/describeDistribution';
