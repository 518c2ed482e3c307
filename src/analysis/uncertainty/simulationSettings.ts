import { z } from 'zod';

/** Most draws one simulation may take. */
export const MAX_DRAWS = 100_000;

/**
 * The optional `simulation` section of an uncertain scenario file: how many draws, which seed.
 *
 * @example
 * SimulationSettings.parse({ draws: 1000, seed: 7 }) //=> { draws: 1000, seed: 7 }
 * SimulationSettings.safeParse({ draws: 0 }).error.issues[0].message //=> 'must be at least 1 draw'
 */
export const SimulationSettings = z.strictObject({
  draws: z
    .number({ error: 'must be a whole number of draws' })
    .int({ error: 'must be a whole number of draws' })
    .min(1, { error: 'must be at least 1 draw' })
    .max(MAX_DRAWS, { error: `must be at most ${MAX_DRAWS} draws` })
    .optional(),
  seed: z
    .number({ error: 'must be a whole number from 0 to 4294967295' })
    .int({ error: 'must be a whole number from 0 to 4294967295' })
    .min(0, { error: 'must be a whole number from 0 to 4294967295' })
    .max(2 ** 32 - 1, { error: 'must be a whole number from 0 to 4294967295' })
    .optional(),
});
/** A validated `simulation` section. */
export type SimulationSettings = z.output<typeof SimulationSettings>;
