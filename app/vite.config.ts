import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page imports the library by its package name, like any user; here the name points at the
// library's source, so `npm run app` reloads on every change of src/ too.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  resolve: { alias: { 'email-npv': fileURLToPath(new URL('../src/index.ts', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  build: { outDir: fileURLToPath(new URL('../dist-app/site', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
