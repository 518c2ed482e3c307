import { FrequencyFatigue, type FrequencyFatigueData } from '../../analysis/frequency/fatigueSpec';
import { type ListFrequencyResult, optimiseFrequency } from '../../analysis/frequency/optimiseFrequency';
import type { FrequencyNpvs } from '../../analysis/frequency/fatigueAt';
import type { SegmentedFrequencyResult } from '../../analysis/frequency/optimiseSegmentFrequencies';
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
function fatigueOption(values: Values): FrequencyFatigueData | undefined {
  const elasticities = {
    openRateElasticity: numberOption(values, 'open-elasticity'),
    clickRateElasticity: numberOption(values, 'click-elasticity'),
    churnPerEmailElasticity: numberOption(values, 'churn-elasticity'),
  };
  const anyElasticity = Object.values(elasticities).some((e) => e !== undefined);
  if (typeof values.fatigue === 'string') {
    if (anyElasticity)
      throw new InputError([{ path: '--fatigue', rule: 'give either a fatigue file or the --open/--click/--churn-elasticity options, not both' }]);
    return readInputFile(values.fatigue, '--fatigue', FrequencyFatigue);
  }
  return anyElasticity ? { model: 'power', ...elasticities } : undefined;
}

/** One row per frequency: the fatigued rates and the NPV at each horizon, ★ at `best[h]` (the best frequency at horizon h). */
function frequencyRows(frequencies: readonly FrequencyNpvs[], best: readonly number[], money: MoneyFormat): string[][] {
  const percent = (rate: number | undefined) => (rate === undefined ? '—' : percentText(rate, money.locale ?? 'en-US', 2));
  return frequencies.map((f) => [
    String(f.emailsPerMonth),
    percent(f.openRate),
    percent(f.clickRate),
    percent(f.churnPerEmail),
    ...best.map((b, i) =>
      f.infeasible !== null ? 'infeasible' : `${formatMoney(decimalCalculator.from(f.npvs[i]!), money)}${b === f.emailsPerMonth ? ' ★' : ''}`,
    ),
  ]);
}

/** The CSV cells of one frequency: rates, the NPV at each horizon, the reason it is infeasible. */
const csvCells = (f: FrequencyNpvs, horizons: number) => [
  csvNumber(f.emailsPerMonth),
  csvNumber(f.openRate ?? null),
  csvNumber(f.clickRate),
  csvNumber(f.churnPerEmail),
  ...Array.from({ length: horizons }, (_, i) => csvNumber(f.npvs[i] ?? null, 2)),
  f.infeasible ?? '',
];

const tableHeader = (years: readonly { years: number }[]) => [
  'emails/month',
  'open rate',
  'click rate',
  'churn/email',
  ...years.map((h) => `NPV ${yearsText(h.years)}`),
];
const csvHeader = (years: readonly { years: number }[]) => [
  'emailsPerMonth',
  'openRate',
  'clickRate',
  'churnPerEmail',
  ...years.map((h) => `npv ${h.years}y`),
  'infeasible',
];

/** The one-list result as a table, or CSV. */
function listText(result: ListFrequencyResult, format: string, money: MoneyFormat): string {
  if (format === 'csv')
    return renderTable(
      'csv',
      csvHeader(result.horizons),
      result.frequencies.map((f) => csvCells(f, result.horizons.length)),
    );
  const best = result.horizons.map((h) => h.bestEmailsPerMonth);
  const table = renderTable(format as TableFormat, tableHeader(result.horizons), frequencyRows(result.frequencies, best, money));
  const lines = result.horizons.map(
    (h) => `best at ${yearsText(h.years)}: ${h.bestEmailsPerMonth} emails a month, NPV ${formatMoney(h.npv, { ...money, fractionDigits: 2 })}`,
  );
  const reasons = result.frequencies.filter((f) => f.infeasible !== null).map((f) => `${f.emailsPerMonth} emails a month is infeasible: ${f.infeasible}`);
  return [`NPV by send frequency (the input sends ${result.ownEmailsPerMonth} a month; ★ best per horizon)`, '', table, '', ...lines, ...reasons].join('\n');
}

/** The segmented result: one table per segment (the others at each horizon's best), then the best frequencies; or CSV with a segment column. */
function segmentedText(result: SegmentedFrequencyResult, format: string, money: MoneyFormat): string {
  if (format === 'csv') {
    const rows = result.segments.flatMap((s) => s.frequencies.map((f) => [s.name, ...csvCells(f, result.horizons.length)]));
    return renderTable('csv', ['segment', ...csvHeader(result.horizons)], rows);
  }
  const heading = (text: string) => (format === 'md' ? `### ${text}` : text);
  const tables = result.segments.flatMap((s) => {
    const best = result.horizons.map((h) => h.bestEmailsPerMonth[s.name]!);
    const reasons = s.frequencies.filter((f) => f.infeasible !== null).map((f) => `${f.emailsPerMonth} emails a month is infeasible: ${f.infeasible}`);
    return [
      heading(`${s.name} (sends ${s.ownEmailsPerMonth} a month)`),
      '',
      renderTable(format as TableFormat, tableHeader(result.horizons), frequencyRows(s.frequencies, best, money)),
      '',
      ...(reasons.length === 0 ? [] : [...reasons, '']),
    ];
  });
  const lines = result.horizons.map((h) => {
    const each = Object.entries(h.bestEmailsPerMonth).map(([name, e]) => `${name} ${e}`);
    const rounds = `${h.rounds} round${h.rounds === 1 ? '' : 's'}`;
    return `best at ${yearsText(h.years)}: ${each.join(', ')} emails a month, NPV ${formatMoney(h.npv, { ...money, fractionDigits: 2 })} (${rounds})`;
  });
  const intro =
    'NPV by send frequency, per segment (each segment’s frequency varied with the others at the best for that horizon; ★ best per horizon). ' +
    'Found by coordinate search: one segment optimised with the others fixed, in turn, until a round changes nothing.';
  return [intro, '', ...tables, ...lines].join('\n');
}

const formats = [...tableFormats, 'json'];

export const optimiseCommand: Command = {
  name: 'optimise',
  summary: 'the NPV of every send frequency (with fatigue of opens, clicks and churn) and the best one per horizon, per segment on a segmented scenario',
  usage:
    'email-npv optimise <file|-> [--scenario NAME] [--horizons Y1,Y2,…] [--min N] [--max N] [--fatigue <fatigue.json> | --open-elasticity=E --click-elasticity=E --churn-elasticity=E] [--format table|md|csv|json]',
  examples: [
    'email-npv optimise examples/moller-article.json --open-elasticity=-0.3293 --click-elasticity=-0.5503',
    'email-npv optimise examples/moller-article.json --scenario H2 --horizons 5 --max 8 --format md',
    'email-npv optimise examples/segments.json --open-elasticity=-0.3 --churn-elasticity=0.5 --max 10',
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
      description: 'how open, click and churn rates move with the frequency (points or a power law; or { "segments": { name: curve } }, one per segment)',
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
    const money = { ...moneyFormatOf(values), fractionDigits: 0 };
    return { text: 'segments' in result ? segmentedText(result, format, money) : listText(result, format, money), warnings };
  },
};
