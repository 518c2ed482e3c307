import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { batchWorkerFile } from '../../src/parallel/workerFile';

describe('batchWorkerFile', () => {
  test('is batchWorker.js beside the module when it is there (dist/)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'email-npv-dist-'));
    writeFileSync(join(folder, 'batchWorker.js'), '');
    expect(batchWorkerFile(pathToFileURL(join(folder, 'batch.js')).href).href).toBe(pathToFileURL(join(folder, 'batchWorker.js')).href);
  });

  test('from the source tree, the built worker in dist/', () => {
    expect(batchWorkerFile(new URL('../../src/parallel/workerFile.ts', import.meta.url).href).href).toBe(
      new URL('../../dist/batchWorker.js', import.meta.url).href,
    );
  });
});
