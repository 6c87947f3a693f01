import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { diffScreenshots, listImages, settle } from './support/cover-inspector';

// "Releases safe images at once, so an ordinary page looks as it does without the extension":
// the same page is photographed in a browser without Forewarn and in one with it, and the two
// full-page screenshots are compared pixel by pixel. Only the boxes of covered pictures may
// differ; nothing may move.

let server: FixtureServer;
let withExtension: ExtensionBrowser;
let plain: Browser;

beforeAll(async () => {
  server = await startFixtureServer(resolve('demo/pages'));
  withExtension = await launchWithExtension();
  plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
afterAll(async () => {
  await withExtension?.close();
  await plain?.close();
  await server?.close();
});

async function photograph(page: Page, path: string, verdicts: boolean): Promise<Buffer> {
  await page.goto(server.url(path));
  await settle(page, { verdicts });
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
}

describe('a page seen with Forewarn', () => {
  it.each(['gadget-review.html', 'detention-photos.html'])(
    '%s is pixel for pixel the page without it, outside the covered pictures',
    async (path) => {
      const without = await plain.newPage({ viewport: { width: 1280, height: 900 } });
      const before = await photograph(without, path, false);
      const page = await withExtension.context.newPage();
      const after = await photograph(page, path, true);
      // Covered boxes, grown to whole pixels: their edges are anti-aliased over fractional positions.
      const covered = (await listImages(page))
        .filter((i) => i.verdict === 'covered')
        .map(({ box }) => ({
          x: Math.floor(box.x) - 1,
          y: Math.floor(box.y) - 1,
          width: Math.ceil(box.width) + 3,
          height: Math.ceil(box.height) + 3,
        }));
      const diff = await diffScreenshots(without, before, after, covered);
      expect(diff.differing, `differs in ${JSON.stringify(diff.where)}`).toBe(0);
      await without.close();
      await page.close();
    },
  );
});
