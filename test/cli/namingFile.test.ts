import { describe, expect, it } from 'vitest';
import { namingFile } from '../../src/cli/namingFile';
import { InputError } from '../../src/errors/inputError';

const fails = (error: unknown) => () => {
  throw error;
};

describe('namingFile', () => {
  it('returns what the reader returns', () => {
    expect(namingFile('plan.json', () => 42)).toBe(42);
  });

  it('names the file, or standard input, in problems that name none', () => {
    const problems = [{ path: 'baseline.subscribers', rule: 'must be 0 or more' }];
    const named = (file: string) => {
      try {
        namingFile(file, fails(new InputError(problems)));
      } catch (error) {
        return error as InputError;
      }
      throw new Error('no error');
    };
    expect(named('plan.json').file).toBe('plan.json');
    expect(named('plan.json').problems).toEqual(problems);
    expect(named('-').file).toBe('standard input');
  });

  it('leaves other errors, and problems that already name a file, as they are', () => {
    const other = new InputError([{ path: 'x', rule: 'y' }], 'observed.json');
    expect(() => namingFile('plan.json', fails(other))).toThrow(other);
    const bug = new TypeError('bug');
    expect(() => namingFile('plan.json', fails(bug))).toThrow(bug);
  });
});
