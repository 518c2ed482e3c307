import { describe, expect, it } from 'vitest';
import { inseparableGroups } from '../../../src/analysis/calibration/inseparableGroups';

const unit = { min: 0, max: 1 };

describe('inseparableGroups', () => {
  it('groups unknowns that enter only as a product, and lists one with no effect alone', () => {
    // r = (a·b, 2a·b, c − 1): ∂r/∂a = (b, 2b, 0) ∥ ∂r/∂b = (a, 2a, 0) at a = b; d moves nothing
    const groups = inseparableGroups(['a', 'b', 'c', 'd'], [unit, unit, unit, unit], [0.5, 0.5, 0.5, 0.5], ([a, b, c]) => [a! * b!, 2 * a! * b!, c! - 1]);
    expect(groups).toEqual([['a', 'b'], ['d']]);
  });

  it('finds none when every unknown moves the residuals its own way', () => {
    expect(inseparableGroups(['a', 'b'], [unit, unit], [0.3, 0.6], ([a, b]) => [a! - 1, b! - 2, a! + b!])).toEqual([]);
  });
});
