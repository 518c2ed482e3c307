import { csvRecords } from '../../csv/csvRecords';
import { InputError } from '../../errors/inputError';
import type { Estimate, FitHistoryInput, HistoryFit } from '../../history/historyTypes';
import { readCampaigns } from '../../history/readCampaigns';
import { readListHistory } from '../../history/readListHistory';
import { readRetentionTable } from '../../history/readRetentionTable';
import { csvNumber } from '../../render/csvNumber';
import { fieldValueText } from '../../render/fieldValueText';
import { renderTable, tableFormats, type TableFormat } from '../../render/renderTable';
import { type CliMoneyFormat, type Command, formatOf, moneyFormatOf, numberOption, type Values } from '../options';
import { outputTarget } from '../outputTarget';
import { readCsvColumns } from '../readCsvColumns';
import { readCsvFile } from '../readCsvFile';
import { readJson } from '../readJson';
import { plainScenarioData } from '../readScenarioData';
import { terminalText } from '../terminalText';
import { writeOutput } from '../writeOutput';
import { fitHistory } from '../../history/fitHistory';

const formats = [...tableFormats, 'json'];

/** A string option's value, or undefined. */
const stringOption = (values: Values, name: string) => (typeof values[name] === 'string' ? values[name] : undefined);

/** Refuses `option` given without the option it goes with. */
function needs(values: Values, option: string, withOption: string): void {
  if (values[option] !== undefined && values[withOption] === undefined) throw new InputError([{ path: `--${option}`, rule: `goes with --${withOption}` }]);
}

/** Reads the files the options name into what `fitHistory` takes; any bad file an InputError naming its place. */
async function fitInput(values: Values, locale: string): Promise<FitHistoryInput> {
  const [campaigns, list, retention, base] = ['campaigns', 'list', 'retention', 'base'].map((name) => stringOption(values, name));
  if (campaigns === undefined && list === undefined && retention === undefined) {
    throw new InputError([{ path: 'fit', rule: 'needs at least one file: --campaigns c.csv, --list l.csv or --retention r.csv' }]);
  }
  needs(values, 'segment-by', 'campaigns');
  needs(values, 'columns', 'campaigns');
  needs(values, 'period-months', 'retention');
  const periodMonths = numberOption(values, 'period-months', undefined, true);
  if (retention !== undefined && periodMonths === undefined)
    throw new InputError([{ path: '--period-months', rule: 'is required with --retention: the months one period of the table spans (1 monthly, 12 yearly)' }]);
  if (periodMonths !== undefined && periodMonths < 1) throw new InputError([{ path: '--period-months', rule: 'must be 1 or more (months)' }]);
  const segmentBy = stringOption(values, 'segment-by');
  const columns = stringOption(values, 'columns');
  const baseData = base === undefined ? undefined : readJson(base, '--base');
  if (base !== undefined) plainScenarioData(baseData, base);
  const shown = (file: string) => (file === '-' ? 'standard input' : file);
  return {
    ...(campaigns === undefined
      ? {}
      : {
          campaigns: {
            file: shown(campaigns),
            rows: await readCampaigns(csvRecords(readCsvFile(campaigns, '--campaigns')), {
              file: shown(campaigns),
              locale,
              ...(columns === undefined ? {} : { columns: readCsvColumns(columns) }),
              ...(segmentBy === undefined ? {} : { segmentBy }),
            }),
          },
        }),
    ...(list === undefined
      ? {}
      : { list: { file: shown(list), rows: await readListHistory(csvRecords(readCsvFile(list, '--list')), { file: shown(list), locale }) } }),
    ...(retention === undefined
      ? {}
      : {
          retention: {
            file: shown(retention),
            periodMonths: periodMonths!,
            table: await readRetentionTable(csvRecords(readCsvFile(retention, '--retention')), { file: shown(retention), locale, periodMonths: periodMonths! }),
          },
        }),
    ...(baseData === undefined ? {} : { base: baseData }),
    ...(segmentBy === undefined ? {} : { bySegment: true }),
  };
}

/** The estimates as a table: field path, value, 90 % interval, the next campaign's spread, the data behind it. */
function estimatesText(estimates: readonly Estimate[], format: TableFormat, money: CliMoneyFormat): string {
  const header = ['field', 'value', '90 % interval', 'next campaign (90 %)', 'data'];
  if (format === 'csv') {
    const range = (r: readonly [number, number] | undefined) => (r === undefined ? ['', ''] : [csvNumber(r[0]), csvNumber(r[1])]);
    return renderTable(
      'csv',
      ['field', 'value', 'low', 'high', 'next campaign low', 'next campaign high', 'data'],
      estimates.map((e) => [e.path, csvNumber(e.value), ...range(e.interval), ...range(e.nextCampaign), e.note]),
    );
  }
  const text = (e: Estimate, v: number) => fieldValueText(e.path, v, money);
  const range = (e: Estimate, r: readonly [number, number] | undefined) => (r === undefined ? '' : `${text(e, r[0])} – ${text(e, r[1])}`);
  return renderTable(
    format,
    header,
    estimates.map((e) => [e.path, text(e, e.value), range(e, e.interval), range(e, e.nextCampaign), e.note]),
  );
}

