import { describe, expect, test } from 'vitest';
import { tableArgument } from '../../src/render/tableArgument';

describe('tableArgument', () => {
  test('passes a header of text and rows of text, even without rows', () => {
    expect(() => tableArgument(['month', 'npv'], [['1', '$10.00']])).not.toThrow();
    expect(() => tableArgument([], [])).not.toThrow();
  });

  test('refuses anything else, naming header, rows or the row', () => {
    expect(() => tableArgument(['month'], null)).toThrow('rows: must be a list of rows, each a list of text cells (got null)');
    expect(() => tableArgument('month', [])).toThrow(/^header: must be a list of text cells/);
    expect(() => tableArgument(['month', 1], [])).toThrow(/^header: /);
    expect(() => tableArgument(['month'], [['1'], ['2', 3]])).toThrow('rows[1]: must be a list of text cells (got a list)');
  });
});
