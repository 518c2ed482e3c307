// Builds the page: dist-app/site/ (a static site) and dist-app/email-npv.html (one self-contained file that works
// offline from file://), with Vite's JS API and app/vite.config.ts; prints the sizes.
// Run: npm run build:app
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const config = resolve('app/vite.config.ts');

/**
 * Builds the site and the single file into `outDir` (default dist-app/) and returns both files' lists.
 * @param {string} outDir
 */
export async function buildApp(outDir = resolve('dist-app')) {
  const site = join(outDir, 'site');
  const single = join(outDir, 'single');
  await build({ configFile: config, logLevel: 'warn', build: { outDir: site, emptyOutDir: true } });
  await build({ configFile: config, mode: 'singlefile', logLevel: 'warn', build: { outDir: single, emptyOutDir: true } });
  const singleFile = join(outDir, 'email-npv.html');
  renameSync(join(single, 'index.html'), singleFile);
  rmSync(single, { recursive: true, force: true });
  return { site, singleFile };
}

/** Every file under `dir`, with its raw and gzip bytes. */
export function sizesOf(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
    .map((path) => {
      const bytes = readFileSync(path);
      return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve('dist-app');
  mkdirSync(outDir, { recursive: true });
  const { site, singleFile } = await buildApp(outDir);
  console.log(`dist-app/site/ — the static site:`);
  for (const { path, raw, gzip } of sizesOf(site)) console.log(`  ${relative(outDir, path).padEnd(48)} ${kb(raw).padStart(10)}  gzip ${kb(gzip).padStart(9)}`);
  const bytes = readFileSync(singleFile);
  console.log(`dist-app/email-npv.html — one self-contained file: ${kb(bytes.length)}, gzip ${kb(gzipSync(bytes, { level: 9 }).length)}`);
}
