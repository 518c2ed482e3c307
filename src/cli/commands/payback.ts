import type Decimal from 'decimal.js';
import type { AnnualIrr } from '../../analysis/cashflow/annualIrrOf';
import { breakEvenOf, type BreakEvenResult } from '../../analysis/cashflow/breakEvenOf';
import { paybackOf, type PaybackResult } from '../../analysis/cashflow/paybackOf';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { InputError } from '../../errors/inputError';
import { readScenarioData } from '../readScenarioData';
import { singleHorizonConflict, singleHorizonOf, singleHorizonOptionSpecs } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, type CliMoneyFormat } from '../options';
import { type ChosenScenario, scenarioOption } from '../scenarioOption';
import { horizonText } from '../../render/horizonText';
import { percentText } from '../../render/percentText';
import { titleText } from '../../render/titleText';
import type { ScenarioFileData } from '../../scenarios/scenarioFile';

/** A payback month in words; null reads "never within N months". */
const monthText = (month: number | null, months: number) => (month === null ? `never within ${months} months` : `month ${month}`);

/** Each month's present value: the step of the cumulative NPV (month 0: the investment itself). */
const presentValues = (cumulative: readonly Decimal[]) => cumulative.map((c, m) => (m === 0 ? c : c.minus(cumulative[m - 1]!)));

/** How many times the flows change sign (zeros skipped), and the sign of the first flow that is not 0. */
function signsOf(flows: readonly Decimal[]): { first: number; changes: number } {
  const signs = flows.filter((f) => !f.isZero()).map((f) => (f.isNegative() ? -1 : 1));
  return { first: signs[0] ?? 0, changes: signs.filter((s, i) => i > 0 && s !== signs[i - 1]).length };
}

/** The IRR in a table cell: "127.6% a year (7.09% a month)", or "none" (the reading says why). */
function irrCell(irr: AnnualIrr, locale: string): string {
  if (irr.irrAnnual === null) return 'none';
  return `${percentText(irr.irrAnnual, locale)} a year (${percentText(irr.irrMonthly!, locale, 2)} a month)`;
}

/**
 * How to read the IRR, by the shape of the flows: when they cost first and earn later it is a return,
 * worth it above the discount rate; when they earn first and cost later it is a borrowing rate,
 * worth it only below the discount rate.
 */
function irrReading(irr: AnnualIrr, flows: readonly Decimal[], discountRateAnnual: number, locale: string): string {
  if (irr.irrAnnual === null) return `No IRR: ${irr.irrReason ?? 'no rate found'}.`;
  const { first, changes } = signsOf(flows);
  const rate = percentText(irr.irrAnnual, locale);
  const discount = percentText(discountRateAnnual, locale);
  const reading =
    first < 0
      ? `The flows cost first and earn later, so the IRR of ${rate} a year is a return: it pays when above the discount rate of ${discount}, and it is ${irr.irrAnnual > discountRateAnnual ? 'above' : 'not above'}.`
      : `The flows earn first and cost later, so the IRR of ${rate} a year is a borrowing rate, the cost of taking the gain early: it pays only when below the discount rate of ${discount}, and it is ${irr.irrAnnual < discountRateAnnual ? 'below' : 'not below'}.`;
  return changes > 1
    ? `${reading} The flows change sign ${changes} times, so other rates may solve the IRR equation too; this is the one nearest 10% a month.`
    : reading;
}

/** A summary table, then the month table, each under its title; csv is the month table alone. */
function layout(format: TableFormat, title: string, summary: string[][], sentences: string[], monthHeader: string[], monthRows: string[][]): string {
  if (format === 'csv') return renderTable('csv', monthHeader, monthRows);
  return [
    titleText(format, title),
    '',
    renderTable(format, ['quantity', 'value'], summary),
    '',
    ...sentences,
    '',
    titleText(format, 'Month by month'),
    '',
    renderTable(format, monthHeader, monthRows),
  ].join('\n');
}

/** Money cells: plain numbers to the cent for csv, the currency to the cent otherwise. */
const moneyCells = (format: TableFormat, money: CliMoneyFormat) => (values: readonly Decimal[]) =>
  values.map((v) => (format === 'csv' ? csvNumber(v, 2) : formatMoney(v, money)));

