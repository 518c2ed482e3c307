import type Decimal from 'decimal.js';
import { subscriberEconomics } from '../../analysis/subscriberEconomics';
import { formatMoney, type MoneyFormat } from '../../render/formatMoney';
import { formatNumber } from '../../render/formatNumber';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, moneyFormatOf, numberOption } from '../options';

const dash = '—';
const percentOf = (rate: Decimal | null) => (rate === null ? dash : `${rate.times(100).toFixed(2)} %`);
const moneyOf = (value: Decimal | null, money: MoneyFormat, fractionDigits = 2) => (value === null ? dash : formatMoney(value, { ...money, fractionDigits }));

export const economicsCommand: Command = {
  name: 'economics',
  summary: 'the value of one subscriber (LTV), CAC, CPL, CPO, list growth and revenue per email of a scenario',
  usage:
    'email-npv economics <file|-> [--scenario NAME] [--years N | --months N] [--acquisition-spend MONEY_PER_MONTH] [--leads-per-month N] [--monthly] [--format table|md|csv|json]',
  examples: ['email-npv economics examples/moller-article.json --years 5 --acquisition-spend 500', 'email-npv economics examples/moller-article.json --scenario H4 --years 1 --monthly --format csv'],
  options: {
    scenario: { type: 'string' },
    years: { type: 'string' },
    months: { type: 'string' },
    'acquisition-spend': { type: 'string' },
    'leads-per-month': { type: 'string' },
    monthly: { type: 'boolean' },
  },
  run(file, values) {
    const format = formatOf(values, [...tableFormats, 'json']);
    const input = scenarioInputOf(readScenarioData(file), typeof values.scenario === 'string' ? values.scenario : undefined);
    const months = numberOption(values, 'months');
    const years = numberOption(values, 'years');
    const acquisitionSpend = numberOption(values, 'acquisition-spend');
    const leadsPerMonth = numberOption(values, 'leads-per-month');
    const e = subscriberEconomics(input, {
      ...(months !== undefined && { months }),
      ...(years !== undefined && { years }),
      ...(acquisitionSpend !== undefined && { acquisitionSpend }),
      ...(leadsPerMonth !== undefined && { leadsPerMonth }),
    });
    if (format === 'json') return JSON.stringify(e, null, 2);
    if (values.monthly === true) {
      const money = moneyFormatOf(values);
      const header = ['month', 'list at start', 'new', 'lost', 'list growth', 'revenue/email', 'CPO', 'CAC', 'CPL'];
      const rows = e.monthly.map((m) =>
        format === 'csv'
          ? [m.month, m.subscribersStart, m.newSubscribers, m.subscribersLost, m.listGrowthRate, m.revenuePerEmail, m.cpo, m.cac, m.cpl].map((v) => (v === null ? '' : String(v)))
          : [
              String(m.month),
              formatNumber(m.subscribersStart, 1),
              formatNumber(m.newSubscribers, 1),
              formatNumber(m.subscribersLost, 1),
              percentOf(m.listGrowthRate),
              moneyOf(m.revenuePerEmail, money, 4),
              moneyOf(m.cpo, money),
              moneyOf(m.cac, money),
              moneyOf(m.cpl, money),
            ],
      );
      return renderTable(format as TableFormat, header, rows);
    }
    const v = e.subscriberValue;
    const cells: [string, Decimal | null, string, string][] = [
      ['subscriber value (LTV)', v.value, moneyOf(v.value, moneyFormatOf(values)), `gross profit of one subscriber over ${e.months} months, discounted`],
      ['steady-state value v / (c + d)', v.steadyStateValue, moneyOf(v.steadyStateValue, moneyFormatOf(values)), v.steadyStateValue === null ? 'unbounded: no churn, no discounting' : v.constantInputs ? 'the same with no end (inputs constant)' : 'month-1 inputs held forever (the inputs change: a rough guide)'],
      ['gross profit per subscriber (v)', v.grossProfitPerMonth, moneyOf(v.grossProfitPerMonth, moneyFormatOf(values), 4), 'per month, month 1'],
      ['list loss (c)', v.lossShareMonthly, percentOf(v.lossShareMonthly), 'share of the list lost per month, month 1'],
      ['discount rate (d)', v.discountRateMonthly, percentOf(v.discountRateMonthly), 'per month'],
      ['new subscribers', e.totals.newSubscribers, formatNumber(e.totals.newSubscribers), `over ${e.months} months`],
      ['subscribers lost', e.totals.subscribersLost, formatNumber(e.totals.subscribersLost), `over ${e.months} months`],
      ['list growth', e.listGrowthRateMonthly, percentOf(e.listGrowthRateMonthly), 'per month, on average'],
      ['revenue per email', e.revenuePerEmail, moneyOf(e.revenuePerEmail, moneyFormatOf(values), 4), 'revenue / emails sent'],
      ['CPO', e.cpo, moneyOf(e.cpo, moneyFormatOf(values)), 'email costs / orders'],
      ['CAC', e.cac, moneyOf(e.cac, moneyFormatOf(values)), e.cac === null ? 'give --acquisition-spend (money per month)' : 'acquisition spend / new subscribers'],
      ['CPL', e.cpl, moneyOf(e.cpl, moneyFormatOf(values)), leadsPerMonth === undefined ? 'acquisition spend / leads (leads = new subscribers)' : 'acquisition spend / leads'],
      ['LTV / CAC', e.ltvToCac, e.ltvToCac === null ? dash : e.ltvToCac.toFixed(2), 'subscriber value / CAC'],
    ];
    if (format === 'csv') return renderTable('csv', ['metric', 'value', 'meaning'], cells.map(([name, exact, , meaning]) => [name, exact === null ? '' : String(exact), meaning]));
    return renderTable(format as TableFormat, ['metric', 'value', 'meaning'], cells.map(([name, , shown, meaning]) => [name, shown, meaning]));
  },
};
