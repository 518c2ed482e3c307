// The page's weight: builds the site (app/) into a temporary folder with Vite and prints its JavaScript, raw and
// gzip, against the budget: the scripts the page loads before it shows its first results ≤ 150 KB gzip (the entry,
// which loads the page's module — or, in the worker, the analyses' — and their static imports). The chunks loaded
// on demand (the analysis panels and worker, the history fit, the HTML report's code) are listed apart, and the
// total of all. Exits non-zero only when the build breaks; a page over budget is printed as "OVER BUDGET".
// Run: node bench/appSize.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The budget of the JavaScript the page loads before it shows anything, gzip bytes. */
export const BUDGET_GZIP_BYTES = 150 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipBytes = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** Builds the site into a temporary folder and returns its JavaScript chunks: name, raw and gzip bytes, and whether the page loads it first. */
export async function measureApp() {
  const outDir = mkdtempSync(join(tmpdir(), 'email-npv-app-size-'));
  try {
    const result = await build({ configFile: resolve('app/vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const chunks = new Map(outputs.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    // The first script: the entry and everything it imports statically, transitively.
    const initial = new Set();
    const visit = (name) => {
      if (initial.has(name) || !chunks.has(name)) return;
      initial.add(name);
      for (const imported of chunks.get(name).imports) visit(imported);
    };
    // The entry only chooses between the page and the worker (app/src/main.ts): the page's module is part of the first view.
    for (const chunk of chunks.values()) if (chunk.isEntry || chunk.facadeModuleId?.endsWith('app/src/page.tsx')) visit(chunk.fileName);
    const rows = [...chunks.values()].map((c) => ({
      name: c.fileName,
      raw: Buffer.byteLength(c.code),
      gzip: gzipBytes(c.code),
      initial: initial.has(c.fileName),
    }));
    return rows;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureApp();
  const first = rows.filter((r) => r.initial);
  const later = rows.filter((r) => !r.initial);
  const total = (list, key) => list.reduce((sum, r) => sum + r[key], 0);
  console.log('The page’s JavaScript (site build):');
  for (const r of [...first, ...later])
    console.log(`  ${r.initial ? 'first  ' : 'later  '} ${r.name.padEnd(44)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}`);
  const firstGzip = total(first, 'gzip');
  console.log(
    `\nLoaded first: ${kb(total(first, 'raw'))} raw, ${kb(firstGzip)} gzip; on demand: ${kb(total(later, 'gzip'))} gzip more; all of it: ${kb(total(rows, 'gzip'))} gzip.`,
  );
  console.log(
    firstGzip <= BUDGET_GZIP_BYTES
      ? `Within budget: ${kb(firstGzip)} ≤ ${kb(BUDGET_GZIP_BYTES)} gzip.`
      : `OVER BUDGET: ${kb(firstGzip)} > ${kb(BUDGET_GZIP_BYTES)} gzip (by ${kb(firstGzip - BUDGET_GZIP_BYTES)}).`,
  );
}
