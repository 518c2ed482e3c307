import { expect, it } from 'vitest';
import { findColumn } from '../../src/history/findColumn';

it('matches case- and space-insensitively, underscores and hyphens ignored, the first name preferred', () => {
  expect(findColumn(['Total Opens', 'UNIQUE_OPENS'], ['unique opens', 'opens'])).toBe('UNIQUE_OPENS');
  expect(findColumn(['Opens', 'Unique Opens'], ['unique opens', 'opens'])).toBe('Unique Opens');
  expect(findColumn(['Opt-Outs'], ['opt outs'])).toBe('Opt-Outs');
  expect(findColumn(['Total Opens'], ['opens'])).toBeUndefined();
});
