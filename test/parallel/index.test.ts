import { describe, expect, test } from 'vitest';
import * as batch from '../../src/parallel/index';

describe('email-npv/batch', () => {
  test('exports the Node-only API', () => {
    expect(Object.keys(batch).sort()).toEqual(['WorkerPool', 'batchPool', 'forecastMany', 'lineSeed', 'runBatch', 'simulateParallel']);
  });
});
