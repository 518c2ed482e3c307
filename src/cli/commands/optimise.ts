import { FatigueSpec, type FatigueSpecData } from '../../analysis/frequency/fatigueSpec';
import { optimiseFrequency, type OptimiseFrequencyResult } from '../../analysis/frequency/optimiseFrequency';
import { decimalCalculator } from '../../calculator/decimalCalculator';
import { csvNumber } from '../../render/csvNumber';
import { formatMoney, type MoneyFormat } from '../../render/formatMoney';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { scenarioInputOf } from '../../scenarios/scenarioInputOf';
import { scenarioWarningsOf } from '../../scenarios/scenarioWarningsOf';
import { InputError } from '../../errors/inputError';
import { readInputFile } from '../readInputFile';
import { readScenarioData } from '../readScenarioData';
import { horizonsOf, horizonsOptionSpec } from '../horizonOptions';
import { type Command, formatOf, moneyFormatOf, numberOption, type Values } from '../options';
import { percentText } from '../../render/percentText';
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
    if (anyElasticity)
      throw new InputError([{ path: '--fatigue', rule: 'give either a fatigue file or the --open/--click/--churn-elasticity options, not both' }]);
    return readInputFile(values.fatigue, '--fatigue', FatigueSpec);
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
      f.infeasible !== null
        ? 'infeasible'
        : `${formatMoney(decimalCalculator.from(f.npvs[i]!), money)}${h.bestEmailsPerMonth === f.emailsPerMonth ? ' ★' : ''}`,
    ),
  ]);
}

const formats = [...tableFormats, 'json'];

export const optimiseCommand: Command = {
  name: 'optimise',
  summary: 'the NPV of every send frequency (with fatigue of opens, clicks and churn) and the best one per horizon',
  usage:
    'email-npv optimise <file|-> [--scenario NAME] [--horizons Y1,Y2,…] [--min N] [--max N] [--fatigue <fatigue.json> | --open-elasticity=E --click-elasticity=E --churn-elasticity=E] [--format table|md|csv|json]',
  examples: [
    'email-npv optimise examples/moller-article.json --open-elasticity=-0.3293 --click-elasticity=-0.5503',
    'email-npv optimise examples/moller-article.json --scenario H2 --horizons 5 --max 8 --format md',
  ],
  formats,
  options: {
    scenario: { type: 'string', value: 'NAME', description: 'the scenario of a scenario file whose frequency to vary', default: "the file's baseline" },
    horizons: horizonsOptionSpec,
    years: { ...horizonsOptionSpec, description: 'the same as --horizons (this command shows several horizons)' },
    min: { type: 'string', value: 'N', description: 'the lowest frequency tried, emails a month', default: '1' },
    max: { type: 'string', value: 'N', description: 'the highest frequency tried, emails a month', default: '12' },
    fatigue: {
      type: 'string',
      value: 'FILE',
      description: 'how open, click and churn rates move with the frequency (points or a power law)',
      default: 'no fatigue: every rate stays as it is',
    },
    'open-elasticity': { type: 'string', value: 'E', description: 'the open rate moves as (frequency / own)^E, instead of --fatigue', default: '0' },
    'click-elasticity': { type: 'string', value: 'E', description: 'the click rate moves as (frequency / own)^E, instead of --fatigue', default: '0' },
    'churn-elasticity': { type: 'string', value: 'E', description: 'the churn per email moves as (frequency / own)^E, instead of --fatigue', default: '0' },
  },
  conflicts: [['horizons', 'years']],
  run(file, values) {
    const format = formatOf(values, formats);
    const data = readScenarioData(file);
    const input = scenarioInputOf(data, typeof values.scenario === 'string' ? values.scenario : undefined);
    const years = horizonsOf(values, data, values.years === undefined ? 'horizons' : 'years');
    const fatigue = fatigueOption(values);
    const min = numberOption(values, 'min');
    const max = numberOption(values, 'max');
    const result = optimiseFrequency(input, { years, ...(fatigue && { fatigue }), ...(min !== undefined && { min }), ...(max !== undefined && { max }) });
    const warnings = scenarioWarningsOf(data, typeof values.scenario === 'string' ? values.scenario : undefined, result.warnings);
    if (format === 'json') return { text: JSON.stringify({ ...result, warnings }, null, 2), warnings };
    if (format === 'csv') {
      const header = ['emailsPerMonth', 'openRate', 'clickRate', 'churnPerEmail', ...result.horizons.map((h) => `npv ${h.years}y`), 'infeasible'];
      const rows = result.frequencies.map((f) => [
        csvNumber(f.emailsPerMonth),
        csvNumber(f.openRate ?? null),
        csvNumber(f.clickRate),
        csvNumber(f.churnPerEmail),
        ...result.horizons.map((_, i) => csvNumber(f.npvs[i] ?? null, 2)),
        f.infeasible ?? '',
      ]);
      return { text: renderTable('csv', header, rows), warnings };
    }
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    const header = ['emails/month', 'open rate', 'click rate', 'churn/email', ...result.horizons.map((h) => `NPV ${yearsText(h.years)}`)];
    const table = renderTable(format as TableFormat, header, frequencyRows(result, money));
    const best = result.horizons.map(
      (h) => `best at ${yearsText(h.years)}: ${h.bestEmailsPerMonth} emails a month, NPV ${formatMoney(h.npv, { ...money, fractionDigits: 2 })}`,
    );
    const reasons = result.frequencies.filter((f) => f.infeasible !== null).map((f) => `${f.emailsPerMonth} emails a month is infeasible: ${f.infeasible}`);
    return {
      text: [`NPV by send frequency (the input sends ${result.ownEmailsPerMonth} a month; ★ best per horizon)`, '', table, '', ...best, ...reasons].join('\n'),
      warnings,
    };
  },
};
