/**
 * Starts a Web Worker running the page's own script, so the page ships its code once (the library is most of
 * it: a second bundle for the worker would double the page's JavaScript).
 *
 * - Served as a site, the page's module script has a `src`: the worker is a module worker of that file.
 * - As one self-contained HTML file (opened from file://), the script is inline: its text becomes a Blob and
 *   the worker a classic worker of it — Chromium refuses module workers from `blob:null` URLs, and the bundle
 *   has no import, export or import.meta, so it runs as a classic script.
 *
 * The script tells the two apart with {@link isPageWorker}: in the worker it only answers messages.
 */
export function startPageWorker(): Worker {
  // The page's own script is its last module script (the dev server puts its client before it).
  const script = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"]')].at(-1);
  if (script === undefined) throw new Error('the page has no module script to run in a worker');
  if (script.src !== '') return new Worker(script.src, { type: 'module' });
  return new Worker(URL.createObjectURL(new Blob([script.textContent ?? ''], { type: 'text/javascript' })));
}

/** Whether this script runs in the page's worker (no document there). */
export function isPageWorker(): boolean {
  return typeof document === 'undefined';
}
