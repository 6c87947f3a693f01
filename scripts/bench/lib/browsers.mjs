// Two Chromiums that differ only in the extension: the e2e launcher (built extension loaded,
// FOREWARN_OUT_DIR) and the same launch without it. Both use a fresh persistent profile, the
// same switches and viewport, so a difference between them is the extension's.
import { register } from 'tsx/esm/api';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

register();
const { launchWithExtension, EXTENSION_DIR } = await import('../../../tests/e2e/support/launch-chromium.ts');
const { startFixtureServer } = await import('../../../tests/e2e/support/fixture-server.ts');

export { EXTENSION_DIR, startFixtureServer };
export const BENCH_PAGES = resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'bench-pages');

/** Switches the launcher uses, minus the extension ones; keep in step with launch-chromium.ts. */
const PLAIN_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A browser with the extension (`withExtension`) or without; same shape either way. With
 * `extensionDir` another extension is loaded instead (the page-cost floor), and the browser
 * counts as one without Forewarn (nothing waits for Forewarn's marks).
 */
export async function launchBrowser(withExtension, args = [], extensionDir = undefined) {
  if (extensionDir) {
    const b = await launchWithExtension({ args, extensionDir });
    return { context: b.context, close: b.close, withExtension: false };
  }
  if (withExtension) {
    const b = await launchWithExtension({ args });
    return { context: b.context, close: b.close, withExtension };
  }
  const profile = await mkdtemp(join(tmpdir(), 'forewarn-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...PLAIN_ARGS, ...args],
  });
  return {
    context,
    withExtension,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Two animation frames and a quiet pause, so work queued after the last change has run. */
export async function settle(page, quietMs = 300) {
  await page.evaluate(
    (ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))),
    quietMs,
  );
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
