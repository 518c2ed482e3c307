import { describe, expect, it } from 'vitest';
import { drawnInput } from '../../../src/analysis/uncertainty/drawnInput';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { baseline, deepFreeze } from '../../scenarios/support';

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
});
