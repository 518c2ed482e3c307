import { z } from 'zod';
import { InputError } from '../../errors/inputError';
import { parseWith } from '../../schema/parseWith';
import type { MoneyFormat } from '../formatMoney';
import { type HtmlSection, htmlSection } from './htmlSection';
import { monteCarloSection, type MonteCarloSectionData } from './monteCarloSection';
import { sensitivitySection, type SensitivitySectionData } from './sensitivitySection';
import { textSchema } from '../../schema/textSchema';
import { isWholeMonths } from '../../schema/horizon';

/**
 * An optional section of the report, as plain data: `kind` says which. Pass them to `renderReport`
 * in `sections`, in the order they should appear (after the charts).
 */
export type ReportSectionData = SensitivitySectionData | MonteCarloSectionData;

const money = z.number({ error: 'must be a finite number (money)' });
const probability = z.number({ error: 'must be a number' }).min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' });
const years = z
  .number({ error: 'must be a number of years' })
  .min(1 / 12, { error: 'must be at least one month (1/12 year)' })
  .max(100, { error: 'must be at most 100 years' })
  .refine(isWholeMonths, { error: 'must be a whole number of months (years × 12)' });

type Format = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;
type Kind = ReportSectionData['kind'];
type Renderer<K extends Kind> = (data: Extract<ReportSectionData, { kind: K }>, id: string, format: Format) => { title: string; body: string };

/** How each kind of section is titled and drawn. A new kind of section is one module, one entry here and one schema below. */
const renderers: { readonly [K in Kind]: Renderer<K> } = {
  sensitivity: (data, id, format) => ({ title: data.title ?? `Sensitivity of ${data.scenario}`, body: sensitivitySection(data, id, format) }),
  monteCarlo: (data, id, format) => ({ title: data.title ?? `Monte Carlo: ${data.scenario}`, body: monteCarloSection(data, id, format) }),
};

/** The data of each kind of section, checked before it is drawn (the charts check their own `bars` and `band`). */
const SectionData = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('sensitivity'),
      title: textSchema(200).optional(),
      scenario: textSchema(300),
      horizonYears: years.optional(),
      base: money,
      bars: z.array(z.unknown(), { error: 'must be a list of { label, low, high }' }),
      note: textSchema(5000).optional(),
    }),
    z.object({
      kind: z.literal('monteCarlo'),
      title: textSchema(200).optional(),
      scenario: textSchema(300),
      baseline: textSchema(300).optional(),
      runs: z.number({ error: 'must be a whole number of runs' }).int({ error: 'must be a whole number of runs' }).min(1, { error: 'must be 1 or more' }),
      seed: z.number({ error: 'must be a number' }).optional(),
      band: z.array(z.unknown(), { error: 'must be a list of { month, p5, p50, p95 }' }),
      percentiles: z
        .array(
          z.object({
            years,
            p5: money,
            p50: money,
            p95: money,
            probabilityNegative: probability.optional(),
            probabilityBeatsBaseline: probability.optional(),
          }),
          { error: 'must be a list of { years, p5, p50, p95, probabilityNegative?, probabilityBeatsBaseline? }' },
        )
        .max(20, { error: 'must hold at most 20 horizons' }),
      note: textSchema(5000).optional(),
    }),
  ],
  { error: 'must be a section { kind: "sensitivity" | "monteCarlo", … }' },
);

/**
 * One optional section of the report, checked and drawn: `<section id="section-<n>">` with its heading
 * and body. Problems are reported with the section's place, e.g. `sections[0].bars[2].low: must be a finite number`.
 *
 * @param section - the section's data (see {@link ReportSectionData})
 * @param index - its place in `sections`, 0-based (also makes its ids unique)
 * @param format - currency and locale
 * @returns the section, drawn
 * @throws {InputError} listing every problem of the section's data
 *
 * @example
 * renderReportSection({ kind: 'sensitivity', scenario: 'baseline', base: 97797, bars: [{ label: 'openRate', low: 80000, high: 115000 }] }, 0, { currency: 'USD', locale: 'en-US' })
 * //=> { id: 'section-1', title: 'Sensitivity of baseline', html: '<section id="section-1" aria-labelledby="section-1-title">\n<h2 id="section-1-title">Sensitivity of baseline</h2>…' }
 */
export function renderReportSection(section: ReportSectionData, index: number, format: Format): HtmlSection {
  const prefix = `sections[${index}]`;
  const data = parseWith(SectionData, section, ['sections', index]) as ReportSectionData;
  const id = `section-${index + 1}`;
  try {
    const { title, body } = (renderers[data.kind] as Renderer<Kind>)(data, id, format);
    return htmlSection(id, title, [body]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, rule: p.rule })));
  }
}
