import { describe, expect, test } from 'vitest';
import { forecastNpv } from '../../src/model/forecastNpv';
import { diagnoseModelInput, modelInputArgument } from '../../src/model/modelInputArgument';
import { numericFieldNames } from '../../src/schema/fields';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { handExample, inputErrorOf } from './support';

describe('modelInputArgument', () => {
  test('passes a parsed input, with or without changes', () => {
    expect(() => modelInputArgument(parseScenarioInput(handExample))).not.toThrow();
    expect(() => modelInputArgument(parseScenarioInput({ ...handExample, changes: [{ fromMonth: 2, set: { emailsPerMonth: 3 } }] }))).not.toThrow();
  });

  test('a valid input not yet parsed (defaults left out) is refused with how to parse it', () => {
    expect(inputErrorOf(() => modelInputArgument(handExample)).message).toBe('input: must be parsed first (defaults filled in): pass parseScenarioInput(data)');
  });

  test('checks the shape, not the rules: an out-of-range number in a parsed shape passes', () => {
    expect(() => modelInputArgument({ ...parseScenarioInput(handExample), openRate: 7 })).not.toThrow();
  });

  test("a malformed input is refused with the schema's field: rule lines, under the argument's name", () => {
    expect(inputErrorOf(() => modelInputArgument(null)).message).toBe('input: must be an object');
    const parsed = parseScenarioInput(handExample);
    const error = inputErrorOf(() => modelInputArgument({ ...parsed, openRate: '0.4' }, 'scenario'));
    expect(error.problems.map((p) => p.path)).toEqual(['scenario.openRate']);
  });

  test('a number that is not finite passes the entry check and is named when the run fails, not taken for an overflow', () => {
    const parsed = parseScenarioInput(handExample);
    expect(() => modelInputArgument({ ...parsed, clickRate: Number.NaN })).not.toThrow();
    expect(inputErrorOf(() => forecastNpv({ ...parsed, clickRate: Number.NaN }, [12])).problems[0]!.path).toBe('input.clickRate');
    expect(inputErrorOf(() => diagnoseModelInput({ ...parsed, clickRate: Number.NaN })).problems[0]!.path).toBe('input.clickRate');
    expect(() => diagnoseModelInput(parsed)).not.toThrow();
  });

  test('every numeric field is read: one that is not a number is refused, naming it', () => {
    const parsed = parseScenarioInput(handExample);
    for (const field of numericFieldNames) {
      expect(inputErrorOf(() => modelInputArgument({ ...parsed, [field]: 'x' })).problems.map((p) => p.path)).toEqual([`input.${field}`]);
    }
  });
});
