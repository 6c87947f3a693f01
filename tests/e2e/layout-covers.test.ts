import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { buttonCentre, coverOver, listCovers, listImages } from './support/cover-inspector';
import { waitForExpectations } from './support/expectations';

// Covers that do not break pages (issue 4, item 5): the layout with covers is the layout without
// the extension (flex and grid galleries, thumbnails, links), a sticky header stays on top of
// covers, a click on a cover inside a link does not follow the link, right-to-left pages, and
// thumbnails get the compact cover.

let server: FixtureServer;
let browser: ExtensionBrowser;
let plain: Browser;

beforeAll(async () => {
  server = await startFixtureServer(resolve('.'));
  browser = await launchWithExtension();
  plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});
afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await server?.close();
});

const PAGES = '/tests/fixtures/media-pages/';

async function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-box], img')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.localName}#${el.id}:${Math.round(r.x)},${Math.round(r.y + scrollY)},${Math.round(r.width)}x${Math.round(r.height)}`;
    }),
  );
}

async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done(total)));
      }),
  );
}

for (const name of ['layout.html', 'layout-rtl.html']) {
  describe(name, () => {
    it('lays every box out exactly as without the extension, with covers exactly over their pictures', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url(PAGES + name));
      await waitForExpectations(page);
      const without = await plain.newPage({ viewport: { width: 1280, height: 900 } });
      await without.goto(server.url(PAGES + name));
      await without.waitForFunction(() => [...document.images].every((i) => i.complete));
      expect(await boxes(page)).toEqual(await boxes(without));
      expect(await layoutShift(page)).toBe(0);
      const images = await listImages(page);
      const covers = await listCovers(page);
      const covered = images.filter((i) => i.verdict === 'covered');
      expect(covered.length).toBe(5);
      for (const image of covered) expect(coverOver(image, covers, 1), image.src).toBeDefined();
      expect(covers.length).toBe(5);
      await without.close();
      await page.close();
    });
  });
}

describe('a right-to-left page', () => {
  it('keeps the warning in the browser language\'s direction (English: Hide image at the top left)', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(PAGES + 'layout-rtl.html'));
    await waitForExpectations(page);
    await page.evaluate(() => document.querySelector('#linked')!.scrollIntoView({ block: 'center' }));
    const covers = await listCovers(page);
    const index = covers.findIndex((c) => c.box.height > 300);
    const show = await buttonCentre(page, index, /^Show image/);
    await page.mouse.click(show.x, show.y);
    await page.waitForFunction(() => document.querySelector('#linked')?.getAttribute('data-forewarn') === 'revealed');
    const hide = await buttonCentre(page, index, /^Hide image/);
    const cover = (await listCovers(page))[index]!;
    expect(hide.x - cover.box.x).toBeLessThan(cover.box.width / 4);
    await page.close();
  });
});

describe('covers in page furniture', () => {
  it('stay under a sticky header', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(PAGES + 'layout.html'));
    await waitForExpectations(page);
    // Scroll so the covered flex picture runs under the header.
    await page.evaluate(() => {
      const img = document.querySelector('#flex-2')!;
      window.scrollTo(0, img.getBoundingClientRect().top + scrollY - 20);
    });
    const probe = await page.evaluate(() => {
      const img = document.querySelector('#flex-2')!.getBoundingClientRect();
      const x = img.x + img.width / 2;
      return { header: document.elementFromPoint(x, 10)?.closest('header')?.className, below: document.elementFromPoint(x, 80)?.localName };
    });
    expect(probe.header).toBe('masthead');
    expect(probe.below).toBe('forewarn-cover');
    await page.close();
  });

  it('inside a link: clicking the cover does not follow the link; Show image reveals', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(PAGES + 'layout.html'));
    await waitForExpectations(page);
    const url = page.url();
    const box = await page.evaluate(() => {
      const img = document.querySelector('#linked')!;
      img.scrollIntoView({ block: 'center' });
      const r = img.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    // A click on the cover's body (away from its button).
    await page.mouse.click(box.x + 20, box.y + 20);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    const index = (await listCovers(page)).findIndex((c) => Math.abs(c.box.width - box.width) < 2 && c.box.height > 300);
    const { x, y } = await buttonCentre(page, index, /^Show image/);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('#linked')?.getAttribute('data-forewarn') === 'revealed');
    expect(page.url()).toBe(url);
    await page.close();
  });

  it('thumbnails get the compact cover: button inside the 120×75 box, warning still spoken', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(PAGES + 'layout.html'));
    await waitForExpectations(page);
    await page.evaluate(() => document.querySelector('#thumb-1')!.scrollIntoView({ block: 'center' }));
    const covers = await listCovers(page);
    const index = covers.findIndex((c) => Math.round(c.box.width) === 120 && Math.round(c.box.height) === 75);
    expect(index).toBeGreaterThanOrEqual(0);
    const thumb = covers[index]!;
    const centre = await buttonCentre(page, index, /^Show image/);
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(centre.x).toBeGreaterThan(thumb.box.x);
    expect(centre.x).toBeLessThan(thumb.box.x + thumb.box.width);
    expect(centre.y + scrollY).toBeGreaterThan(thumb.box.y);
    expect(centre.y + scrollY).toBeLessThan(thumb.box.y + thumb.box.height);
    // The heading and labels are hidden from view but still told to screen readers.
    expect(thumb.spokenText).toMatch(/hidden/i);
    const shot = await page.screenshot({ clip: { x: thumb.box.x, y: thumb.box.y - scrollY, width: 120, height: 75 } });
    expect(shot.length).toBeGreaterThan(0);
    await page.close();
  });
});
