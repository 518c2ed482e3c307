import { z } from 'zod';
import { compareScenarios } from '../../scenarios/compareScenarios';
import { resolveHypotheses } from '../../scenarios/resolveHypotheses';
import { HorizonsYears, parseScenarioFile } from '../../scenarios/scenarioFile';
import { parseWith } from '../../schema/parseWith';
import type { PublishedNpvs } from '../comparisonRows';
import { escapeMarkup } from '../escapeMarkup';
import { moneyFormatSchema } from '../moneyFormatSchema';
import { chartsSection } from './chartsSection';
import { comparisonSection } from './comparisonSection';
import { inputsSection } from './inputsSection';
import { renderReportSection, type ReportSectionData } from './reportSection';
import { reportStyles } from './reportStyles';
import { textSchema } from '../textSchema';
import { optionsArgument } from '../../errors/optionsArgument';
import { checkWork, WORK_LIMITS } from '../../scenarios/workLimits';

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** The report's title (default: the file's `name`, else "Email marketing NPV report"). */
  readonly title?: string;
  /** Horizons in years, instead of the file's `horizonsYears`. */
  readonly horizonsYears?: readonly number[];
  /** ISO 4217 currency of the money shown (default "USD"). */
  readonly currency?: string;
  /** BCP 47 locale of every number (default "en-US"). */
  readonly locale?: string;
  /** Published NPVs to show beside the model's in the comparison tables (e.g. an article's). */
  readonly published?: PublishedNpvs;
  /** Optional analysis sections (sensitivity, Monte Carlo), shown after the charts in this order. */
  readonly sections?: readonly ReportSectionData[];
}

const ReportOptions = moneyFormatSchema({
  title: textSchema(300).optional(),
  horizonsYears: HorizonsYears.optional(),
  published: z.custom<PublishedNpvs>((value) => value instanceof Map, { error: 'must be a Map: scenario name → Map(years → NPV)' }).optional(),
  sections: z.array(z.unknown(), { error: 'must be a list of sections' }).max(50, { error: 'must hold at most 50 sections' }).default([]),
});

/** No script, no network: the report only ever shows what it holds (also a second guard behind the escaping). */
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * A scenario file as one self-contained HTML report: inline CSS and SVG, no script, no network, no
 * web font; fits a laptop screen and prints cleanly. In order: the title and a table of contents;
 * which strategy wins at each horizon and the comparison tables (winner highlighted); the cumulative
 * NPV and subscribers charts with the horizons marked; the optional `sections` (sensitivity tornado,
 * Monte Carlo fan and percentiles); the inputs (the baseline's every field with its unit, each
 * hypothesis as its differences from the baseline). Every user-provided string is escaped.
 * Deterministic: the same file and options give the same string.
 *
 * The numbers are those of `compareScenarios` (exact decimals, rounded only when written); the
 * subscribers chart runs the model once more per scenario on floats.
 *
 * @param file - a scenario file, typically parsed JSON (see `ScenarioFile`); not mutated
 * @param options - title, horizons, currency and locale, published NPVs, optional sections
 * @returns the HTML document
 * @throws {InputError} listing every problem, e.g. `hypotheses.H1.openRate: …`, `currency: …`,
 *   `sections[0].bars[2].low: must be a finite number`
 *
 * @example
 * const html = renderReport(articleFile, { currency: 'USD', locale: 'en-US' });
 * html.startsWith('<!doctype html>') //=> true
 * (html.match(/<svg /g) ?? []).length //=> 2
 */
export function renderReport(file: unknown, options: ReportOptions = {}): string {
  const o = parseWith(ReportOptions, optionsArgument(options));
  const format = { currency: o.currency, locale: o.locale };
  const parsed = parseScenarioFile(file);
  const hypothesisCount = Object.keys(parsed.hypotheses).length;
  checkWork('hypotheses', [[hypothesisCount, 'hypotheses']], 'hypotheses', WORK_LIMITS.reportHypotheses, 'in a report (each chart draws the baseline and every hypothesis, 100 lines at most)');
  const scenarios = resolveHypotheses(parsed);
  const comparison = compareScenarios(file, o.horizonsYears === undefined ? {} : { horizonsYears: o.horizonsYears });
  const title = o.title ?? parsed.name ?? 'Email marketing NPV report';
  const rawBaseline = (file as { baseline?: unknown }).baseline;

  const sections = [
    comparisonSection(comparison, format, o.published),
    chartsSection(comparison, scenarios, format),
    ...o.sections.map((section, index) => renderReportSection(section as ReportSectionData, index, format)),
    inputsSection(parsed, rawBaseline, scenarios, format),
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
