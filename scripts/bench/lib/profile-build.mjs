// The unminified build the profiling scripts read function names from, and the check that it
// really decided the page: a profile of a build that decides nothing is a profile of waiting.
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';

export const PROFILE_OUT_DIR = '.output-bench-profile';

/**
 * Builds content, background and popup unminified. The popup is what gives the manifest its
 * toolbar action: without it the background stops at its first badge call, stores no lexicon,
 * and every picture stays held (profiles of that build showed no decisions at all).
 */
export async function buildForProfile(outDir = PROFILE_OUT_DIR) {
  const { build } = await import('wxt');
  await build({
    root: resolve(import.meta.dirname, '..', '..', '..'),
    outDir,
    filterEntrypoints: ['content', 'background', 'popup'],
    logLevel: 'warn',
    vite: () => ({ plugins: [preact()], build: { minify: false } }),
  });
}

/** Waits until every picture of the page carries a decision; throws with the count if not. */
export async function waitForDecisions(page, timeout = 15_000) {
  const decided = await page
    .waitForFunction(() => [...document.images].every((i) => i.hasAttribute('data-forewarn')), undefined, { timeout })
    .then(() => true, () => false);
  if (decided) return;
  const [undecided, all] = await page.evaluate(() => [[...document.images].filter((i) => !i.hasAttribute('data-forewarn')).length, document.images.length]);
  throw new Error(`${undecided} of ${all} pictures undecided after ${timeout} ms: the profiled build is not deciding`);
}
