import { z } from 'zod';
import { moneyFormatSchema } from '../moneyFormatSchema';
import { textSchema } from '../../schema/textSchema';

/** Options every chart takes. Sizes are in CSS pixels of the SVG's coordinate system (it scales with its container). */
export interface ChartOptions {
  /** Width, px (default 720). */
  readonly width?: number;
  /** Height, px (default 360 for charts over time, taller when a long legend needs it; a tornado's default fits its bars). */
  readonly height?: number;
  /**
   * Prefix of the ids inside the SVG (its `<title>` and `<desc>`, which `aria-labelledby` names):
   * give each chart of one page its own. Letters, digits, `-` and `_`, starting with a letter
   * (default: the kind of chart, e.g. `npv-chart`).
   */
  readonly id?: string;
  /** The visible title and the accessible name (default: what the chart shows). */
  readonly title?: string;
  /** The accessible description (default: a sentence with the values at the last month). */
  readonly description?: string;
  /** ISO 4217 currency of money ticks, e.g. "EUR" (default "USD"). */
  readonly currency?: string;
  /** BCP 47 locale of every number, e.g. "de-DE" (default "en-US"). */
  readonly locale?: string;
}

/**
 * The zod schema of {@link ChartOptions} plus a chart's own options (`shape`); defaults filled in
 * except `height`, `title` and `description`, which depend on the chart.
 *
 * @param shape - the chart's own options
 * @returns a strict object schema (unknown options are errors, so a misspelt option is not ignored)
 *
 * @example
 * import { parseWith } from '../../schema/parseWith';
 * parseWith(chartOptionsSchema({}), { width: 600 }, ['options']).id //=> undefined
 * parseWith(chartOptionsSchema({}), { width: 10 }, ['options']) //=> throws InputError: 'options.width: must be from 240 to 4000 px'
 */
export function chartOptionsSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  const size = (min: number, max: number) =>
    z
      .number({ error: `must be a number of px from ${min} to ${max}` })
      .min(min, { error: `must be from ${min} to ${max} px` })
      .max(max, { error: `must be from ${min} to ${max} px` });
  return moneyFormatSchema({
    width: size(240, 4000).default(720),
    height: size(160, 4000).optional(),
    id: z
      .string({ error: 'must be text' })
      .regex(/^[A-Za-z][\w-]{0,63}$/, { error: 'must start with a letter and hold only letters, digits, - and _ (at most 64)' })
      .optional(),
    title: textSchema(300).optional(),
    description: textSchema(5000).optional(),
    ...shape,
  });
}
