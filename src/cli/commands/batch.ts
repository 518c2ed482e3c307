import { statSync } from 'node:fs';
import { CsvError } from '../../csv/csvError';
import { InputError } from '../../errors/inputError';
import { MAX_DRAWS } from '../../analysis/uncertainty/simulationSettings';
import { HorizonsYears } from '../../scenarios/scenarioFile';
import { parseWith } from '../../schema/parseWith';
import type { BatchSettings } from '../../batch/batchResult';
import { defaultWorkers } from '../../parallel/defaultWorkers';
import { progressLine } from '../../parallel/progressLine';
import { runBatch, type BatchRun } from '../../parallel/runBatch';
import { readErrorReasons } from '../readInputFile';
import { outputTarget } from '../outputTarget';
import { type Command, formatOf, numberListOption, numberOption, type Values } from '../options';

const formats = ['ndjson', 'csv'];
const MAX_WORKERS = 256;

/** `--shard k/n`: k counts from 0 (as JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX do), 0 ≤ k < n. */
function shardOf(values: Values): BatchRun['shard'] {
  if (values.shard === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(String(values.shard));
  const [index, count] = match === null ? [Number.NaN, Number.NaN] : [Number(match[1]), Number(match[2])];
  if (!(count >= 1 && index < count && count <= 1_000_000))
    throw new InputError([
      {
        path: '--shard',
        rule: `must be k/n with 0 ≤ k < n, e.g. 0/4 (k counts from 0, as JOB_COMPLETION_INDEX and AWS_BATCH_JOB_ARRAY_INDEX do), got "${String(values.shard)}"`,
      },
    ]);
  return { index, count };
}

/** A whole-number option within bounds, or the fallback. */
function wholeOption(values: Values, name: string, low: number, high: number, fallback?: number): number | undefined {
  const value = numberOption(values, name, fallback, true);
  if (value !== undefined && (value < low || value > high))
    throw new InputError([{ path: `--${name}`, rule: `must be a whole number from ${low} to ${high}` }]);
  return value;
}

/** The input's format: `--input-format`, else by the file's name (`.csv` → csv), else NDJSON. */
function inputFormatOf(file: string, values: Values): 'ndjson' | 'csv' {
  const given = values['input-format'];
  if (given === undefined) return /\.csv$/i.test(file) ? 'csv' : 'ndjson';
  if (given !== 'ndjson' && given !== 'csv') throw new InputError([{ path: '--input-format', rule: 'must be one of ndjson, csv' }]);
  return given;
}

/** The input file, checked readable before the run starts. */
function checkInput(file: string): void {
  if (file === '-') return;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError([{ path: 'file', rule: `cannot be read (${readErrorReasons[code] ?? (error as Error).message})` }], file);
  }
}

