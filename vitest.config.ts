import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two tiers: `unit` (pure logic in Node, DOM helpers in happy-dom, storage with WXT's fake
// browser) and `e2e` (the built extension in real Chromium over local fixture pages).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup-lexicons.ts'],
          // The corpus-wide tests (trigger-words, stored-lexicon) read every corpus case in every
          // language: ~1 s alone, but 5–6 s once on a machine under load 14, past the 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // One retry: on a loaded 2-core machine a real browser can miss a step's deadline (seen
          // once: Firefox opening the reader from the popup, which passes alone). A test that
          // fails twice still fails the run; retried tests are listed in the summary.
          retry: 1,
        },
      },
    ],
  },
});
