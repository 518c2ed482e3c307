import { describe, expect, test } from 'vitest';
import { unknownName } from '../../src/scenarios/unknownName';

describe('unknownName', () => {
  test('a field alone belongs to the baseline; a scenario name before the field, which may hold dots', () => {
    expect(unknownName('churnPerEmail')).toEqual({ scenario: undefined, path: 'churnPerEmail' });
    expect(unknownName('H4.investment')).toEqual({ scenario: 'H4', path: 'investment' });
    expect(unknownName('H2.v2.openRate')).toEqual({ scenario: 'H2.v2', path: 'openRate' });
    expect(unknownName('baseline.openRate')).toEqual({ scenario: 'baseline', path: 'openRate' });
  });

  test('a field path alone is the baseline’s: segments, retention and moves', () => {
    for (const path of ['segments.engaged.openRate', 'retention.alpha', 'segments.dormant.retention.beta', 'moves[0].sharePerMonth']) {
      expect(unknownName(path)).toEqual({ scenario: undefined, path });
    }
  });

  test('after a scenario’s name, the longest tail that is a field path is the path', () => {
    expect(unknownName('H1.segments.engaged.openRate')).toEqual({ scenario: 'H1', path: 'segments.engaged.openRate' });
    expect(unknownName('H1.retention.alpha')).toEqual({ scenario: 'H1', path: 'retention.alpha' });
    expect(unknownName('H1+H2.moves[1].sharePerMonth')).toEqual({ scenario: 'H1+H2', path: 'moves[1].sharePerMonth' });
    expect(unknownName('v1.2.segments.dormant.retention.beta')).toEqual({ scenario: 'v1.2', path: 'segments.dormant.retention.beta' });
    // a scenario named after a field is still a scenario: `clickRate` is the only tail that is a path
    expect(unknownName('openRate.clickRate')).toEqual({ scenario: 'openRate', path: 'clickRate' });
  });

  test('a name with no tail that is a path splits at its last dot (its path names no input: the caller says so)', () => {
    expect(unknownName('openrate')).toEqual({ scenario: undefined, path: 'openrate' });
    expect(unknownName('H1.segments.engaged.opens')).toEqual({ scenario: 'H1.segments.engaged', path: 'opens' });
  });
});
