import { describe, expect, test } from 'vitest';
import { modelInputArgument } from '../../src/model/modelInputArgument';
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
    expect(inputErrorOf(() => modelInputArgument({ ...parsed, clickRate: Number.NaN })).problems[0]!.path).toBe('input.clickRate');
  });
});
