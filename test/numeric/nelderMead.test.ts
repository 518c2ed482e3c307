import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/numeric/nelderMead';

describe('nelderMead', () => {
  it('finds the minimum of a quadratic bowl and of Rosenbrock’s valley (minimum at (1, 1))', () => {
    const bowl = nelderMead(([x, y, z]) => (x! - 3) ** 2 + 4 * (y! + 1) ** 2 + (z! - 0.5) ** 2 + 2, [0, 0, 0]);
    expect(bowl.converged).toBe(true);
    bowl.point.forEach((v, i) => expect(v).toBeCloseTo([3, -1, 0.5][i]!, 5));
    expect(bowl.value).toBeCloseTo(2, 10);
    const rosenbrock = nelderMead(([x, y]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2, [-1.2, 1]);
    expect(rosenbrock.point[0]).toBeCloseTo(1, 6);
    expect(rosenbrock.point[1]).toBeCloseTo(1, 6);
  });

  it('moves away from points where the function is not finite', () => {
    // ln x is undefined for x ≤ 0: the minimum of x − ln x is at x = 1
    const result = nelderMead(([x]) => (x! > 0 ? x! - Math.log(x!) : Number.NaN), [0.1], { step: 2 });
    expect(result.point[0]).toBeCloseTo(1, 6);
  });

  it('says when it stopped before meeting the tolerances, and refuses a bad start', () => {
    const result = nelderMead(([x, y]) => 100 * (y! - x! * x!) ** 2 + (1 - x!) ** 2, [-1.2, 1], { maxIterations: 5 });
    expect(result).toMatchObject({ converged: false, iterations: 5 });
    expect(() => nelderMead(([x]) => x!, [])).toThrow(/^start: must be a non-empty list of finite numbers/);
  });
});
