import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/analysis/search/sensitivity';
import { forecast } from '../../../src/model/forecast';
import { scenarioInputOf } from '../../../src/scenarios/scenarioInputOf';
import { deepFreeze, expectClose, inputErrorOf } from '../../model/support';
import { article, flatList } from '../flatList';
import { issueExample } from '../../schema/segmentedExample';

const baseline = deepFreeze(scenarioInputOf(article));
const h4 = deepFreeze(scenarioInputOf(article, 'H4'));
const result = sensitivity(baseline, { years: 5 });
const entry = (field: string, of = result) => of.tornado.find((e) => e.field === field)!;

const flat = flatList; // $400 net a month

describe('sensitivity', () => {
  it('gives the scenario’s own NPV as the base, exactly as forecast does', () => {
    expect(result.npvBase.toString()).toBe(forecast(baseline, { years: 5 }).npv.toString());
    expect(result.months).toBe(60);
    expect(result.change).toBe(0.1);
  });

  it('varies every numeric input that is not 0 when no fields are chosen', () => {
    const nonZero = [
      'subscribers',
      'newSubscribersPerMonth',
      'newSubscribersGrowthMonthly',
      'churnPerMonth',
      'churnPerEmail',
      'emailsPerMonth',
      'openRate',
      'clickRate',
      'conversionRate',
      'averageOrderValue',
      'grossMargin',
      'offEmailMultiplier',
      'budgetPerMonth',
      'discountRateAnnual',
    ];
    expect(result.tornado.map((e) => e.field).sort()).toEqual(nonZero.sort());
  });

  it('puts the largest swing first', () => {
    const swings = result.tornado.map((e) => e.swing.toNumber());
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('computes each NPV by running the forecast with the input at the value it reports', () => {
    for (const e of result.tornado) {
      expect(e.npvLow.toString(), e.field).toBe(forecast({ ...baseline, [e.field]: e.valueLow }, { years: 5 }).npv.toString());
      expect(e.npvHigh.toString(), e.field).toBe(forecast({ ...baseline, [e.field]: e.valueHigh }, { years: 5 }).npv.toString());
      expect(e.swing.toString()).toBe(e.npvHigh.minus(e.npvLow).abs().toString());
    }
  });

  it('moves each input 10 % down and up', () => {
    expect([entry('openRate').valueLow, entry('openRate').valueHigh]).toEqual([0.36, 0.44]);
    expect([entry('budgetPerMonth').valueLow, entry('budgetPerMonth').valueHigh]).toEqual([1080, 1320]);
    expect(entry('openRate').clamped).toBe(false);
  });

  it('shows the NPV rising with the open, click and conversion rates and the order value, since each order earns a gross profit', () => {
    for (const field of ['openRate', 'clickRate', 'conversionRate', 'averageOrderValue']) {
      expect(entry(field).npvHigh.greaterThan(entry(field).npvLow), field).toBe(true);
      expect(entry(field).elasticity!, field).toBeGreaterThan(0);
    }
  });

  it('shows the NPV falling with the discount rate, since the later flows are positive', () => {
    const rows = forecast(baseline, { years: 5 }).rows;
    expect(rows.every((r) => r.netCashFlow.greaterThan(0))).toBe(true);
    expect(entry('discountRateAnnual').npvHigh.lessThan(entry('discountRateAnnual').npvLow)).toBe(true);
    expect(entry('discountRateAnnual').elasticity!).toBeLessThan(0);
  });

  it('gives an investment a swing of exactly 2 × change × investment (NPV falls one for one with it)', () => {
    const r = sensitivity(h4, { years: 5, fields: ['investment'] });
    const e = r.tornado[0]!;
    expect(e.swing.toString()).toBe(new Decimal(e.valueHigh).minus(e.valueLow).toString());
    expectClose(e.swing.toNumber(), 2 * 0.1 * h4.investment, 1e-15);
    expect(e.npvLow.minus(e.npvHigh).toString()).toBe(e.swing.toString());
  });

  it('gives the order value an elasticity of PV(gross profit) / NPV, since no cost depends on it', () => {
    const run = forecast(baseline, { years: 5 });
    const grossProfitPv = run.rows.reduce((sum, r) => sum.plus(r.grossProfit.times(r.discountFactor)), new Decimal(0));
    expectClose(entry('averageOrderValue').elasticity!, grossProfitPv.div(run.npv).toNumber(), 1e-12);
  });

  it('gives an elasticity that is the central difference in percent over the change in percent', () => {
    const e = entry('churnPerEmail');
    const byHand = (e.npvHigh.toNumber() - e.npvLow.toNumber()) / result.npvBase.toNumber() / ((e.valueHigh - e.valueLow) / e.value);
    expectClose(e.elasticity!, byHand, 1e-9);
  });

  it('clamps a value above the valid range to the range, uses it, and says so', () => {
    const r = sensitivity({ ...flat, openRate: 0.95 }, { months: 12, fields: ['openRate'] });
    const e = r.tornado[0]!;
    expect([e.valueLow, e.valueHigh, e.clamped]).toEqual([0.855, 1, true]);
    expect(e.npvHigh.toString()).toBe(forecast({ ...flat, openRate: 1 }, { months: 12 }).npv.toString());
    // NPV is linear in the open rate here: the elasticity over the values used is revenue / NPV.
    const revenue = 10000 * 2 * 0.95 * 0.1 * 0.05 * 40 * 12;
    expectClose(e.elasticity!, revenue / (revenue - 1200 * 12), 1e-12);
  });

  it('clamps a churn that would lose more than the whole list to the largest one the additive rule allows', () => {
    const input = { ...flat, churnPerMonth: 0.5, churnPerEmail: 0.24 };
    const e = sensitivity(input, { months: 12, fields: ['churnPerMonth'] }).tornado[0]!;
    expect(e.clamped).toBe(true);
    expect(e.valueLow).toBe(0.45);
    expect(e.valueHigh).toBeLessThanOrEqual(0.52);
    expect(e.valueHigh).toBeGreaterThan(0.52 - 1e-12);
  });

  it('scales a value the input takes in changes with it, and clamps when the scaled change would leave the range', () => {
    const input = { ...flat, openRate: 0.5, changes: [{ fromMonth: 7, set: { openRate: 0.95 } }] };
    const e = sensitivity(input, { months: 12, fields: ['openRate'] }).tornado[0]!;
    expect(e.npvLow.toString()).toBe(
      forecast({ ...input, openRate: 0.45, changes: [{ fromMonth: 7, set: { openRate: 0.855 } }] }, { months: 12 }).npv.toString(),
    );
    expect(e.clamped).toBe(true);
    // The change reaches an open rate of 1 when month 1's is 0.5 / 0.95.
    expect(Math.abs(e.valueHigh - 0.5 / 0.95)).toBeLessThan(1e-12);
    const scaledChange = 0.95 * (e.valueHigh / 0.5);
    expect(scaledChange).toBeLessThanOrEqual(1);
    expect(e.npvHigh.toString()).toBe(
      forecast({ ...input, openRate: e.valueHigh, changes: [{ fromMonth: 7, set: { openRate: scaledChange } }] }, { months: 12 }).npv.toString(),
    );
  });

  it('orders the values of a negative input low to high, the elasticity dNPV/dx × |x| / |NPV|: positive when raising it raises the NPV', () => {
    const input = { ...flat, newSubscribersPerMonth: 500, newSubscribersGrowthMonthly: -0.05 };
    const r = sensitivity(input, { months: 24, fields: ['newSubscribersGrowthMonthly'] });
    const e = r.tornado[0]!;
    expect([e.valueLow, e.valueHigh]).toEqual([-0.055, -0.045]);
    expect(e.npvHigh.greaterThan(e.npvLow)).toBe(true); // shrinking acquisition more slowly is worth more
    expect(e.elasticity!).toBeGreaterThan(0); // … so raising the (negative) rate raises the NPV, and the sign says so
    const slope = (e.npvHigh.toNumber() - e.npvLow.toNumber()) / (e.valueHigh - e.valueLow);
    expectClose(e.elasticity!, (slope * 0.05) / Math.abs(r.npvBase.toNumber()), 1e-9);
  });

  it('keeps the sign of the direction when the base NPV is negative (hand computation)', () => {
    // 1,000 × 1 email × 0.5 × 0.1 × 0.1 = 5 orders × $100 = $500 a month against a $1,000 budget: −$500 a month, −$6,000 a year.
    const losing = {
      subscribers: 1000,
      emailsPerMonth: 1,
      openRate: 0.5,
      clickRate: 0.1,
      conversionRate: 0.1,
      averageOrderValue: 100,
      budgetPerMonth: 1000,
      discountRateAnnual: 0,
    };
    const r = sensitivity(losing, { months: 12, fields: ['conversionRate', 'budgetPerMonth'] });
    expect(r.npvBase.toString()).toBe('-6000');
    const conversion = r.tornado.find((e) => e.field === 'conversionRate')!;
    // CR 0.09 → −$550 a month, −$6,600; CR 0.11 → −$450, −$5,400: (1,200 / 6,000) / (0.02 / 0.1) = +1.
    expect([conversion.npvLow.toString(), conversion.npvHigh.toString()]).toEqual(['-6600', '-5400']);
    expectClose(conversion.elasticity!, 1, 1e-12);
    const budget = r.tornado.find((e) => e.field === 'budgetPerMonth')!;
    // budget 900 → −$4,800; 1,100 → −$7,200: (−2,400 / 6,000) / (200 / 1,000) = −2.
    expect([budget.npvLow.toString(), budget.npvHigh.toString()]).toEqual(['-4800', '-7200']);
    expectClose(budget.elasticity!, -2, 1e-12);
    expect(r.warnings).toEqual([]);
  });

  it('carries the plausibility warnings of its input', () => {
    expect(sensitivity({ ...flat, discountRateAnnual: 10 }, { months: 12, fields: ['openRate'] }).warnings).toEqual([
      'discountRateAnnual: 10 is 1000 % a year; rates are fractions: did you mean 0.1 (10 %)?',
    ]);
  });

  it('serialises money as exact decimal strings', () => {
    const json = JSON.parse(JSON.stringify(sensitivity(flat, { months: 12, fields: ['budgetPerMonth'] })));
    expect(json.npvBase).toBe('4800');
    expect(json.tornado[0]).toMatchObject({ field: 'budgetPerMonth', valueLow: 1080, valueHigh: 1320, npvLow: '6240', npvHigh: '3360', swing: '2880' });
  });

  it('gives no elasticity, with a reason, when the base NPV is 0', () => {
    const r = sensitivity({ ...flat, investment: 4800 }, { months: 12, fields: ['openRate', 'investment'] });
    expect(r.npvBase.isZero()).toBe(true);
    for (const e of r.tornado) {
      expect(e.elasticity).toBeNull();
      expect(e.elasticityReason).toMatch(/base NPV is 0/);
      expect(e.swing.greaterThan(0)).toBe(true);
    }
  });

  it('gives a zero swing and no elasticity for a chosen input that is 0', () => {
    const e = sensitivity(flat, { months: 12, fields: ['costPerThousandEmails'] }).tornado[0]!;
    expect([e.valueLow, e.valueHigh]).toEqual([0, 0]);
    expect(e.swing.isZero()).toBe(true);
    expect(e.elasticity).toBeNull();
    expect(e.elasticityReason).toMatch(/input is 0/);
  });

  it('names the option or field in its errors', () => {
    expect(inputErrorOf(() => sensitivity(flat, { change: 1.5 })).message).toMatch(/^change: must be at most 1/);
    expect(inputErrorOf(() => sensitivity(flat, { change: 0 })).message).toMatch(/^change: /);
    expect(inputErrorOf(() => sensitivity(flat, { fields: ['openrate' as never] })).message).toMatch(/^fields\[0\]: must be numeric input fields/);
    expect(inputErrorOf(() => sensitivity(flat, { years: 1, months: 12 })).message).toMatch(/^horizon: /);
    expect(inputErrorOf(() => sensitivity({ ...flat, openRate: 2 })).message).toMatch(/^openRate: /);
    const ctr = { ...flat, openRate: undefined, clickRateBasis: 'delivered' as const };
    expect(inputErrorOf(() => sensitivity(ctr, { fields: ['openRate'] })).message).toMatch(/openRate is not set/);
  });

  it('leaves out an open rate that is not set (click rate per delivered email) by default', () => {
    const ctr = { ...flat, openRate: undefined, clickRateBasis: 'delivered' as const };
    expect(sensitivity(ctr, { months: 12 }).tornado.map((e) => e.field)).not.toContain('openRate');
  });
});

describe('sensitivity by field path (segments, retention, moves)', () => {
  // The issue's worked example: two segments, a move, sBG retention.
  const example = deepFreeze({
    ...issueExample,
  });
  const npv = (input: unknown) => forecast(input as typeof example, { months: 24 }).npv.toString();
  const withSegment = (name: 'engaged' | 'dormant', values: Record<string, number>) => ({
    ...example,
    segments: { ...example.segments, [name]: { ...example.segments[name], ...values } },
  });

  it('gives each path’s NPVs as the forecast of the input with the value set by hand', () => {
    const fields = ['segments.engaged.openRate', 'segments.dormant.clickRate', 'retention.alpha', 'moves[0].sharePerMonth'];
    const r = sensitivity(example, { months: 24, fields });
    const at = (field: string) => r.tornado.find((e) => e.field === field)!;
    expect(r.tornado.map((e) => e.field).sort()).toEqual([...fields].sort());
    expect([at('segments.engaged.openRate').valueLow, at('segments.engaged.openRate').valueHigh]).toEqual([0.45, 0.55]);
    expect(at('segments.engaged.openRate').npvLow.toString()).toBe(npv(withSegment('engaged', { openRate: 0.45 })));
    expect(at('segments.engaged.openRate').npvHigh.toString()).toBe(npv(withSegment('engaged', { openRate: 0.55 })));
    // dormant inherits the list's click rate 0.1: its bar moves dormant's alone
    expect(at('segments.dormant.clickRate').value).toBe(0.1);
    expect(at('segments.dormant.clickRate').npvLow.toString()).toBe(npv(withSegment('dormant', { clickRate: 0.09 })));
    expect(at('retention.alpha').npvHigh.toString()).toBe(npv({ ...example, retention: { ...example.retention, alpha: 0.77 } }));
    expect(at('moves[0].sharePerMonth').npvLow.toString()).toBe(npv({ ...example, moves: [{ ...example.moves[0], sharePerMonth: 0.027 }] }));
    expect(r.npvBase.toString()).toBe(npv(example));
  });

  it('moves a share named in fields with the other segment’s, so that the shares still sum to 1', () => {
    const [e] = sensitivity(example, { months: 24, fields: ['segments.engaged.share'] }).tornado;
    expect([e!.valueLow, e!.valueHigh]).toEqual([0.27, 0.33]);
    // dormant's share is 0.7 × 0.73 / 0.7, 0.73 up to a float step
    const byHand = npv({
      ...example,
      segments: { engaged: { ...example.segments.engaged, share: 0.27 }, dormant: { ...example.segments.dormant, share: 0.73 } },
    });
    expect(e!.npvLow.minus(byHand).abs().toNumber()).toBeLessThan(1e-8);
    expect(e!.clamped).toBe(false);
  });

  it('by default varies each segment’s fields, retention and moves, but not the shares nor a scenario field every segment sets', () => {
    const fields = sensitivity(example, { months: 12 }).tornado.map((e) => e.field);
    for (const path of ['segments.engaged.openRate', 'segments.dormant.openRate', 'segments.dormant.clickRate', 'segments.dormant.churnPerEmail'])
      expect(fields).toContain(path);
    for (const path of ['retention.alpha', 'retention.beta', 'moves[0].sharePerMonth', 'clickRate', 'emailsPerMonth', 'subscribers'])
      expect(fields).toContain(path);
    // both segments set their own open rate: the list's moves nothing; shares cannot move alone; engaged's churn per email is 0
    for (const path of ['openRate', 'segments.engaged.share', 'segments.dormant.newSubscriberShare', 'segments.engaged.churnPerEmail'])
      expect(fields).not.toContain(path);
  });

  it('names a path the scenario has no place for, and one that names no input, by their place in fields', () => {
    expect(inputErrorOf(() => sensitivity(example, { fields: ['openRate', 'clickRate', 'segments.x.openRate'] })).problems).toEqual([
      { path: 'fields[2]', rule: '"segments.x.openRate" names no segment of the scenario (engaged, dormant)' },
    ]);
    expect(inputErrorOf(() => sensitivity(example, { fields: ['moves[3].sharePerMonth'] })).message).toBe(
      'fields[0]: "moves[3].sharePerMonth" names no move of the scenario (it has 1)',
    );
    expect(inputErrorOf(() => sensitivity(flat, { fields: ['retention.alpha'] })).message).toMatch(
      /^fields\[0\]: "retention\.alpha": the scenario has no retention/,
    );
    expect(inputErrorOf(() => sensitivity(example, { fields: ['segments.engaged.subscribers'] })).message).toMatch(
      /^fields\[0\]: must be numeric input fields .* or paths such as segments\.engaged\.openRate/,
    );
  });
});
