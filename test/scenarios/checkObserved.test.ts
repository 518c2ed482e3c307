import { describe, expect, test } from 'vitest';
import { checkObserved } from '../../src/scenarios/checkObserved';
import { inputErrorOf } from '../model/support';

const names = ['baseline', 'H1'];
const at = (hypothesis: string, years: number) => ({ hypothesis, years, npv: 1 });

describe('checkObserved', () => {
  test('a full table at the compared horizons gives no warning', () => {
    expect(checkObserved([at('baseline', 1), at('H1', 1), at('baseline', 3), at('H1', 3)], names, [1, 3])).toEqual([]);
  });

  test('a scenario the file does not have is an error naming it and listing the names', () => {
    expect(inputErrorOf(() => checkObserved([at('baseline', 1), at('H9', 1)], names)).problems).toEqual([
      { path: 'observed[1].hypothesis', rule: '"H9" is not in the file (names: baseline, H1)' },
    ]);
  });

  test('the same scenario and horizon twice is an error (0.5 years and 6 months are one horizon)', () => {
    expect(inputErrorOf(() => checkObserved([at('H1', 0.5), at('baseline', 1), at('H1', 6 / 12)], names)).problems).toEqual([
      { path: 'observed[2]', rule: 'repeats H1 (0.5-year horizon) (given at observed[0]): give each scenario and horizon once' },
    ]);
  });

  test('a row at a horizon not compared, and a compared cell without a row, are warnings', () => {
    expect(checkObserved([at('baseline', 1), at('H1', 1), at('H1', 2)], names, [1, 5])).toEqual([
      'observed NPVs at a horizon the comparison does not run are not shown: H1 (2-year horizon) at observed[2]; add the horizon to show them',
      'no observed NPV for: baseline (5-year horizon), H1 (5-year horizon)',
    ]);
  });

  test('without horizons (calibrate uses every row) there is nothing to warn about', () => {
    expect(checkObserved([at('H1', 2)], names)).toEqual([]);
  });

  test('a long list of cells is cut after 10', () => {
    const many = Array.from({ length: 15 }, (_, i) => `H${i}`);
    const warnings = checkObserved([at('H0', 2)], many, [2]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^no observed NPV for: H1 \(2-year horizon\), .*H10 \(2-year horizon\) and 4 more$/);
  });
});
