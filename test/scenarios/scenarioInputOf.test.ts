import { describe, expect, test } from 'vitest';
import { parseScenarioInput, scenarioInputOf } from '../../src/index';
import { inputErrorOf } from '../model/support';
import { baseline } from './support';

const file = { baselineName: 'today', baseline, hypotheses: { More: { emailsPerMonth: 3 }, Both: { combine: ['More'], set: { openRate: 0.45 } } } };

describe('scenarioInputOf', () => {
  test('returns a plain input parsed', () => {
    expect(scenarioInputOf(baseline)).toEqual(parseScenarioInput(baseline));
  });

  test('returns the baseline of a file by default and by its name', () => {
    expect(scenarioInputOf(file)).toEqual(parseScenarioInput(baseline));
    expect(scenarioInputOf(file, 'today')).toEqual(parseScenarioInput(baseline));
  });

  test('returns a hypothesis fully resolved', () => {
    expect(scenarioInputOf(file, 'Both')).toEqual(parseScenarioInput({ ...baseline, emailsPerMonth: 3, openRate: 0.45 }));
  });

  test('names the scenarios of the file when the name is unknown', () => {
    expect(inputErrorOf(() => scenarioInputOf(file, 'Nope')).message).toBe('scenario: "Nope" is not in the file (names: today, More, Both)');
  });

  test('refuses a scenario name for a plain input', () => {
    expect(inputErrorOf(() => scenarioInputOf(baseline, 'More')).message).toMatch(/^scenario: "More" was asked for, but the data is a single scenario input/);
  });
});
