import type Decimal from 'decimal.js';
import { subscriberEconomics } from '../../analysis/economics/subscriberEconomics';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney } from '../../render/formatMoney';
import { formatNumber } from '../../render/formatNumber';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { readScenarioData } from '../readScenarioData';
import { singleHorizonConflict, singleHorizonOf, singleHorizonOptionSpecs } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, numberOption } from '../options';
import { percentText } from '../../render/percentText';

const dash = '—';
const formats = [...tableFormats, 'json'];

export const economicsCommand: Command = {
  name: 'economics',
  summary: 'the value of one subscriber (LTV), CAC, CPL, CPO, list growth and revenue per email of a scenario',
  usage:
    'email-npv economics <file|-> [--scenario NAME] [--years N | --months N] [--acquisition-spend MONEY] [--leads-per-month N] [--tenure-months N] [--monthly] [--format table|md|csv|json]',
  examples: [
    'email-npv economics examples/moller-article.json --years 5 --acquisition-spend 500',
    'email-npv economics examples/moller-article.json --scenario H4 --years 1 --monthly --format csv',
  ],
  formats,
  options: {
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file', default: "the file's baseline" },
    ...singleHorizonOptionSpecs,
    'acquisition-spend': {
      type: 'string',
      value: 'MONEY',
      description: 'money spent a month on winning subscribers, for CAC and CPL',
      default: 'none: no CAC or CPL',
    },
    'leads-per-month': { type: 'string', value: 'N', description: 'leads won a month, for CPL', default: 'the new subscribers' },
    'tenure-months': {
      type: 'string',
      value: 'N',
      description: 'months a subscriber valued has already stayed (retention by tenure)',
      default: "the list's existingTenureMonths",
    },
    monthly: { type: 'boolean', description: 'prints the month-by-month table instead of the summary' },
  },
  conflicts: [singleHorizonConflict],
  run(file, values) {
    const format = formatOf(values, formats);
    const data = readScenarioData(file);
    const scenario = typeof values.scenario === 'string' ? values.scenario : undefined;
    const input = scenarioInputOf(data, scenario);
    const acquisitionSpend = numberOption(values, 'acquisition-spend');
    const leadsPerMonth = numberOption(values, 'leads-per-month');
    const tenureMonths = numberOption(values, 'tenure-months');
    const e = subscriberEconomics(input, {
      ...(tenureMonths !== undefined && { tenureMonths }),
      ...singleHorizonOf(values, data),
      ...(acquisitionSpend !== undefined && { acquisitionSpend }),
      ...(leadsPerMonth !== undefined && { leadsPerMonth }),
    });
    const warnings = scenarioWarningsOf(data, scenario);
    if (format === 'json') return { text: JSON.stringify(e, null, 2), warnings };
    const money = moneyFormatOf(values);
    const { locale } = money;
    const percentOf = (rate: Decimal | null) => (rate === null ? dash : percentText(rate.toNumber(), locale, 2));
    const moneyOf = (value: Decimal | null, fractionDigits = 2) => (value === null ? dash : formatMoney(value, { ...money, fractionDigits }));
    if (values.monthly === true) {
      const header = ['month', 'list at start', 'new', 'lost', 'list growth', 'revenue/email', 'CPO', 'CAC', 'CPL'];
      const rows = e.monthly.map((m) =>
        format === 'csv'
          ? [
              String(m.month),
              ...[m.subscribersStart, m.newSubscribers, m.subscribersLost, m.listGrowthRate].map((x) => csvNumber(x)),
              csvNumber(m.revenuePerEmail, 4),
              ...[m.cpo, m.cac, m.cpl].map((x) => csvNumber(x, 2)),
            ]
          : [
              String(m.month),
              formatNumber(m.subscribersStart, 1, locale),
              formatNumber(m.newSubscribers, 1, locale),
              formatNumber(m.subscribersLost, 1, locale),
              percentOf(m.listGrowthRate),
              moneyOf(m.revenuePerEmail, 4),
              moneyOf(m.cpo),
              moneyOf(m.cac),
              moneyOf(m.cpl),
            ],
      );
      return { text: renderTable(format as TableFormat, header, rows), warnings };
    }
    const v = e.subscriberValue;
    // Segments and retention by tenure: a subscriber of the list and a new one differ, each segment has its own value.
    const detailed = v.segments !== undefined || !v.constantChurn;
    const tenure = v.tenureMonths === undefined ? "at the list's tenure" : `after ${v.tenureMonths} months on the list`;
    const perSegment: [string, Decimal | null, number | undefined, string, string][] = Object.entries(v.segments ?? {}).map(([name, segment]) => [
      `subscriber value · ${name}`,
      segment.value,
      2,
      moneyOf(segment.value),
      `one subscriber starting in ${name} (${percentText(segment.share, locale, 0)} of the list); a new one: ${moneyOf(segment.newSubscriberValue)}`,
    ]);
    // name, value, its csv digits (money 2, amounts per email or subscriber-month 4, others exact), the text shown, meaning
    const cells: [string, Decimal | null, number | undefined, string, string][] = [
      [
        'subscriber value (LTV)',
        v.value,
        2,
        moneyOf(v.value),
        detailed
          ? `gross profit of one subscriber of the list, ${tenure}, over ${e.months} months, discounted`
          : `gross profit of one subscriber over ${e.months} months, discounted`,
      ],
      ...(detailed
        ? ([
            [
              'new subscriber value',
              v.newSubscriberValue,
              2,
              moneyOf(v.newSubscriberValue),
              `the same for a subscriber who has just joined${v.segments === undefined ? '' : ' (split by newSubscriberShare)'}`,
            ],
            ...perSegment,
          ] as typeof perSegment)
        : []),
      [
        'steady-state value v / (c + d)',
        v.steadyStateValue,
        2,
        moneyOf(v.steadyStateValue),
        !v.constantChurn
          ? 'none: churn changes with tenure or moves (the value above is the model run)'
          : v.steadyStateValue === null
            ? 'unbounded: no churn, no discounting'
            : v.constantInputs
              ? 'the same with no end (inputs constant)'
              : 'month-1 inputs held forever (the inputs change: a rough guide)',
      ],
      ['gross profit per subscriber (v)', v.grossProfitPerMonth, 4, moneyOf(v.grossProfitPerMonth, 4), 'per month, month 1'],
      ['list loss (c)', v.lossShareMonthly, undefined, percentOf(v.lossShareMonthly), 'share of the list lost per month, month 1'],
      ['discount rate (d)', v.discountRateMonthly, undefined, percentOf(v.discountRateMonthly), 'per month'],
      ['new subscribers', e.totals.newSubscribers, undefined, formatNumber(e.totals.newSubscribers, 0, locale), `over ${e.months} months`],
      ['subscribers lost', e.totals.subscribersLost, undefined, formatNumber(e.totals.subscribersLost, 0, locale), `over ${e.months} months`],
      ['list growth', e.listGrowthRateMonthly, undefined, percentOf(e.listGrowthRateMonthly), 'per month, on average'],
      ['revenue per email', e.revenuePerEmail, 4, moneyOf(e.revenuePerEmail, 4), 'revenue / emails sent'],
      ['CPO', e.cpo, 2, moneyOf(e.cpo), 'email costs / orders'],
      ['CAC', e.cac, 2, moneyOf(e.cac), e.cac === null ? 'give --acquisition-spend (money per month)' : 'acquisition spend / new subscribers'],
      ['CPL', e.cpl, 2, moneyOf(e.cpl), leadsPerMonth === undefined ? 'acquisition spend / leads (leads = new subscribers)' : 'acquisition spend / leads'],
      [
        'LTV / CAC',
        e.ltvToCac,
        undefined,
        e.ltvToCac === null ? dash : formatNumber(e.ltvToCac, 2, locale),
        detailed ? 'new subscriber value / CAC' : 'subscriber value / CAC',
      ],
    ];
    if (format === 'csv')
      return {
        text: renderTable(
          'csv',
          ['metric', 'value', 'meaning'],
          cells.map(([name, exact, digits, , meaning]) => [name, csvNumber(exact, digits), meaning]),
        ),
        warnings,
      };
    return {
      text: renderTable(
        format as TableFormat,
        ['metric', 'value', 'meaning'],
        cells.map(([name, , , shown, meaning]) => [name, shown, meaning]),
      ),
      warnings,
    };
  },
};
