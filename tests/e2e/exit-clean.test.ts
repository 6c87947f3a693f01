import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { buttonCentre, coverOver, listCovers, listImages } from './support/cover-inspector';
import { scanPage } from './support/pixels';
import { waitForExpectations } from './support/expectations';
import { setSiteEnabled, tabIdOf } from './support/site-settings';

// Clean exits (issue 4, item 6): the site turned off, a newer content script injected after an
// update, and the extension gone from under an open page. In every case the page stays usable:
// no picture is left invisible with no way to show it. Each test gets a fresh browser, since
// some of them take the extension away.

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeEach(async () => {
  server = await startFixtureServer(resolve('.'));
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = '/tests/fixtures/media-pages/';

async function open(name: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(PAGES + name));
  await waitForExpectations(page);
  return page;
}

/** Adds a figure as a live blog would; returns its image's id. */
async function addFigure(page: Page, id: string, src: string, caption: string): Promise<void> {
  await page.evaluate(
    ({ id, src, caption }) => {
      const figure = document.createElement('figure');
      figure.innerHTML = `<img id="${id}" src="${src}" width="1200" height="800" alt=""><figcaption></figcaption>`;
      figure.querySelector('figcaption')!.textContent = caption;
      document.querySelector('article')!.prepend(figure);
    },
    { id, src, caption },
  );
}

/** Every picture is shown, or covered by exactly one cover whose Show button exists. */
async function everyPictureReachable(page: Page): Promise<void> {
  const images = await listImages(page);
  const covers = await listCovers(page);
  for (const image of images) {
    if (image.verdict === 'covered') {
      const over = covers.filter((c) => coverOver(image, [c]));
      expect(over.length, `covers over ${image.src}`).toBe(1);
      expect(over[0]!.buttons.some((b) => /^Show image/.test(b.name))).toBe(true);
    } else {
      expect(['safe', 'revealed'], `${image.src} is ${image.verdict}`).toContain(image.verdict);
    }
  }
}

describe('clean exits', () => {
  it('a newer content script (injected after an update) takes over: one live cover per picture', async () => {
    const page = await open('layout.html');
    const before = (await listCovers(page)).length;
    expect(before).toBe(5);
    const tabId = await tabIdOf(browser, page);
    // What the background does on runtime.onInstalled({reason: 'update'}).
    await browser.serviceWorker.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { executeScript(o: object): Promise<unknown> } };
      };
      await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    }, tabId);
    // The newer guard redraws the covers: same number, each live.
    await page.waitForFunction(() => document.querySelectorAll('forewarn-cover').length === 5);
    await page.waitForTimeout(300);
    await everyPictureReachable(page);
    expect((await listCovers(page)).length).toBe(5);
    // Pictures added now are decided once (the old guard is retired, not covering twice).
    await addFigure(page, 'added-graphic', 'img/photo-05.svg', 'The bodies of executed prisoners in the prison yard.');
    await addFigure(page, 'added-safe', 'img/view-05.svg', 'A bakery reopens in the old town.');
    await page.waitForFunction(() => document.querySelector('#added-graphic')?.getAttribute('data-forewarn') === 'covered');
    await page.waitForFunction(() => document.querySelector('#added-safe')?.getAttribute('data-forewarn') === 'safe');
    await page.waitForTimeout(300);
    expect((await listCovers(page)).length).toBe(6);
    await everyPictureReachable(page);
    // The new covers answer a real click.
    await page.evaluate(() => document.querySelector('#added-graphic')!.scrollIntoView({ block: 'center' }));
    const index = (await listCovers(page)).findIndex((c) => c.box.width > 800);
    const { x, y } = await buttonCentre(page, index, /^Show image/);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('[data-forewarn="revealed"]') !== null);
    const screens: number[] = [];
    await page.evaluate(() => document.querySelector('[data-forewarn="revealed"]')!.setAttribute('data-revealed-by-test', ''));
    await scanPage(page, (s) => screens.push(s.magenta));
    // Only the one revealed picture shows magenta; it is about a single picture's area.
    expect(Math.max(...screens)).toBeGreaterThan(0);
    await page.close();
  });

  it('the extension taken away under an open page: covers still open, new pictures still decided', async () => {
    const page = await open('layout.html');
    // chrome.runtime.reload() of this command-line-loaded extension unloads it for good here:
    // the same situation as an extension disabled, removed, or updated without re-injection.
    await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await page.waitForTimeout(1_000);
    await addFigure(page, 'late-graphic', 'img/photo-06.svg', 'Human remains in a mass grave uncovered by investigators.');
    await addFigure(page, 'late-safe', 'img/view-06.svg', 'Volunteers hand out bread at a community kitchen.');
    await page.waitForFunction(() => document.querySelector('#late-graphic')?.getAttribute('data-forewarn') === 'covered');
    await page.waitForFunction(() => document.querySelector('#late-safe')?.getAttribute('data-forewarn') === 'safe');
    await everyPictureReachable(page);
    const screens: number[] = [];
    await scanPage(page, (s) => screens.push(s.magenta));
    expect(screens.every((n) => n === 0), `magenta: ${screens.join(',')}`).toBe(true);
    // An old cover still opens with a real click.
    await page.evaluate(() => document.querySelector('#linked')!.scrollIntoView({ block: 'center' }));
    const index = (await listCovers(page)).findIndex((c) => c.box.width > 800 && c.box.y > 1000);
    const { x, y } = await buttonCentre(page, index, /^Show image/);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('#linked')?.getAttribute('data-forewarn') === 'revealed');
    await page.close();
  });

  it('the site turned off: backgrounds and pictures in shadow roots are handed back too', async () => {
    const page = await open('components.html');
    const other = await browser.context.newPage();
    await other.goto(server.url(PAGES + 'backgrounds.html'));
    await waitForExpectations(other);
    await setSiteEnabled(browser, page, false);
    for (const p of [page, other]) {
      await p.waitForFunction(() => document.documentElement.hasAttribute('data-forewarn-off'));
      await p.waitForTimeout(200);
      const left = await p.evaluate(() => {
        let marks = document.querySelectorAll('[data-forewarn], forewarn-cover').length;
        for (const host of document.querySelectorAll('*')) {
          if (host.shadowRoot) marks += host.shadowRoot.querySelectorAll('[data-forewarn], forewarn-cover').length;
        }
        return marks;
      });
      expect(left).toBe(0);
      // What the reader chose: the page as it is, graphic pictures included.
      const seen = await scanPage(p);
      expect(seen.magenta).toBeGreaterThan(1_000);
    }
    await setSiteEnabled(browser, page, true);
    await page.close();
    await other.close();
  });
});
