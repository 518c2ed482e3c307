import { describe, expect, it } from 'vitest';
import { changeSetText } from '../../../src/render/report/changeSetText';

const usd = { currency: 'USD', locale: 'en-US' };

describe('changeSetText', () => {
  it('writes each field set with its label and value', () => {
    expect(changeSetText({ emailsPerMonth: 3, budgetPerMonth: 1800 }, usd)).toEqual(['Emails per month (e) 3', 'Budget (B) $1,800.00']);
  });

  it('names the segment of a segment’s field (a sunset policy), and its own retention', () => {
    expect(changeSetText({ segments: { dormant: { emailsPerMonth: 0, openRate: 0.05, retention: { alpha: 2, periodMonths: 12 } } } }, usd)).toEqual([
      'Emails per month (e), segment dormant 0',
      'Open rate (OR), segment dormant 5%',
      'Retention α (sBG), segment dormant 2',
      'Retention period 12 months, segment dormant',
    ]);
  });

  it('lists the moves that replace the list in force, and the scenario’s retention', () => {
    expect(changeSetText({ moves: [{ from: 'dormant', to: 'engaged', sharePerMonth: 0.015 }], retention: { beta: 3, periodMonths: 1 } }, usd)).toEqual([
      'Moves: dormant → engaged 1.5% a month',
      'Retention β (sBG) 3',
      'Retention period 1 month',
    ]);
    expect(changeSetText({ moves: [] }, usd)).toEqual(['Moves: none']);
  });
});
