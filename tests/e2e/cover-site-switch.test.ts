import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import {
  imageFileCentre,
  listCovers,
  listImages,
  sameColour,
  screenPixel,
  scrollImageIntoView,
  settle,
} from './support/cover-inspector';
import { setSiteEnabled } from './support/site-settings';

// The popup's site switch: off leaves the site's pages exactly as they are (after a reload),
// on brings the covers back; the choice belongs to that hostname only.

const session = useExtensionSession('demo/pages');

async function coveredCount(page: Page): Promise<number> {
  return page.locator('[data-forewarn="covered"]').count();
}

describe('the site switch', () => {
  it('turned off, leaves the page untouched after a reload; turned on, covers again', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/detention-photos.html'));
    await settle(page);
    expect(await coveredCount(page)).toBeGreaterThan(0);

    await setSiteEnabled(session.browser, page, false);
    await page.reload();
    await settle(page, { verdicts: false });
    expect(await page.locator('[data-forewarn]').count()).toBe(0);
    expect(await listCovers(page)).toEqual([]);
    const hidden: string[] = [];
    for (const image of await listImages(page)) {
      const centre = await scrollImageIntoView(page, image.index);
      const onScreen = await screenPixel(page, centre);
      if (!sameColour(onScreen, await imageFileCentre(page, image.index))) hidden.push(image.src);
    }
    expect(hidden, 'pictures not shown as they are').toEqual([]);

    await setSiteEnabled(session.browser, page, true);
    await page.reload();
    await settle(page);
    expect(await coveredCount(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('is remembered per hostname: off for 127.0.0.1 keeps covering on localhost', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/detention-photos.html'));
    await settle(page);
    await setSiteEnabled(session.browser, page, false);
    await page.reload();
    await settle(page, { verdicts: false });
    expect(await page.locator('[data-forewarn]').count()).toBe(0);

    const other = await session.browser.context.newPage();
    await other.goto(session.server.url('/detention-photos.html').replace('127.0.0.1', 'localhost'));
    await settle(other);
    expect(await coveredCount(other)).toBeGreaterThan(0);

    await setSiteEnabled(session.browser, page, true);
    await page.close();
    await other.close();
  });
});
