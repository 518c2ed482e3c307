import { resolve } from 'node:path';
import { buildReport } from '../../report/buildReport';
import { readReportFile } from '../../report/readReportFile';
import { renderReport } from '../../render/report/renderReport';
import { InputError } from '../../errors/inputError';
import { outputTarget } from '../outputTarget';
import { readJson } from '../readJson';
import { namingFile } from '../namingFile';
import { readObservedFile } from '../readObservedFile';
import { writeOutput } from '../writeOutput';
import { horizonsOf, horizonsOptionSpec } from '../horizonOptions';
import { type Command, moneyFormatOf, required } from '../options';
import { publishedFrom } from './compare';

export const reportCommand: Command = {
  name: 'report',
  summary:
    'one self-contained HTML report of a scenario file: winners, comparison tables, charts, inputs, and the sensitivity and Monte Carlo its "report" section asks for',
  usage: 'email-npv report <file|-> --out report.html [--horizons Y1,Y2,…] [--observed <file>] [--title "…"] [--currency USD --locale en-US]',
  examples: [
    'email-npv report examples/moller-article.json --out report.html',
    'email-npv report examples/moller-uncertain.json --out report.html',
    'email-npv report examples/moller-article.json --out report.html --observed examples/moller-article.observed.json --currency EUR --locale de-DE',
  ],
  formats: ['html'],
  options: {
    out: {
      type: 'string',
      value: 'FILE',
      description: 'the HTML file to write (required; - writes to standard output). Written whole or not at all; never one of the input files',
    },
    horizons: horizonsOptionSpec,
    observed: { type: 'string', value: 'FILE', description: 'observed (published) NPVs to show beside the model, as calibrate reads them' },
    title: {
      type: 'string',
      value: 'TEXT',
      description: 'the title of the report',
      default: `the file's report.title, else its name, else "Email marketing NPV report"`,
    },
  },
  async run(file, values) {
    if (values.format !== undefined && values.format !== 'html')
      throw new InputError([{ path: '--format', rule: 'must be html (the report is one HTML file)' }]);
    const out = required(values.out, '--out', 'is required: the HTML file to write, e.g. --out report.html, or - for standard output');
    const target = outputTarget('--out', out, [file, typeof values.observed === 'string' ? values.observed : undefined]);
    const data = readJson(file);
    const reportFile = namingFile(file, () => readReportFile(data)); // the file checked whole, once: its problems name it
    const horizonsYears = horizonsOf(values, data);
    const money = moneyFormatOf(values);
    const report = buildReport(reportFile, { horizonsYears });
    const observed = typeof values.observed === 'string' ? readObservedFile(values.observed, report.resolved, horizonsYears) : undefined;
    const published = observed === undefined ? undefined : publishedFrom(observed.observed.observed);
    const title = typeof values.title === 'string' ? values.title : undefined;
    const html = renderReport(report, {
      ...money,
      ...(published === undefined ? {} : { published }),
      ...(title === undefined ? {} : { title }),
    });
    const warnings = [...report.comparison.warnings, ...(observed?.warnings ?? [])];
    const printed = await writeOutput(target, html);
    return { text: printed ?? `wrote ${resolve(out)} (${(Buffer.byteLength(html) / 1024).toFixed(1)} kB)`, warnings };
  },
};
