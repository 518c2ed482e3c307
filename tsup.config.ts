import { defineConfig } from 'tsup';

// The Node builds bundle @stdlib (a devDependency), whose CommonJS modules require Node's own (tty, via debug):
// an ES module has no `require`, so the ESM builds get one.
const nodeRequire = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// No source maps: the package ships readable, unminified JavaScript, and the maps (800 KB each) would
// triple its size.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    // d3-scale and d3-shape are ESM-only: bundled, so that require('email-npv') works on every Node 20
    // and the browser build has no d3 import to resolve. No d3 type reaches the public .d.ts.
    // csv-parse: its browser build (Buffer polyfilled; the Node build uses Buffer when loaded) is bundled
    // for the same reasons.
    // ml-levenberg-marquardt's ml-matrix: its ESM entry (matrix.mjs, the "import"/"default" condition) only
    // re-exports its CommonJS matrix.js, which no browser loads: bundled (with ml-matrix's own ml-array-* and
    // is-any-array), so that dist/index.js loads in a browser as it is (test/browser/report.browser.test.ts).
    noExternal: [/^d3-/, /^csv-parse/, /^@stdlib\//, /^ml-/, 'is-any-array'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: `#!/usr/bin/env node\n${nodeRequire}` },
  },
  {
    // email-npv/batch, Node only: forecastMany and simulateParallel on worker threads. import.meta.url (shimmed in the
    // CommonJS build) finds the worker script beside it: dist/batchWorker.js, built by the next block.
    entry: { batch: 'src/parallel/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    shims: true,
    banner: ({ format }) => (format === 'esm' ? { js: nodeRequire } : {}),
  },
  {
    entry: { batchWorker: 'src/parallel/batchWorker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: nodeRequire },
  },
]);
