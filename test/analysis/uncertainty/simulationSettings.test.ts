import { describe, expect, it } from 'vitest';
import { MAX_DRAWS, SimulationSettings } from '../../../src/analysis/uncertainty/simulationSettings';

describe('SimulationSettings', () => {
  it('takes draws and a seed, both optional', () => {
    expect(SimulationSettings.parse({ draws: 1000, seed: 7 })).toEqual({ draws: 1000, seed: 7 });
    expect(SimulationSettings.parse({})).toEqual({});
  });

  it('refuses draws outside 1 to MAX_DRAWS, a seed outside 32 bits, and unknown keys', () => {
    expect(SimulationSettings.safeParse({ draws: 0 }).error?.issues[0]?.message).toBe('must be at least 1 draw');
    expect(SimulationSettings.safeParse({ draws: MAX_DRAWS + 1 }).error?.issues[0]?.message).toBe(`must be at most ${MAX_DRAWS} draws`);
    expect(SimulationSettings.safeParse({ seed: 2 ** 32 }).success).toBe(false);
    expect(SimulationSettings.safeParse({ drawz: 10 }).success).toBe(false);
  });
});
