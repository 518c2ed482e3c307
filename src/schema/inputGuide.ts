import type { ScenarioInput } from './scenarioInput';

/** How an input's value is written: people, money (in the report's currency), a share (as %), a plain number, or text. */
export type InputValueKind = 'people' | 'money' | 'share' | 'number' | 'text';

/** What the report says about one input field. */
export interface InputFieldGuide {
  /** The marketer's name for it, with the article's symbol. */
  readonly label: string;
  /** Its unit; `CUR` stands for the report's currency code. */
  readonly unit: string;
  readonly kind: InputValueKind;
}

/** A field of a scenario input shown in the inputs table (`changes` and the segments' structure are listed apart). */
export type GuidedField = Exclude<keyof ScenarioInput, 'changes' | 'segments' | 'moves' | 'retention'>;

/**
 * Label, unit and kind of every field of a scenario input, in the order the report lists them
 * (the funnel, then money, then time). Typed over every field, so a new input field must be added
 * here before the report compiles.
 */
export const inputGuide: Readonly<Record<GuidedField, InputFieldGuide>> = {
  subscribers: { label: 'Subscribers at the start (Pe)', unit: 'people', kind: 'people' },
  newSubscribersPerMonth: { label: 'New subscribers in month 1 (Pn)', unit: 'people per month', kind: 'people' },
  newSubscribersGrowthMonthly: { label: 'Growth of new subscribers (g)', unit: 'per month', kind: 'share' },
  churnPerMonth: { label: 'Churn per month (c)', unit: 'of the list per month', kind: 'share' },
  churnPerEmail: { label: 'Churn per email (DR)', unit: 'of the list per email sent', kind: 'share' },
  churnModel: { label: 'How the churns combine', unit: 'additive: 1 − c − DR·e; compound: (1 − c)(1 − DR)^e', kind: 'text' },
  emailsPerMonth: { label: 'Emails per month (e)', unit: 'emails per subscriber per month', kind: 'number' },
  openRate: { label: 'Open rate (OR)', unit: 'of delivered emails', kind: 'share' },
  clickRate: { label: 'Click rate', unit: 'of opens (CTOR) or of delivered emails (CTR), see the basis', kind: 'share' },
  clickRateBasis: { label: 'Click rate basis', unit: 'opens: CTOR; delivered: CTR', kind: 'text' },
  conversionRate: { label: 'Conversion rate (CR)', unit: 'orders per click', kind: 'share' },
  averageOrderValue: { label: 'Average order value (AOV)', unit: 'CUR per order', kind: 'money' },
  grossMargin: { label: 'Gross margin', unit: 'of revenue', kind: 'share' },
  offEmailMultiplier: { label: 'Off-email multiplier', unit: '× email revenue (1 = none)', kind: 'number' },
  budgetPerMonth: { label: 'Budget (B)', unit: 'CUR per month', kind: 'money' },
  costPerThousandEmails: { label: 'Sending cost', unit: 'CUR per 1,000 emails', kind: 'money' },
  investment: { label: 'Investment (C)', unit: 'CUR, once at t = 0', kind: 'money' },
  runningCostPerMonth: { label: 'Running cost', unit: 'CUR per month', kind: 'money' },
  inflationAnnual: { label: 'Cost inflation (i)', unit: 'per year', kind: 'share' },
  pricesFollowInflation: { label: 'Prices follow inflation', unit: 'AOV rises with inflation too', kind: 'text' },
  discountRateAnnual: { label: 'Discount rate (r)', unit: 'per year, effective', kind: 'share' },
  startDate: { label: 'Start date', unit: 'first day of month 1', kind: 'text' },
};
