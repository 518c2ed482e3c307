import { readFileSync } from 'node:fs';
import { deepFreeze } from '../model/support';

/**
 * A list with no churn, no acquisition and (unless overridden) no discounting, for hand computation:
 * 10,000 × 2 emails × 0.4 × 0.1 × 0.05 = 40 orders a month × $40 − $1,200 budget = $400 net every month.
 */
export const flatList = deepFreeze({
  subscribers: 10000,
  emailsPerMonth: 2,
  openRate: 0.4,
  clickRate: 0.1,
  conversionRate: 0.05,
  averageOrderValue: 40,
  budgetPerMonth: 1200,
  discountRateAnnual: 0,
});

/** examples/moller-article.json: the article's scenario file, as calibrated. */
export const article = deepFreeze(JSON.parse(readFileSync('examples/moller-article.json', 'utf8')));
