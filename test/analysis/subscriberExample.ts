/**
 * The subscriber-economics example computed by hand in the tests: 1,000 subscribers, 150 join each
 * month, 10 % leave, 2 emails, 0.5 opens × 0.2 clicks per open × 0.1 orders per click = 0.01 orders
 * per email, AOV $100, margin 0.5 — so one subscriber brings v = 2 × 0.01 × $100 × 0.5 = $1 of gross
 * profit a month — budget $300 a month, no discounting.
 *
 * month  list   lost   new  emails  orders  revenue  costs
 *   1    1000   100    150   2000    20      2000     300
 *   2    1050   105    150   2100    21      2100     300
 *   3    1095   109.5  150   2190    21.9    2190     300
 * list after month 3: 1095 − 109.5 + 150 = 1135.5
 */
export const subscriberExample = {
  subscribers: 1000,
  newSubscribersPerMonth: 150,
  churnPerMonth: 0.1,
  emailsPerMonth: 2,
  openRate: 0.5,
  clickRate: 0.2,
  conversionRate: 0.1,
  averageOrderValue: 100,
  grossMargin: 0.5,
  budgetPerMonth: 300,
  discountRateAnnual: 0,
};
