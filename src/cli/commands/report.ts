import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analysisSections } from '../../render/report/analysisSections';
import { renderReport } from '../../render/report/renderReport';
import { InputError } from '../../schema/inputError';
import { readJson } from '../readJson';
import { type Command, moneyFormatOf, numberListOption, required } from '../options';
import { type ObservedFile, publishedFrom } from './compare';

export const reportCommand: Command = {
  name: 'report',
  summary: 'one self-contained HTML report of a scenario file: winners, comparison tables, charts, inputs, and the sensitivity and Monte Carlo its "report" section asks for',
  usage: 'email-npv report <file|-> --out report.html [--horizons 1,3,5] [--observed <file>] [--title "…"] [--currency USD --locale en-US]',
  examples: [
    'email-npv report examples/moller-article.json --out report.html',
    'email-npv report examples/moller-uncertain.json --out report.html',
    'email-npv report examples/moller-article.json --out report.html --observed examples/moller-article.observed.json --currency EUR --locale de-DE',
  ],
  options: { out: { type: 'string' }, horizons: { type: 'string' }, observed: { type: 'string' }, title: { type: 'string' } },
  run(file, values) {
    if (values.format !== undefined && values.format !== 'html') throw new InputError([{ path: '--format', rule: 'must be html (the report is one HTML file)' }]);
    const out = required(values.out, '--out', 'is required: the HTML file to write, e.g. --out report.html');
    const horizonsYears = numberListOption(values, 'horizons');
    const published = typeof values.observed === 'string' ? publishedFrom((readJson(values.observed, '--observed') as ObservedFile).observed) : undefined;
    const money = moneyFormatOf(values);
    const horizons = horizonsYears === undefined ? {} : { horizonsYears };
    const analysis = analysisSections(readJson(file), { ...money, ...horizons });
    const title = typeof values.title === 'string' ? values.title : analysis.title;
    const html = renderReport(analysis.file, {
      ...money,
      ...horizons,
      ...(published === undefined ? {} : { published }),
      ...(title === undefined ? {} : { title }),
      sections: analysis.sections,
    });
    try {
      writeFileSync(out, html);
    } catch (error) {
      throw new InputError([{ path: '--out', rule: `cannot be written: ${(error as Error).message}` }]);
    }
    return `wrote ${resolve(out)} (${(Buffer.byteLength(html) / 1024).toFixed(1)} kB)`;
  },
};
