import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addLateGraphicPost } from './shared/page-checks';
import { useExtensionSession } from './support/extension-session';
import { buttonCentre, listCovers, settle } from './support/cover-inspector';
import { openPopup, popupCoveredCount } from './support/popup';

// Issue 13: the open popup is told when the page's counts change, whatever changed them (the
// page adding or removing pictures, the reader revealing one on the page), instead of asking
// on timers after a change of settings.

const session = useExtensionSession('demo/pages');

const covered = (page: Page) => page.locator('[data-forewarn="covered"]').count();

/** Waits until the open popup's status line reports `n` covered pictures, without touching it. */
const popupSays = (popup: Page, n: number) => popup.waitForSelector(`.fw-status[data-covered="${n}"]`, { timeout: 10_000 });

describe('the open popup', () => {
  it('follows the page\'s count as pictures come, are revealed and go', async () => {
    const page = await session.browser.context.newPage();
    // A query string of its own: the popup finds its tab by URL, and a retry must not find this one.
    await page.goto(session.server.url(`/detention-photos.html?popup-counts=${Date.now()}`));
    await settle(page);
    const before = await covered(page);
    expect(before).toBeGreaterThan(0);
    const popup = await openPopup(session.browser, page);
    try {
      expect(await popupCoveredCount(popup)).toBe(before);

      // The page adds a graphic picture long after loading (a live blog's new post).
      await addLateGraphicPost(page);
      await page.waitForFunction(() => document.querySelector('#late-post img')?.getAttribute('data-forewarn') === 'covered');
      await popupSays(popup, before + 1);

      // The reader reveals one on the page (a real click).
      await page.bringToFront();
      const covers = await listCovers(page);
      const index = covers.findIndex((c) => c.state === 'covered');
      const { x, y } = await buttonCentre(page, index, /^Show image/);
      await page.mouse.click(x, y);
      await page.waitForFunction((n) => document.querySelectorAll('[data-forewarn="covered"]').length === n, before);
      await popupSays(popup, before);

      // The page takes the late post away again.
      await page.evaluate(() => document.querySelector('#late-post')!.remove());
      await popupSays(popup, before - 1);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
