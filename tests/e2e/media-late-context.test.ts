import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { scanPage, screenColours } from './support/pixels';
import { waitForExpectations } from './support/expectations';

// Context that arrives late (issue 4, item 2): a gallery caption and a figcaption written by
// script after their image, live-blog cards appended every 300 ms, the next story loaded by
// infinite scroll, and a caption corrected after the picture was shown. The screen is read
// while all this happens: no graphic stand-in (pure magenta) may be painted at any moment.

const session = useExtensionSession();

describe('late context', () => {
  it('holds pictures whose caption is still being written, then covers them; never paints them first', async () => {
    const page = await session.browser.context.newPage();
    const magentaSeen: number[] = [];
    // The page's timeline runs twice slower (captions at 0.8 s and 1.2 s, cards every 0.6 s) so
    // that more screenshots fall inside each wait; Forewarn holds a picture with an empty
    // caption for at most 1.5 s (CAPTION_WAIT_MS), so later captions would come too late.
    await page.goto(session.server.url('/tests/fixtures/media-pages/live-blog.html?pace=2'), { waitUntil: 'commit' });
    let duringHold = 0;
    for (let i = 0; i < 12; i++) {
      const captionEmpty = await page
        .evaluate(() => document.getElementById('gallery-caption')?.textContent === '')
        .catch(() => false);
      magentaSeen.push((await screenColours(page)).magenta);
      if (captionEmpty) duringHold++;
    }
    // Some screenshots were taken while the gallery's caption was still empty.
    expect(duringHold).toBeGreaterThan(0);
    // The figures were held while their captions were empty: covered once the text came.
    await page.waitForFunction(() => document.querySelector('#gallery-img')?.getAttribute('data-forewarn') === 'covered');
    await page.waitForFunction(() => document.querySelector('#late-figure-img')?.getAttribute('data-forewarn') === 'covered');
    expect(magentaSeen.length).toBe(12);
    expect(magentaSeen.every((n) => n === 0), `magenta per screenshot: ${magentaSeen.join(',')}`).toBe(true);
    // The gallery and figure images are covered once their captions arrived; the live cards too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitForExpectations(page).catch(async () => {
      // The infinite-scroll story is loaded only when the reader gets to the end.
      await scanPage(page);
      await waitForExpectations(page);
    });
    await page.close();
  });

  it('loads the next story on infinite scroll and decides its pictures', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/tests/fixtures/media-pages/live-blog.html'));
    await page.waitForFunction(() => document.querySelectorAll('.live-card').length === 3);
    const screens: number[] = [];
    await scanPage(page, (s) => screens.push(s.magenta));
    await page.waitForFunction(() => document.querySelector('#next-graphic')?.hasAttribute('data-forewarn'));
    await scanPage(page, (s) => screens.push(s.magenta)); // once more, now with the next story
    expect(await page.evaluate(() => document.querySelector('#next-graphic')?.getAttribute('data-forewarn'))).toBe('covered');
    expect(await page.evaluate(() => document.querySelector('#next-safe')?.getAttribute('data-forewarn'))).toBe('safe');
    await waitForExpectations(page);
    expect(screens.every((n) => n === 0), `magenta per screen: ${screens.join(',')}`).toBe(true);
    await page.close();
  });

  it('revisits a decision when the caption changes', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/tests/fixtures/media-pages/live-blog.html'));
    await page.waitForFunction(() => document.querySelector('#corrected-img')?.getAttribute('data-forewarn') === 'safe');
    await page.evaluate(() => (window as unknown as { correctCaption(): void }).correctCaption());
    await page.waitForFunction(() => document.querySelector('#corrected-img')?.getAttribute('data-forewarn') === 'covered');
    await page.close();
  });
});
