import { defineConfig } from 'tsup';

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
    noExternal: [/^d3-/, /^csv-parse/, /^@stdlib\//],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
