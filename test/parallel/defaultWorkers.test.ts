import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { defaultWorkers } from '../../src/parallel/defaultWorkers';

describe('defaultWorkers', () => {
  test('is the cores this process may use', () => {
    expect(defaultWorkers()).toBe(Math.max(1, availableParallelism()));
  });
});
