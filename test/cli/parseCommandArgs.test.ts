import { describe, expect, it } from 'vitest';
import { optimiseCommand } from '../../src/cli/commands/optimise';
import { forecastCommand } from '../../src/cli/commands/forecast';
import { economicsCommand } from '../../src/cli/commands/economics';
import { parseCommandArgs } from '../../src/cli/parseCommandArgs';
import { InputError } from '../../src/errors/inputError';

/** The one `path: rule` line of the InputError that parsing `args` throws. */
function problemOf(command: Parameters<typeof parseCommandArgs>[0], args: string[]): string {
  try {
    parseCommandArgs(command, args);
  } catch (error) {
    if (error instanceof InputError && error.problems.length === 1) return `${error.problems[0]!.path}: ${error.problems[0]!.rule}`;
    throw error;
  }
  throw new Error('no InputError thrown');
}

describe('parseCommandArgs', () => {
  it('gives the values as typed (no default filled in) and the positionals', () => {
    expect(parseCommandArgs(forecastCommand, ['in.json', '--years', '3', '--format=csv'])).toEqual({
      values: { years: '3', format: 'csv' },
      positionals: ['in.json'],
    });
    expect(parseCommandArgs(forecastCommand, ['in.json'])).toEqual({ values: {}, positionals: ['in.json'] });
    expect(parseCommandArgs(forecastCommand, ['-', '--years', '-1']).values).toEqual({ years: '-1' });
  });

  it('refuses an option the command does not take, pointing to its --help', () => {
    expect(problemOf(forecastCommand, ['in.json', '--horizons', '1,3'])).toBe('--horizons: is not an option of forecast (see email-npv forecast --help)');
    expect(problemOf(forecastCommand, ['in.json', '-x'])).toBe('-x: is not an option of forecast (see email-npv forecast --help)');
  });

  it('refuses an option given twice', () => {
    expect(problemOf(forecastCommand, ['in.json', '--years', '1', '--years', '3'])).toBe(
      '--years: is given twice (give it once) (see email-npv forecast --help)',
    );
    expect(problemOf(forecastCommand, ['in.json', '--format', 'csv', '--format=md'])).toBe(
      '--format: is given twice (give it once) (see email-npv forecast --help)',
    );
  });

  it('refuses options the command declares as conflicting', () => {
    expect(problemOf(forecastCommand, ['in.json', '--years', '1', '--months', '3'])).toBe(
      '--months: give either --years or --months, not both (see email-npv forecast --help)',
    );
    expect(problemOf(optimiseCommand, ['in.json', '--years', '1', '--horizons', '3'])).toBe(
      '--years: give either --horizons or --years, not both (see email-npv optimise --help)',
    );
  });

  it('refuses a missing value, and a value given to a flag', () => {
    expect(problemOf(forecastCommand, ['in.json', '--years'])).toBe('--years: needs a value, e.g. --years N (see email-npv forecast --help)');
    expect(problemOf(forecastCommand, ['in.json', '--scenario', '--years', '3'])).toBe(
      '--scenario: needs a value, e.g. --scenario NAME (see email-npv forecast --help)',
    );
    expect(parseCommandArgs(forecastCommand, ['in.json', '--scenario=--odd']).values).toEqual({ scenario: '--odd' });
    expect(problemOf(economicsCommand, ['in.json', '--monthly=yes'])).toBe('--monthly: takes no value (see email-npv economics --help)');
  });
});
