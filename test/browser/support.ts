import { existsSync } from 'node:fs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// What every browser test shares: Debian's Chromium, driven by playwright-core, started as the machine allows
// (no sandbox as root; no background networking, which this closed network refuses), and pages that record
// their console errors, uncaught errors and requests.

export const CHROMIUM = '/usr/bin/chromium';

/** Skipped where Chromium is missing, except in CI (process.env.CI), where a browser test must run. */
export const hasChromium = existsSync(CHROMIUM);

/** Warns that `name` is skipped (locally) or fails (in CI) without Chromium, and in CI adds the failing test that says so. */
export function requireChromium(name: string): void {
  if (hasChromium) return;
  const inCi = Boolean(process.env.CI);
  console.warn(
    inCi
      ? `${name}: FAILING — no Chromium at ${CHROMIUM}, and CI must run the browser tests (apt-get install -y chromium).`
      : `${name}: SKIPPED — no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium).`,
  );
  describe.runIf(inCi)(`${name} in CI`, () => {
    it(`finds Chromium at ${CHROMIUM}`, () => {
      expect.fail(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium) so that ${name} runs in a browser`);
    });
  });
}

/** Starts Chromium with a fresh profile of its own in `profileDir`: nothing from another run or user can leak in. */
export function launchChromium(profileDir: string, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
  });
}

/** A page and what it recorded: console errors and uncaught errors, and every request it (or its workers) made. */
export interface WatchedPage {
  readonly page: Page;
  readonly errors: string[];
  readonly requests: string[];
}

/**
 * A new page of `context` that records console errors, uncaught errors and every request: the page's own, or with
 * `requestsOf: 'context'` every request of the context (its workers' too).
 */
export async function watchedPage(
  context: BrowserContext,
  { width, requestsOf = 'page' }: { width?: number; requestsOf?: 'page' | 'context' } = {},
): Promise<WatchedPage> {
  const page = await context.newPage();
  if (width !== undefined) await page.setViewportSize({ width, height: 800 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  (requestsOf === 'page' ? page : context).on('request', (request) => requests.push(request.url()));
  return { page, errors, requests };
}
