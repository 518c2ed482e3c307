import { z } from 'zod';
import type { ReportData } from '../../report/buildReport';
import { requireArgument } from '../../errors/argument';
import { optionsArgument } from '../../errors/optionsArgument';
import { isPlainObject } from '../../json/isPlainObject';
import { parseWith } from '../../schema/parseWith';
import type { PublishedNpvs } from '../comparisonRows';
import { escapeMarkup } from '../escapeMarkup';
import { moneyFormatSchema } from '../moneyFormatSchema';
import { textSchema } from '../../schema/textSchema';
import { analysisSectionData } from './analysisSectionData';
import { chartsSection } from './chartsSection';
import { comparisonSection } from './comparisonSection';
import { historySection } from './historySection';
import { inputsSection } from './inputsSection';
import { segmentsSection } from './segmentsSection';
import { renderReportSection, type ReportSectionData } from './reportSection';
import { reportStyles } from './reportStyles';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The report's title (default: the file's `report.title`, else its `name`, else "Email marketing NPV report"). */
  readonly title?: string;
  /** ISO 4217 currency of the money shown (default "USD"). */
  readonly currency?: string;
  /** BCP 47 locale of every number (default "en-US"). */
  readonly locale?: string;
  /** Published NPVs to show beside the model's in the comparison tables (e.g. an article's). */
  readonly published?: PublishedNpvs;
  /** More analysis sections (sensitivity, Monte Carlo) as plain data, shown after the report's own, in this order. */
  readonly sections?: readonly ReportSectionData[];
}

const ReportOptions = moneyFormatSchema({
  title: textSchema(300).optional(),
  published: z.custom<PublishedNpvs>((value) => value instanceof Map, { error: 'must be a Map: scenario name → Map(years → NPV)' }).optional(),
  sections: z.array(z.unknown(), { error: 'must be a list of sections' }).max(50, { error: 'must hold at most 50 sections' }).default([]),
});

/** No script, no network: the report only ever shows what it holds (also a second guard behind the escaping). */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A report's data (see `buildReport`) as one self-contained HTML document: inline CSS and SVG, no
 * script, no network, no web font; fits a laptop screen and prints cleanly. In order: the title and
 * a table of contents; which strategy wins at each horizon and the comparison tables (winner
 * highlighted); the cumulative NPV and subscribers charts with the horizons marked; when scenarios have
 * segments, what each segment contributes to the NPV at each horizon and a chart of each segment's subscribers; the analysis
 * sections (the report's sensitivity tornado and Monte Carlo fans and percentiles, then the
 * `sections` given); when the file has a `history` (written by `fit`), what it says: each campaign's rates against the
 * fitted means and their bands, the list's size and the retention curve, observed and fitted; the inputs (the baseline's every field with its unit, its segments, moves and
 * retention, each hypothesis as its differences from the baseline). Every user-provided string is escaped. A pure view: it computes
 * nothing, and the same data and options give the same string.
 *
 * The numbers are those of `compareScenarios` (exact decimals, rounded only when written).
 *
 * @param data - the report's data, from `buildReport`; not mutated
 * @param options - title, currency and locale, published NPVs, more sections
 * @returns the HTML document
 * @throws {InputError} listing every problem, e.g. `currency: …`, `sections[0].bars[2].low: must be a finite number`
 *
 * @example
 * const html = renderReport(buildReport(articleFile), { currency: 'USD', locale: 'en-US' });
 * html.startsWith('<!doctype html>') //=> true
 * (html.match(/<svg /g) ?? []).length //=> 4 (the NPV and subscribers charts, each drawn for wide and for narrow screens)
 */
export function renderReport(data: ReportData, options: ReportOptions = {}): string {
  requireArgument(
    'data',
    data,
    isPlainObject(data) && isPlainObject(data.comparison) && isPlainObject(data.resolved),
    'the data of a report, from buildReport',
  );
  const o = parseWith(ReportOptions, optionsArgument(options));
  const format = { currency: o.currency, locale: o.locale };
  const { comparison } = data;
  const { file, scenarios } = data.resolved;
  const title = o.title ?? data.title ?? file.name ?? 'Email marketing NPV report';
  const added = [...analysisSectionData(data, format), ...(o.sections as ReportSectionData[])];

  const sections = [
    comparisonSection(comparison, format, o.published),
    chartsSection(data, format),
    ...[segmentsSection(data, format)].filter((section) => section !== undefined),
    ...added.map((section, index) => renderReportSection(section, index, format)),
    ...[historySection(data.history, format, file.baseline.retention?.periodMonths)].filter((section) => section !== undefined),
    inputsSection(data, format),
  ];
  const contents = sections.map((section) => `<a href="#${section.id}">${escapeMarkup(section.title)}</a>`);
  const horizons = comparison.horizons.map((h) => h.years).join(', ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="generator" content="email-npv">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${reportStyles}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    `<h1>${escapeMarkup(title)}</h1>`,
    `<p>${scenarios.length} scenarios compared over ${escapeMarkup(horizons)} years by net present value (NPV), in ${escapeMarkup(o.currency)}.</p>`,
    `<nav aria-label="Contents">${contents.join('')}</nav>`,
    '</header>',
    '<main>',
    ...sections.map((section) => section.html),
    '</main>',
    '<footer>Made with email-npv. Money is computed exactly and rounded only where it is written; each month’s net cash flow is discounted at the end of the month at the effective annual discount rate, the investment is paid at t = 0.</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
