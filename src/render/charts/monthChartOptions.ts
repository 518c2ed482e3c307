import { z } from 'zod';
import { MAX_MONTHS } from '../../schema/horizon';
import type { ChartOptions } from './chartOptions';

/** Options of the charts over months ({@link npvChart}, {@link subscribersChart}). */
export interface MonthChartOptions extends ChartOptions {
  /** Months marked with a dashed vertical line labelled "1 yr", "3 yr"… (default [12, 36, 60]; those outside the data are left out). */
  readonly horizonsMonths?: readonly number[];
  /** The month of `values[0]` (default 1; 0 when the series start with the value at t = 0, e.g. −investment). */
  readonly firstMonth?: number;
}

/** The zod fields of {@link MonthChartOptions} beyond {@link ChartOptions}, for `chartOptionsSchema`. */
export const monthChartFields = {
  horizonsMonths: z
    .array(
      z
        .number({ error: 'must be a number of months' })
        .int({ error: 'must be a whole number of months' })
        .min(1, { error: 'must be 1 month or more' })
        .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS} months` }),
      { error: 'must be a list of months, e.g. [12, 36, 60]' },
    )
    .max(20, { error: 'must hold at most 20 horizons' })
    .default([12, 36, 60]),
  firstMonth: z
    .number({ error: 'must be a month number' })
    .int({ error: 'must be a whole month number' })
    .min(0, { error: 'must be 0 or more' })
    .max(MAX_MONTHS, { error: `must be at most ${MAX_MONTHS}` })
    .default(1),
};
