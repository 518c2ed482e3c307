import { describe, expect, test } from 'vitest';
import { formatPath } from '../../src/errors/formatPath';

describe('formatPath', () => {
  test('joins keys with dots and writes list indices in brackets', () => {
    expect(formatPath(['hypotheses', 'H1', 'changes', 0, 'set', 'openRate'])).toBe('hypotheses.H1.changes[0].set.openRate');
  });

  test('an index first, consecutive indices, one key, no key', () => {
    expect(formatPath([3, 'npv'])).toBe('[3].npv');
    expect(formatPath(['rows', 2, 5])).toBe('rows[2][5]');
    expect(formatPath(['openRate'])).toBe('openRate');
    expect(formatPath([])).toBe('');
  });
});
