import { describe, expect, it } from 'vitest';
import { fieldPathValues } from '../../../src/analysis/search/fieldPathValues';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { flatList } from '../flatList';

const three = parseScenarioInput({
  ...flatList,
  segments: { a: { share: 0.5, newSubscriberShare: 0.2 }, b: { share: 0.3 }, c: { share: 0.2 } },
});

describe('fieldPathValues', () => {
  it('sets only the path for any input but a segment’s share', () => {
    expect(fieldPathValues(three, 'openRate', 0.3)).toEqual({ openRate: 0.3 });
    expect(fieldPathValues(three, 'segments.b.openRate', 0.3)).toEqual({ 'segments.b.openRate': 0.3 });
  });

  it('rescales the other segments’ shares in proportion, so that the shares still sum to 1', () => {
    // a from 0.5 to 0.6: the 0.4 left is split 3 : 2 between b and c
    const values = fieldPathValues(three, 'segments.a.share', 0.6);
    expect(Object.keys(values)).toEqual(['segments.a.share', 'segments.b.share', 'segments.c.share']);
    expect(values['segments.b.share']).toBeCloseTo(0.24, 15);
    expect(values['segments.c.share']).toBeCloseTo(0.16, 15);
  });

  it('rescales the new-subscriber shares in force, also those a segment takes without writing one', () => {
    // a gives 0.2; b and c split the 0.8 left by their shares: 0.48 and 0.32. a to 0.6 leaves 0.4: 0.24 and 0.16.
    const values = fieldPathValues(three, 'segments.a.newSubscriberShare', 0.6);
    expect(values['segments.b.newSubscriberShare']).toBeCloseTo(0.24, 15);
    expect(values['segments.c.newSubscriberShare']).toBeCloseTo(0.16, 15);
  });

  it('splits what is left evenly when the segment held everything', () => {
    const whole = parseScenarioInput({ ...flatList, segments: { a: { share: 1 }, b: { share: 0 }, c: { share: 0 } } });
    const values = fieldPathValues(whole, 'segments.a.share', 0.8);
    expect(values['segments.a.share']).toBe(0.8);
    expect(values['segments.b.share']).toBeCloseTo(0.1, 15);
    expect(values['segments.c.share']).toBeCloseTo(0.1, 15);
  });
});