function scenarioText(result: PaybackResult, scenario: ChosenScenario, format: TableFormat, money: CliMoneyFormat): string {
  const who = scenario.label.charAt(0).toUpperCase() + scenario.label.slice(1);
  const cells = moneyCells(format, money);
  const present = presentValues(result.monthly.map((m) => m.cumulativeNpv));
  const monthRows = result.monthly.map((m) => [String(m.month), ...cells([m.netCashFlow, m.cumulativeCashFlow, present[m.month]!, m.cumulativeNpv])]);
  const summary = [
    ['investment', formatMoney(result.investment, money)],
    [`NPV over ${horizonText(result.months)}`, formatMoney(result.npv, money)],
    ['payback month (simple)', monthText(result.paybackMonth, result.months)],
    ['payback month (discounted)', monthText(result.discountedPaybackMonth, result.months)],
    ['IRR', irrCell(result, money.locale)],
  ];
  const paysBack =
    result.paybackMonth === null
      ? `${who} does not pay back within ${result.months} months.`
      : `${who} pays back in ${monthText(result.paybackMonth, result.months)}; counting the discount rate, ${result.discountedPaybackMonth === null ? `not within ${result.months} months` : `in ${monthText(result.discountedPaybackMonth, result.months)}`}.`;
  const flows = result.monthly.map((m) => m.netCashFlow);
  return layout(
    format,
    `Payback of ${scenario.name} over ${horizonText(result.months)}`,
    summary,
    [paysBack, irrReading(result, flows, scenario.input.discountRateAnnual, money.locale)],
    ['month', 'net cash flow', 'cumulative', 'present value', 'cumulative NPV'],
    monthRows,
  );
}

function hypothesisText(result: BreakEvenResult, discountRateAnnual: number, format: TableFormat, money: CliMoneyFormat): string {
  const cells = moneyCells(format, money);
  const cumulative = result.monthly.map((m) => m.cumulativeIncrementalNpv);
  const present = presentValues(cumulative);
  const monthRows = result.monthly.map((m) => [String(m.month), ...cells([m.incrementalCashFlow, present[m.month]!, m.cumulativeIncrementalNpv])]);
  const { hypothesis, baseline, months } = result;
  const summary = [
    ['incremental investment', formatMoney(result.incrementalInvestment, money)],
    [`incremental NPV over ${horizonText(months)}`, formatMoney(result.incrementalNpv, money)],
    ['payback month (ahead for good)', monthText(result.paybackMonth, months)],
    ['first month ahead', monthText(result.firstCrossingMonth, months)],
    ['incremental IRR', irrCell(result, money.locale)],
  ];
  const npv = formatMoney(result.incrementalNpv.abs(), { ...money, fractionDigits: 0 });
  const paysBack =
    result.paybackMonth !== null
      ? `${hypothesis} pays back against ${baseline} in ${monthText(result.paybackMonth, months)} and adds ${npv} of NPV over ${horizonText(months)}.`
      : `${hypothesis} never pays back against ${baseline} within ${months} months: ${result.firstCrossingMonth === null ? 'it is never ahead' : `it is ahead from ${monthText(result.firstCrossingMonth, months)}`}, but ${npv} behind at the horizon.`;
  const flows = result.monthly.map((m) => m.incrementalCashFlow);
  return layout(
    format,
    `Break-even of ${hypothesis} against ${baseline} over ${horizonText(months)}`,
    summary,
    [paysBack, irrReading(result, flows, discountRateAnnual, money.locale)],
    ['month', 'incremental cash flow', 'present value', 'cumulative incremental NPV'],
    monthRows,
  );
}

const formats = [...tableFormats, 'json'];

export const paybackCommand: Command = {
  name: 'payback',
  summary: 'when a scenario pays back its investment (simple, discounted, IRR), or when a hypothesis pays back against the baseline',
  usage: 'email-npv payback <file|-> [--scenario NAME | --hypothesis NAME] [--years N | --months N] [--format table|md|csv|json]',
  examples: [
    'email-npv payback examples/moller-article.json --hypothesis H4',
    'email-npv payback examples/moller-article.json --scenario H4 --years 3 --format md',
    'email-npv payback examples/moller-article.json --hypothesis H1 --format csv',
  ],
  formats,
  options: {
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file whose payback to find', default: "the file's baseline" },
    hypothesis: { type: 'string', value: 'NAME', description: 'finds when this hypothesis pays back against the baseline instead' },
    ...singleHorizonOptionSpecs,
  },
  conflicts: [singleHorizonConflict],
  run(file, values) {
    const format = formatOf(values, formats);
    const money = moneyFormatOf(values);
    const data = readScenarioData(file);
    const horizon = singleHorizonOf(values, data);
    if (typeof values.hypothesis === 'string') {
      if (values.scenario !== undefined)
        throw new InputError([
          { path: '--hypothesis', rule: 'give either --scenario (payback of one scenario) or --hypothesis (against the baseline), not both' },
        ]);
      const result = breakEvenOf(data as ScenarioFileData, values.hypothesis, horizon); // a single input is refused there: --hypothesis needs a file
      const warnings = scenarioWarningsOf(data, values.hypothesis); // the hypothesis' and the baseline's (what it is built from)
      if (format === 'json') return { text: JSON.stringify(result, null, 2), warnings };
      return { text: hypothesisText(result, scenarioInputOf(data).discountRateAnnual, format as TableFormat, money), warnings };
    }
    const scenario = scenarioOption(data, values);
    const result = paybackOf(scenario.input, horizon);
    const warnings = scenarioWarningsOf(data, typeof values.scenario === 'string' ? values.scenario : undefined);
    if (format === 'json') return { text: JSON.stringify(result, null, 2), warnings };
    return { text: scenarioText(result, scenario, format as TableFormat, money), warnings };
  },
};
