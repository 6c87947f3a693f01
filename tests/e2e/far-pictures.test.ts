import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';

// Issue 14: a picture far below the first screen is not decided while the page loads (it stays
// held); it is decided when the reader scrolls near it, or once the page has loaded and is idle.
// The photo essay's load event waits six seconds for a slow picture at its end, so "before the
// load" is a stretch of time the test can act in.

const session = useExtensionSession();
const ESSAY = '/tests/fixtures/media-pages/photo-essay.html';

describe('pictures far from the viewport', () => {
  it('stay held while the page loads, and are decided once the reader scrolls near them', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(session.server.url(ESSAY), { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => document.querySelector('img')?.hasAttribute('data-forewarn'));
      const far = async () =>
        page.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('#far-graphic img')!;
          return { mark: img.getAttribute('data-forewarn'), opacity: getComputedStyle(img).opacity, loaded: document.readyState === 'complete' };
        });
      // Twenty-odd screens down, while the page still loads: held, not decided.
      expect(await far()).toEqual({ mark: null, opacity: '0', loaded: false });
      await page.evaluate(() => document.querySelector('#far-graphic')!.scrollIntoView());
      await page.waitForFunction(() => document.querySelector('#far-graphic img')?.getAttribute('data-forewarn') === 'covered', null, {
        timeout: 3_000,
      });
      // Decided because it neared the viewport, not because the page had loaded.
      expect((await far()).loaded).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('are all decided once the page has loaded, without any scrolling', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(session.server.url(ESSAY), { waitUntil: 'load' });
      await page.waitForFunction(() => [...document.images].every((img) => img.hasAttribute('data-forewarn')), null, { timeout: 5_000 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('#far-graphic img')!.getAttribute('data-forewarn'))).toBe('covered');
    } finally {
      await page.close();
    }
  });
});
