import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { settle } from './support/cover-inspector';

// Every whole-page fixture of the detection corpus (tests/fixtures/corpus-pages/<slug>/), loaded
// in Chromium with the built extension at its default sensitivity: each image's data-forewarn
// must match expected.json ("covered" or "safe"). The pages never carry their expectations.

const ROOT = resolve('tests/fixtures/corpus-pages');
const PAGES = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'expected.json')));

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(ROOT);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('corpus pages in Chromium with the extension', () => {
  it('has at least twelve pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PAGES)('%s: every image gets its expected verdict', async (slug) => {
    const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as {
      images: Record<string, 'covered' | 'safe'>;
    };
    const page = await browser.context.newPage();
    try {
      await page.goto(server.url(`/${slug}/`));
      await settle(page);
      const states = await page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('img')].map((img) => [img.id, img.getAttribute('data-forewarn')])),
      );
      expect(Object.keys(states).sort()).toEqual(Object.keys(expected.images).sort());
      const wrong = Object.entries(expected.images)
        .filter(([id, want]) => states[id] !== want)
        .map(([id, want]) => `${id}: expected ${want}, got data-forewarn=${states[id]}`);
      expect(wrong).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
