import { describe, expect, it } from 'vitest';
import { drawnInput } from '../../../src/analysis/uncertainty/drawnInput';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { baseline, deepFreeze } from '../../scenarios/support';
import { issueExample } from '../../schema/segmentedExample';

describe('drawnInput', () => {
  const input = deepFreeze(parseScenarioInput(baseline));

  it("sets each drawn field to its distribution's value in the draw's row, and keeps the rest", () => {
    const draws = new Float64Array([0.1, 0.2, 0.3, 0.41, 0.12, 0.03]); // two rows of three distributions
    const result = drawnInput(
      input,
      [
        { field: 'openRate', index: 0 },
        { field: 'clickRate', index: 1 },
      ],
      draws,
      3,
    );
    expect(result).toEqual({ ...input, openRate: 0.41, clickRate: 0.12 });
  });

  it('copies the input when nothing is drawn, and never mutates it', () => {
    const result = drawnInput(input, [], new Float64Array(0), 0);
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
  });

  it('sets a drawn segment field as that segment’s own value, a retention parameter and a move’s share, with the fields', () => {
    const base = deepFreeze(parseScenarioInput(issueExample));
    const fields = [
      { field: 'segments.dormant.clickRate', index: 0 },
      { field: 'retention.alpha', index: 1 },
      { field: 'openRate', index: 2 },
      { field: 'moves[0].sharePerMonth', index: 3 },
    ];
    const input = drawnInput(base, fields, new Float64Array([9, 9, 0.07, 0.9, 0.3, 0.05]), 2);
    expect(input.segments!.dormant).toEqual({ ...base.segments!.dormant, clickRate: 0.07 });
    expect(input.segments!.engaged).toEqual(base.segments!.engaged);
    expect(input.retention).toEqual({ ...base.retention, alpha: 0.9 });
    expect(input.openRate).toBe(0.3);
    expect(input.moves).toEqual([{ from: 'engaged', to: 'dormant', sharePerMonth: 0.05 }]);
    expect(base.segments!.dormant!.clickRate).toBeUndefined();
  });
});