export const batchCommand: Command = {
  name: 'batch',
  summary: 'many scenarios at once, one a line (NDJSON or CSV), on worker threads: the NPVs of each, resumable and shardable',
  usage:
    'email-npv batch <file|-> [--out FILE] [--format ndjson|csv] [--horizons Y1,Y2,…] [--workers N] [--resume] [--shard k/n] [--draws N --seed N] [--exact] [--quiet]',
  examples: [
    'email-npv batch examples/lists.ndjson --out results.ndjson',
    'email-npv batch examples/lists.csv --out results.csv --format csv --horizons 1,5 --workers 4',
    'email-npv batch lists.ndjson --out part-$JOB_COMPLETION_INDEX.ndjson --shard $JOB_COMPLETION_INDEX/10 --resume',
    'email-npv batch uncertain.ndjson --out results.ndjson --draws 2000 --seed 7',
  ],
  formats,
  options: {
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where the results go, one line (or CSV rows) per input line, in input order; written as FILE.partial, renamed when done',
      default: '- (standard output)',
    },
    'input-format': { type: 'string', value: 'ndjson|csv', description: 'how the input is written', default: 'csv for a file ending in .csv, else ndjson' },
    horizons: {
      type: 'string',
      value: 'Y1,Y2,…',
      description: 'horizons in years, separated by commas, for every line',
      default: "a scenario file's horizonsYears, else 1,3,5",
    },
    workers: { type: 'string', value: 'N', description: 'worker threads (0: compute on the main thread)', default: 'the cores' },
    resume: { type: 'boolean', description: 'continue an interrupted run from FILE.partial, after its last complete line (else start)' },
    shard: {
      type: 'string',
      value: 'k/n',
      description: 'compute only the lines whose number (from 1) is ≡ k (mod n); k counts from 0, e.g. $JOB_COMPLETION_INDEX/10',
    },
    draws: { type: 'string', value: 'N', description: `Monte Carlo draws per line (P5, P50, P95, and P(beats) for a scenario file), at most ${MAX_DRAWS}` },
    seed: {
      type: 'string',
      value: 'N',
      description: 'the batch seed: line n draws with seed (N + n × 2654435761) mod 2^32, whatever the workers',
      default: '1',
    },
    exact: { type: 'boolean', description: 'exact decimal NPVs, as text (the exact path: slower), instead of floats' },
    quiet: { type: 'boolean', description: 'no progress line and no summary on standard error' },
  },
  async run(file, values) {
    const format = formatOf(values, formats) as 'ndjson' | 'csv';
    const inputFormat = inputFormatOf(file, values);
    const out = typeof values.out === 'string' ? values.out : '-';
    if (values.resume === true && out === '-') throw new InputError([{ path: '--resume', rule: 'needs --out FILE: standard output cannot be continued' }]);
    outputTarget('--out', out, [file]);
    checkInput(file);
    const horizons = numberListOption(values, 'horizons');
    const draws = wholeOption(values, 'draws', 1, MAX_DRAWS);
    const seed = wholeOption(values, 'seed', 0, 2 ** 32 - 1);
    if (seed !== undefined && draws === undefined) throw new InputError([{ path: '--seed', rule: 'seeds the draws: give --draws too' }]);
    const settings: BatchSettings = {
      ...(horizons === undefined ? {} : { horizonsYears: parseWith(HorizonsYears, horizons, ['--horizons']) }),
      ...(draws === undefined ? {} : { draws, seed: seed ?? 1 }),
      ...(values.exact === true ? { exact: true } : {}),
    };
    const quiet = values.quiet === true;
    const terminal = !quiet && process.stderr.isTTY === true;
    const started = performance.now();
    let shown = 0;
    let summary;
    try {
      summary = await runBatch({
        input: file,
        inputFormat,
        out,
        format,
        settings,
        workers: wholeOption(values, 'workers', 0, MAX_WORKERS, defaultWorkers())!,
        resume: values.resume === true,
        shard: shardOf(values),
        ...(terminal
          ? {
              onProgress: (lines: number, bytesRead: number, bytesTotal: number | undefined) => {
                const now = performance.now();
                if (now - shown < 200) return;
                shown = now;
                process.stderr.write(`\r\u001b[K${progressLine(lines, (now - started) / 1000, bytesRead, bytesTotal)}`);
              },
            }
          : {}),
      });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      const kept = out === '-' ? '' : ` (the results before it are in ${out}.partial: correct the file, then run again with --resume)`;
      throw new InputError([{ path: CsvError.place(error.row, error.column), rule: `${error.rule}${kept}` }], file);
    }
    if (terminal) process.stderr.write('\r\u001b[K');
    if (!quiet) {
      const resumed = summary.resumedAfter > 0 ? ` (resumed after line ${summary.resumedAfter})` : '';
      process.stderr.write(
        `batch: ${summary.lines.toLocaleString('en-US')} lines, ${summary.failed.toLocaleString('en-US')} failed, ${summary.seconds.toFixed(1)} s${resumed}\n`,
      );
    }
    if (summary.failed > 0) process.exitCode = 2;
    return { text: '' };
  },
};
