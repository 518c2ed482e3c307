import { describe, expect, test } from 'vitest';
import { unknownName } from '../../src/scenarios/unknownName';

describe('unknownName', () => {
  test('a field alone belongs to the baseline; the last dot separates a scenario from its field', () => {
    expect(unknownName('churnPerEmail')).toEqual({ scenario: undefined, field: 'churnPerEmail' });
    expect(unknownName('H4.investment')).toEqual({ scenario: 'H4', field: 'investment' });
    expect(unknownName('H2.v2.openRate')).toEqual({ scenario: 'H2.v2', field: 'openRate' });
    expect(unknownName('baseline.openRate')).toEqual({ scenario: 'baseline', field: 'openRate' });
  });
});
