import { describe, expect, it } from 'vitest';
import { segmentNames } from '../../src/history/segmentNames';
import { SegmentName } from '../../src/schema/segments';

describe('segmentNames', () => {
  it('makes every value a valid, distinct segment name', () => {
    const values = ['VIP customers', '2024 leads', 'constructor', '', 'VIP/customers', 'x'.repeat(60), 'VIP customers'];
    const names = segmentNames(values);
    expect([...names.values()]).toEqual(['VIP-customers', 's-2024-leads', 'constructor-segment', 'unsegmented', 'VIP-customers-2', 'x'.repeat(40)]);
    for (const name of names.values()) expect(SegmentName.safeParse(name).success, name).toBe(true);
  });
});
