import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { moneyFormatSchema } from '../../src/render/moneyFormatSchema';
import { parseWith } from '../../src/schema/parseWith';

describe('moneyFormatSchema', () => {
  it('fills in USD and en-US and keeps the other options', () => {
    expect(parseWith(moneyFormatSchema({ width: z.number().default(720) }), {})).toEqual({ width: 720, currency: 'USD', locale: 'en-US' });
  });

  it('accepts any pair Intl can format', () => {
    expect(parseWith(moneyFormatSchema({}), { currency: 'NOK', locale: 'nb-NO' })).toEqual({ currency: 'NOK', locale: 'nb-NO' });
  });

  it('reports a currency or locale Intl cannot use, and unknown options', () => {
    expect(() => parseWith(moneyFormatSchema({}), { currency: 'dollars' }, ['options'])).toThrow(
      'options.currency: "dollars" with locale "en-US" is not a currency format Intl knows',
    );
    expect(() => parseWith(moneyFormatSchema({}), { locale: 'not a locale!' })).toThrow('currency:');
    expect(() => parseWith(moneyFormatSchema({}), { colour: 'red' })).toThrow('colour: is not a known field');
  });
});
