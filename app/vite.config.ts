import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// The page imports the library by its package name, like any user; here the name points at the
// library's source, so `npm run app` reloads on every change of src/ too.
const root = fileURLToPath(new URL('.', import.meta.url));
/** `vite build --mode singlefile` writes one self-contained HTML file; any other mode the static site. */
const SINGLE_FILE = 'singlefile';

/** The policy's directives common to both builds: nothing is fetched, posted or framed; only the page's own code runs. */
const baseDirectives = ["default-src 'none'", 'img-src data: blob:', "connect-src 'none'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"];

/**
 * The single file's script also runs as a classic worker (see app/src/pageWorker.ts), where `import.meta` is a
 * syntax error. With every module inlined, the only `import.meta` left is in Vite's preload helper, which is
 * handed `import.meta.url` as a base for dependencies it never has here (its list of deps is empty): the
 * script's location stands in for it. Any other `import.meta` fails the build.
 */
function asClassicScript(html: string, fail: (message: string) => never): string {
  const out = html
    .replace(/import\.meta\.resolve\?new URL\(import\.meta\.resolve\(\w+\)\)/g, 'false?void 0')
    .replaceAll('import.meta.url', 'self.location.href');
  const left = /.{0,60}import\.meta.{0,60}/.exec(out);
  if (left !== null) fail(`the single file must run as a classic worker, but its script reads import.meta: ${left[0]}`);
  return out;
}

/** sha256 source expression of an inline script or style, as CSP wants it. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Writes a strict Content-Security-Policy `<meta>` into the built page (never in dev: the dev server injects
 * scripts). Site: scripts, styles and workers from the page's own origin (the analysis worker is the page's own script).
 * Single file: only the inline script and styles whose sha256 hashes it lists, and the worker made from a blob of that script.
 */
function contentSecurityPolicy(singleFile: boolean): Plugin {
  return {
    name: 'email-npv-csp',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined the scripts and styles: their hashes are those of the final text.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = singleFile ? asClassicScript(String(asset.source), (message) => this.error(message)) : String(asset.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.length > 0);
          const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
          const directives = singleFile
            ? [...baseDirectives, `script-src ${scripts.map(sha256).join(' ')}`, `style-src ${styles.map(sha256).join(' ') || "'none'"}`, 'worker-src blob:']
            : [...baseDirectives, "script-src 'self'", "style-src 'self'", "worker-src 'self'"];
          if (!singleFile && (scripts.length > 0 || styles.length > 0)) this.error('the site build has an inline script or style: its CSP would block it');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ')}">`;
          asset.source = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
        }
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const singleFile = mode === SINGLE_FILE;
  return {
    root,
    base: './',
    resolve: { alias: { 'email-npv': fileURLToPath(new URL('../src/index.ts', import.meta.url)) } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: singleFile ? [viteSingleFile(), contentSecurityPolicy(true)] : [contentSecurityPolicy(false)],
    build: {
      outDir: fileURLToPath(new URL(singleFile ? '../dist-app/single' : '../dist-app/site', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      // No module preloading: its polyfill touches `document` when the script starts, and its preloads of a
      // dynamic import's chunks add <link> elements, neither of which the worker (the same script) has. The
      // chunks still load, on import; a dynamic import's CSS still loads in the page.
      modulePreload: false,
      chunkSizeWarningLimit: 1500,
    },
  };
});