/**
 * The `fit` command on a fitter: reads the campaign, list and retention exports named by its options
 * (streamed, every bad cell an exit 2 naming its file, row and column, nothing written), fits them with
 * `fit`, prints each estimate with its 90 % interval, the next campaign's spread and the data behind it,
 * and writes the fitted scenario file with `--write`. `--write` needs `--base`: without the base's
 * budget, discount rate and the rest that history cannot tell, the written file could not be run.
 *
 * @param fit - the estimation (`fitHistory`)
 * @returns the command
 *
 * @example
 * const command = fitCommandWith(() => ({ file: {}, estimates: [], warnings: [], evidence: {} }));
 * command.name //=> 'fit'
 */
export function fitCommandWith(fit: (input: FitHistoryInput) => HistoryFit): Command {
  return {
    name: 'fit',
    summary: 'fits inputs to your own history: campaign, list-size and retention exports (CSV) become a scenario file with each estimate’s uncertainty',
    usage:
      'email-npv fit [--campaigns c.csv] [--list l.csv] [--retention r.csv --period-months N] [--base scenario.json] [--segment-by COLUMN] [--columns field="Column",…] [--write out.json] [--format table|md|csv|json]',
    examples: ['email-npv fit --campaigns examples/history/campaigns.csv --base examples/moller-article.json'],
    formats,
    takesNoFile: true,
    options: {
      campaigns: {
        type: 'string',
        value: 'FILE',
        description: 'a campaign export (one row per campaign; Klaviyo, Mailchimp, Brevo, HubSpot, Campaign Monitor and MailerLite columns are recognised)',
      },
      list: { type: 'string', value: 'FILE', description: 'the list size by date: date, subscribers (and new, unsubscribed where known)' },
      retention: {
        type: 'string',
        value: 'FILE',
        description: 'a retention table (period,alive; cohort,period,alive; tenure,churned,active) or an audience export with sign-up and unsubscribe dates',
      },
      'period-months': {
        type: 'string',
        value: 'N',
        description: 'the months one period of --retention spans (1 monthly, 12 yearly); required with --retention',
      },
      base: {
        type: 'string',
        value: 'FILE',
        description: 'a scenario file giving what history cannot (budget, discount rate, investment…); the fitted fields replace its values',
      },
      'segment-by': {
        type: 'string',
        value: 'COLUMN',
        description: 'a column of --campaigns (a list or tag name): one set of estimates per segment, written as segments',
      },
      columns: {
        type: 'string',
        value: 'PAIRS',
        description: 'names the columns of --campaigns the ESP names miss, e.g. delivered="Successful Deliveries",opens="Unique Opens"',
      },
      write: {
        type: 'string',
        value: 'FILE',
        description:
          'writes the fitted scenario file (needs --base; never one of the input files); - writes it to standard output (the summary then goes to standard error)',
      },
    },
    async run(_file, values) {
      const format = formatOf(values, formats);
      const money = moneyFormatOf(values);
      const write = stringOption(values, 'write');
      if (write !== undefined && values.base === undefined) {
        throw new InputError([
          {
            path: '--write',
            rule: 'needs --base: a scenario file with what history cannot tell (budget, discount rate, investment…), for the fitted fields to go into (without it the file could not be run)',
          },
        ]);
      }
      const inputs = ['campaigns', 'list', 'retention', 'base'].map((name) => stringOption(values, name));
      const target = write === undefined ? undefined : outputTarget('--write', write, inputs);
      const result = fit(await fitInput(values, money.locale));
      const summary =
        format === 'json'
          ? JSON.stringify({ estimates: result.estimates, warnings: result.warnings, evidence: result.evidence }, null, 2)
          : estimatesText(result.estimates, format as TableFormat, money);
      const written = target === undefined ? undefined : await writeOutput(target, `${JSON.stringify(result.file, null, 2)}\n`);
      const text = target === undefined || target.path === '-' ? summary : `${summary}\n\nwrote ${target.path}`;
      if (written === undefined) return { text, warnings: result.warnings };
      process.stderr.write(terminalText(`${text}\n`));
      return { text: written, warnings: result.warnings };
    },
  };
}

/** The `fit` command: the exports fitted by `fitHistory`. */
export const fitCommand: Command = fitCommandWith(fitHistory);
