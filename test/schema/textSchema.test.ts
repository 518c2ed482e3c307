import { describe, expect, test } from 'vitest';
import { textSchema } from '../../src/schema/textSchema';

describe('textSchema', () => {
  test('accepts text up to the limit, refuses longer text and non-text', () => {
    const title = textSchema(5);
    expect(title.parse('')).toBe('');
    expect(title.parse('12345')).toBe('12345');
    expect(title.safeParse('123456').error?.issues[0]?.message).toBe('must be at most 5 characters');
    expect(title.safeParse(5).error?.issues[0]?.message).toBe('must be text');
  });
});
