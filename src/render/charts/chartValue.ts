import { z } from 'zod';

/** The largest size of a value a chart draws: a scale from −1e300 to 1e300 still has a finite width. */
export const MAX_CHART_VALUE = 1e300;

/**
 * One value a chart draws (money or a count): a finite number of at most {@link MAX_CHART_VALUE}
 * in size, so that the scale's span, its ticks and every coordinate stay finite.
 *
 * @example
 * chartValue.safeParse(Number.MAX_VALUE).success //=> false ('must be a finite number from -1e300 to 1e300')
 */
export const chartValue = z
  .number({ error: 'must be a finite number' })
  .min(-MAX_CHART_VALUE, { error: 'must be a finite number from -1e300 to 1e300' })
  .max(MAX_CHART_VALUE, { error: 'must be a finite number from -1e300 to 1e300' });
