import type { FatigueSpecData } from '../../analysis/fatigueSpec';
import { optimiseFrequency, type OptimiseFrequencyResult } from '../../analysis/optimiseFrequency';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { formatMoney, type MoneyFormat } from '../../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { InputError } from '../../schema/inputError';
import { readJson } from '../readJson';
import { readScenarioData } from '../readScenarioData';
import { type Command, formatOf, moneyFormatOf, numberListOption, numberOption, type Values } from '../options';
import { percentText } from './analysisFormat';
import { yearsText } from '../../render/yearsText';

/** The fatigue curve of `--fatigue <file>` or of the `--…-elasticity` options (a power law); none when neither is given. */
function fatigueOption(values: Values): FatigueSpecData | undefined {
  const elasticities = {
    openRateElasticity: numberOption(values, 'open-elasticity'),
    clickRateElasticity: numberOption(values, 'click-elasticity'),
    churnPerEmailElasticity: numberOption(values, 'churn-elasticity'),
  };
  const anyElasticity = Object.values(elasticities).some((e) => e !== undefined);
  if (typeof values.fatigue === 'string') {
    if (anyElasticity) throw new InputError([{ path: '--fatigue', rule: 'give either a fatigue file or the --open/--click/--churn-elasticity options, not both' }]);
    return readJson(values.fatigue, '--fatigue') as FatigueSpecData;
  }
  return anyElasticity ? { model: 'power', ...elasticities } : undefined;
}


function frequencyRows(result: OptimiseFrequencyResult, money: MoneyFormat): string[][] {
  const percent = (rate: number | undefined) => (rate === undefined ? '—' : percentText(rate, money.locale ?? 'en-US', 2));
  return result.frequencies.map((f) => [
    String(f.emailsPerMonth),
    percent(f.openRate),
    percent(f.clickRate),
    percent(f.churnPerEmail),
    ...result.horizons.map((h, i) =>
      f.infeasible !== null ? 'infeasible' : `${formatMoney(decimalCalculator.from(f.npvs[i]!), money)}${h.bestEmailsPerMonth === f.emailsPerMonth ? ' ★' : ''}`,
    ),
  ]);
}

export const optimiseCommand: Command = {
  name: 'optimise',
  summary: 'the NPV of every send frequency (with fatigue of opens, clicks and churn) and the best one per horizon',
  usage:
    'email-npv optimise <file|-> [--scenario NAME] [--years 1,3,5] [--min 1] [--max 12] [--fatigue <fatigue.json> | --open-elasticity=E --click-elasticity=E --churn-elasticity=E] [--format table|md|csv|json]',
  examples: [
    'email-npv optimise examples/moller-article.json --open-elasticity=-0.3293 --click-elasticity=-0.5503',
    'email-npv optimise examples/moller-article.json --scenario H2 --years 5 --max 8 --format md',
  ],
  options: {
    scenario: { type: 'string' },
    years: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    fatigue: { type: 'string' },
    'open-elasticity': { type: 'string' },
    'click-elasticity': { type: 'string' },
    'churn-elasticity': { type: 'string' },
  },
  run(file, values) {
    const format = formatOf(values, [...tableFormats, 'json']);
    const input = scenarioInputOf(readScenarioData(file), typeof values.scenario === 'string' ? values.scenario : undefined);
    const years = numberListOption(values, 'years');
    const fatigue = fatigueOption(values);
    const min = numberOption(values, 'min');
    const max = numberOption(values, 'max');
    const result = optimiseFrequency(input, { ...(years && { years }), ...(fatigue && { fatigue }), ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
    if (format === 'json') return JSON.stringify(result, null, 2);
    if (format === 'csv') {
      const header = ['emailsPerMonth', 'openRate', 'clickRate', 'churnPerEmail', ...result.horizons.map((h) => `npv ${h.years}y`), 'infeasible'];
      const rows = result.frequencies.map((f) => [
        String(f.emailsPerMonth),
        f.openRate === undefined ? '' : String(f.openRate),
        String(f.clickRate),
        String(f.churnPerEmail),
        ...result.horizons.map((_, i) => (f.npvs[i] === undefined ? '' : String(f.npvs[i]))),
        f.infeasible ?? '',
      ]);
      return renderTable('csv', header, rows);
    }
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    const header = ['emails/month', 'open rate', 'click rate', 'churn/email', ...result.horizons.map((h) => `NPV ${yearsText(h.years)}`)];
    const table = renderTable(format as TableFormat, header, frequencyRows(result, money));
    const best = result.horizons.map(
      (h) => `best at ${yearsText(h.years)}: ${h.bestEmailsPerMonth} emails a month, NPV ${formatMoney(h.npv, { ...money, fractionDigits: 2 })}`,
    );
    const reasons = result.frequencies.filter((f) => f.infeasible !== null).map((f) => `${f.emailsPerMonth} emails a month is infeasible: ${f.infeasible}`);
    return [`NPV by send frequency (the input sends ${result.ownEmailsPerMonth} a month; ★ best per horizon)`, '', table, '', ...best, ...reasons].join('\n');
  },
};
