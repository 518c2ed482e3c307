import { describe, expect, test } from 'vitest';
import { splitDistributions } from '../../src/analysis/uncertainty/splitDistributions';
import { forecast } from '../../src/model/forecast';
import { splitReportSettings } from '../../src/report/reportSettings';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { parseScenarioFile } from '../../src/scenarios/scenarioFile';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { refuseDeepNesting } from '../../src/schema/refuseDeepNesting';
import { inputErrorOf } from '../model/support';

const baseline = { subscribers: 4000, emailsPerMonth: 2, openRate: 0.4, clickRate: 0.1, conversionRate: 0.05, averageOrderValue: 100, discountRateAnnual: 0.1 };

/** `changes` 2,000 levels deep, built in JavaScript: each change holds the next in a `changes` of its own. */
const deepChanges = () => {
  let change: Record<string, unknown> = { fromMonth: 1, set: { openRate: 0.4 } };
  for (let i = 0; i < 2000; i++) change = { fromMonth: 1, set: { openRate: 0.4 }, changes: [change] };
  return [change];
};
const deepFile = () => ({ baseline: { ...baseline, changes: deepChanges() }, hypotheses: { H1: { changes: deepChanges() } } });
const rule = 'nests deeper than 200 levels of objects and lists';

describe('data nested 2,000 levels deep is bad input, not a stack overflow', () => {
  test('refuseDeepNesting', () => {
    expect(inputErrorOf(() => refuseDeepNesting(deepFile())).problems).toEqual([{ path: '', rule }]);
    expect(() => refuseDeepNesting({ baseline, hypotheses: {} })).not.toThrow();
  });

  const entryPoints: [string, () => unknown][] = [
    ['parseScenarioInput', () => parseScenarioInput({ ...baseline, changes: deepChanges() })],
    ['forecast', () => forecast({ ...baseline, changes: deepChanges() } as never, { years: 1 })],
    ['parseScenarioFile', () => parseScenarioFile(deepFile())],
    ['compareScenarios', () => compareScenarios(deepFile() as never)],
    ['splitDistributions', () => splitDistributions(deepFile())],
    ['splitReportSettings', () => splitReportSettings(deepFile())],
  ];
  for (const [name, call] of entryPoints) {
    test(name, () => {
      expect(inputErrorOf(call).problems).toContainEqual({ path: '', rule });
    });
  }
});
