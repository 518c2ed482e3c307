/**
 * The bad-input corpus (test/fixtures/bad/): for each file, the command that reads it and the
 * `field: rule` line the library must give — the field as a path prefix, the rule as a pattern.
 * `years` is the forecast horizon (the CLI's `--years`, 1 when left out).
 */
export interface BadInputCase {
  readonly file: string;
  readonly command: 'forecast' | 'compare';
  /** Path of the problem, e.g. `hypotheses.H1.openRate`; '' for the input as a whole (printed `(input)`). */
  readonly path: string;
  readonly rule: RegExp;
  readonly years?: number;
}

const fraction = /^must be a fraction from 0 to 1, e\.g\. 0\.4 for 40 %/;
const notANumber = /^must be a number \(/;
const unknownField = /^is not a known field \(check the spelling\)$/;
const notJson = /^is not valid JSON: /;
const empty = /^is empty: expected JSON/;
const notAnObject = /^must be an object$/;
const reserved = /is reserved: choose another scenario name$/;
const churnAboveOne = /^churnPerMonth \+ churnPerEmail × emailsPerMonth must not exceed 1 with additive churn/;
const overflow =
  /^the forecast overflows the number range: lower newSubscribersGrowthMonthly or inflationAnnual, raise discountRateAnnual, or shorten the horizon$/;

const forecastCases: readonly Omit<BadInputCase, 'command'>[] = [
  { file: 'openRate-above-1.json', path: 'openRate', rule: fraction },
  { file: 'openRate-negative.json', path: 'openRate', rule: fraction },
  { file: 'openRate-as-percent-40.json', path: 'openRate', rule: fraction },
  { file: 'clickRate-above-1.json', path: 'clickRate', rule: fraction },
  { file: 'conversionRate-negative.json', path: 'conversionRate', rule: fraction },
  { file: 'churnPerMonth-above-1.json', path: 'churnPerMonth', rule: fraction },
  { file: 'churnPerEmail-negative.json', path: 'churnPerEmail', rule: fraction },
  { file: 'grossMargin-above-1.json', path: 'grossMargin', rule: fraction },
  { file: 'subscribers-negative.json', path: 'subscribers', rule: /^must be 0 or more \(/ },
  { file: 'subscribers-above-1e12.json', path: 'subscribers', rule: /^must be at most 1000000000000 \(/ },
  { file: 'averageOrderValue-string.json', path: 'averageOrderValue', rule: notANumber },
  { file: 'discountRateAnnual-string-percent.json', path: 'discountRateAnnual', rule: notANumber },
  { file: 'openRate-NaN-string.json', path: 'openRate', rule: notANumber },
  { file: 'openRate-Infinity-string.json', path: 'openRate', rule: notANumber },
  { file: 'averageOrderValue-1e999-Infinity.json', path: 'averageOrderValue', rule: notANumber },
  { file: 'budgetPerMonth-minus-1e999.json', path: 'budgetPerMonth', rule: notANumber },
  { file: 'subscribers-null.json', path: 'subscribers', rule: notANumber },
  { file: 'emailsPerMonth-boolean.json', path: 'emailsPerMonth', rule: notANumber },
  { file: 'emailsPerMonth-1e6.json', path: 'emailsPerMonth', rule: /^must be at most 1000 \(emails per subscriber per month\)$/ },
  { file: 'emailsPerMonth-list.json', path: 'emailsPerMonth', rule: notANumber },
  { file: 'inflationAnnual-minus-1.json', path: 'inflationAnnual', rule: /^must be greater than -1, a fraction/ },
  { file: 'discountRateAnnual-above-10.json', path: 'discountRateAnnual', rule: /^must be at most 10, a fraction/ },
  { file: 'unknown-key-opnRate-typo.json', path: 'opnRate', rule: unknownField },
  { file: 'unknown-key-subscriber-singular.json', path: 'subscriber', rule: unknownField },
  { file: 'missing-discountRateAnnual.json', path: 'discountRateAnnual', rule: /^is required$/ },
  { file: 'missing-openRate-with-ctor-basis.json', path: 'openRate', rule: /^is required when clickRateBasis is "opens"/ },
  { file: 'empty-object.json', path: 'subscribers', rule: /^is required$/ },
  { file: 'empty-file.json', path: 'file', rule: empty },
  { file: 'whitespace-only.json', path: 'file', rule: empty },
  { file: 'malformed-json-trailing-comma.json', path: 'file', rule: notJson },
  { file: 'malformed-json-truncated.json', path: 'file', rule: notJson },
  { file: 'malformed-json-single-quotes.json', path: 'file', rule: notJson },
  { file: 'malformed-json-comment.json', path: 'file', rule: notJson },
  { file: 'json-array.json', path: '', rule: notAnObject },
  { file: 'json-null.json', path: '', rule: notAnObject },
  { file: 'json-number.json', path: '', rule: notAnObject },
  { file: 'json-string.json', path: '', rule: notAnObject },
  { file: 'startDate-2025-02-30.json', path: 'startDate', rule: /^must be a date that exists/ },
  { file: 'startDate-2023-02-29-not-a-leap-year.json', path: 'startDate', rule: /^must be a date that exists/ },
  { file: 'startDate-day-month-year.json', path: 'startDate', rule: /^must be a date written YYYY-MM-DD$/ },
  { file: 'changes-fromMonth-0.json', path: 'changes[0].fromMonth', rule: /^must be a whole month number, 1 or more/ },
  { file: 'changes-fromMonth-fractional.json', path: 'changes[0].fromMonth', rule: /^must be a whole month number/ },
  { file: 'changes-fromMonth-beyond-horizon.json', path: 'changes[0].fromMonth', rule: /^is month 13, beyond the 12-month horizon$/, years: 1 },
  { file: 'changes-fromMonth-above-1200.json', path: 'changes[0].fromMonth', rule: /^must be at most 1200/ },
  { file: 'changes-not-a-list.json', path: 'changes', rule: /^must be a list of \{ fromMonth, set \}$/ },
  { file: 'changes-set-missing.json', path: 'changes[0].set', rule: /^is required$/ },
  {
    file: 'changes-set-subscribers-cannot-change.json',
    path: 'changes[0].set.subscribers',
    rule: /^cannot change from a month on: subscribers, .* hold for the whole forecast$/,
  },
  { file: 'additive-churn-above-1.json', path: 'churnPerEmail', rule: churnAboveOne },
  {
    file: 'changes-push-additive-churn-above-1.json',
    path: 'changes[0].set.churnPerEmail',
    rule: /must not exceed 1 with additive churn \(it is 1\.2 from month 4\)$/,
  },
  { file: 'churnModel-unknown.json', path: 'churnModel', rule: /^must be "additive" or "compound"$/ },
  { file: 'clickRateBasis-unknown.json', path: 'clickRateBasis', rule: /^must be "opens" .* or "delivered"/ },
  { file: 'pricesFollowInflation-string.json', path: 'pricesFollowInflation', rule: /^must be true or false$/ },
  { file: 'proto-key-top-level.json', path: '__proto__', rule: unknownField },
  { file: 'constructor-key-top-level.json', path: 'constructor', rule: unknownField },
  { file: 'prototype-key-top-level.json', path: 'prototype', rule: unknownField },
  { file: 'proto-key-in-changes-set.json', path: 'changes[0].set.__proto__', rule: unknownField },
  { file: 'constructor-key-in-changes-set.json', path: 'changes[0].set.constructor', rule: unknownField },
  // Nesting is bounded when the file is read, before any recursion (at most 200 levels).
  { file: 'deeply-nested-junk.json', path: 'file', rule: /^nests deeper than 200 levels of objects and lists \(line \d+, column \d+\)$/ },
  { file: 'deeply-nested-unknown-key.json', path: 'file', rule: /^nests deeper than 200 levels of objects and lists \(line \d+, column \d+\)$/ },
  // A byte-order mark is accepted (Windows editors write one): the error is the file's real problem.
  { file: 'bom-prefixed-openRate-above-1.json', path: 'openRate', rule: fraction },
  { file: 'overflow-acquisition-growth-10-a-month-100-years.json', path: 'horizon', rule: overflow, years: 100 },
  { file: 'overflow-inflation-10-a-year-discount-near-minus-1-100-years.json', path: 'horizon', rule: overflow, years: 100 },
];

const compareCases: readonly Omit<BadInputCase, 'command'>[] = [
  { file: 'combine-cycle.json', path: 'hypotheses.A.combine', rule: /^forms a cycle A → B → A$/ },
  { file: 'combine-self.json', path: 'hypotheses.A.combine', rule: /^forms a cycle A → A$/ },
  { file: 'combine-unknown-name.json', path: 'hypotheses.Both.combine[1]', rule: /^"H9" is not a hypothesis of this file$/ },
  { file: 'combine-names-the-baseline.json', path: 'hypotheses.Both.combine[0]', rule: /^"baseline" is the baseline, which every hypothesis starts from/ },
  { file: 'combine-empty-list.json', path: 'hypotheses.Both.combine', rule: /^must name at least one hypothesis$/ },
  { file: 'combine-with-field-beside-it.json', path: 'hypotheses.Both.emailsPerMonth', rule: /^goes inside "set" in a combination/ },
  // 40 levels of { combine: [H, H] }: 2^40 patches if repeats were kept; the churn rule breaks only once resolved.
  { file: 'combine-doubling-40-deep-churn-above-1.json', path: 'hypotheses.H40.churnPerEmail', rule: churnAboveOne },
  { file: 'combination-pushes-additive-churn-above-1.json', path: 'hypotheses.Both.churnPerEmail', rule: churnAboveOne },
  { file: 'hypothesis-named-like-the-baseline.json', path: 'hypotheses.baseline', rule: /^has the name of the baseline \("baseline"\)/ },
  { file: 'hypothesis-named-like-baselineName.json', path: 'hypotheses.Today', rule: /^has the name of the baseline \("Today"\)/ },
  { file: 'hypothesis-named-proto.json', path: 'hypotheses.__proto__', rule: reserved },
  { file: 'hypothesis-named-constructor.json', path: 'hypotheses.constructor', rule: reserved },
  { file: 'hypothesis-named-prototype.json', path: 'hypotheses.prototype', rule: reserved },
  { file: 'baselineName-proto.json', path: 'baselineName', rule: reserved },
  { file: 'proto-key-top-level-of-file.json', path: '__proto__', rule: unknownField },
  { file: 'proto-key-in-baseline.json', path: 'baseline.__proto__', rule: unknownField },
  { file: 'proto-key-in-hypothesis.json', path: 'hypotheses.H1.__proto__', rule: unknownField },
  { file: 'constructor-key-in-hypothesis-changes-set.json', path: 'hypotheses.H1.changes[0].set.constructor', rule: unknownField },
  { file: 'prototype-key-in-combine-set.json', path: 'hypotheses.Both.set.prototype', rule: unknownField },
  { file: 'hypotheses-missing.json', path: 'hypotheses', rule: /^is required$/ },
  { file: 'baseline-missing.json', path: 'baseline', rule: /^is required$/ },
  { file: 'hypotheses-is-a-list.json', path: 'hypotheses', rule: /^must be an object: hypothesis name → patch or \{ combine, set \}$/ },
  { file: 'hypothesis-null.json', path: 'hypotheses.H1', rule: notAnObject },
  { file: 'hypothesis-empty-name.json', path: 'hypotheses', rule: /^a scenario name must not be empty$/ },
  { file: 'hypothesis-change-beyond-horizon.json', path: 'hypotheses.H1.changes[0].fromMonth', rule: /^is month 61, beyond the 60-month horizon$/ },
  { file: 'hypothesis-openRate-above-1.json', path: 'hypotheses.H1.openRate', rule: fraction },
  { file: 'hypothesis-pushes-additive-churn-above-1.json', path: 'hypotheses.H1.churnPerEmail', rule: churnAboveOne },
  { file: 'horizonsYears-zero.json', path: 'horizonsYears[0]', rule: /^must be more than 0 years$/ },
  { file: 'horizonsYears-1000-years.json', path: 'horizonsYears[1]', rule: /^must be at most 100 years$/ },
  { file: 'horizonsYears-not-whole-months.json', path: 'horizonsYears[0]', rule: /^must be a whole number of months/ },
  { file: 'horizonsYears-repeated.json', path: 'horizonsYears[2]', rule: /^repeats the 1-year horizon$/ },
  { file: 'horizonsYears-empty.json', path: 'horizonsYears', rule: /^must hold at least one horizon$/ },
  { file: 'name-not-text.json', path: 'name', rule: /^must be text$/ },
  { file: 'top-level-typo-hypothesis-singular.json', path: 'hypothesis', rule: unknownField },
  { file: 'file-startDate-2025-02-30.json', path: 'startDate', rule: /^must be a date that exists/ },
  { file: 'overflow-in-a-hypothesis-100-years.json', path: 'hypotheses.Viral.horizon', rule: overflow },
];

export const badInputCases: readonly BadInputCase[] = [
  ...forecastCases.map((c) => ({ ...c, command: 'forecast' as const })),
  ...compareCases.map((c) => ({ ...c, command: 'compare' as const })),
];
