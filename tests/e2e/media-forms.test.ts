import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { buttonCentre, coverOver, listCovers, listImages } from './support/cover-inspector';
import { scanPage } from './support/pixels';
import { allExpectations, waitForExpectations } from './support/expectations';

// Every way a news page shows a picture (issue 4, item 1), on fixture pages in
// tests/fixtures/media-pages/. Graphic stand-ins are pure magenta, so each test also reads the
// screen: no magenta pixel may be painted anywhere, while the safe pictures (green, blue) are.

const session = useExtensionSession();

const PAGES = '/tests/fixtures/media-pages/';

async function open(name: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(PAGES + name));
  return page;
}

async function verdict(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.getAttribute('data-forewarn') ?? null, selector);
}

async function noGraphicOnScreen(page: Page): Promise<{ green: number; blue: number }> {
  const screens: number[] = [];
  const total = await scanPage(page, (screen) => screens.push(screen.magenta));
  expect(screens.every((n) => n === 0), `magenta pixels per screen: ${screens.join(',')}`).toBe(true);
  return total;
}

describe('pictures in all their forms', () => {
  it('img with srcset/sizes, picture/source, lazy data-src (IntersectionObserver and timer)', async () => {
    const page = await open('forms.html');
    // Scroll so the IntersectionObserver loader swaps its pictures in.
    await scanPage(page);
    const all = await waitForExpectations(page);
    expect(all.filter((e) => e.expect === 'covered').length).toBe(4);
    // The lazy pictures were really swapped in, and the covered one has its cover over the new picture.
    expect(await page.evaluate(() => document.querySelectorAll('[data-src]').length)).toBe(0);
    const images = await listImages(page);
    const covers = await listCovers(page);
    for (const image of images.filter((i) => i.verdict === 'covered')) {
      expect(coverOver(image, covers), `cover over ${image.src}`).toBeDefined();
    }
    const seen = await noGraphicOnScreen(page);
    expect(seen.green).toBeGreaterThan(600); // safe pictures are painted
    expect(seen.blue).toBeGreaterThan(600);
    await page.close();
  });

  it('decides again when a picture changes after it was decided (src, and a <source> swap)', async () => {
    const page = await open('forms.html');
    await scanPage(page);
    await waitForExpectations(page);
    expect(await verdict(page, '#swap-img')).toBe('safe');
    await page.evaluate(() => (window as unknown as { swapPicture(): void }).swapPicture());
    await page.waitForFunction(() => document.querySelector('#swap-img')?.getAttribute('data-forewarn') === 'covered');
    // A safe <picture> whose source is swapped for a graphic one, caption and all.
    expect(await verdict(page, '#picture-safe img')).toBe('safe');
    await page.evaluate(() => {
      const figure = document.querySelector('#picture-safe')!;
      figure.querySelector('source')!.srcset = 'img/photo-03.svg';
      figure.querySelector('img')!.src = 'img/photo-03.svg';
      figure.querySelector('figcaption')!.textContent = 'Bodies of men executed in the prison yard.';
    });
    await page.waitForFunction(() => document.querySelector('#picture-safe img')?.getAttribute('data-forewarn') === 'covered');
    // srcset alone changed on a safe picture: held and decided again (still safe here).
    await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('#srcset-safe img')!;
      img.srcset = 'img/view-02.svg 1200w';
    });
    await page.waitForFunction(() => document.querySelector('#srcset-safe img')?.getAttribute('data-forewarn') === 'safe');
    await noGraphicOnScreen(page);
    await page.close();
  });

  it('CSS background pictures: inline styles, stylesheet rules, role="img", lazy class swaps', async () => {
    const page = await open('backgrounds.html');
    const all = await waitForExpectations(page);
    expect(all.map((e) => `${e.where}:${e.actual}`)).toContain('div#lazy-bg:covered');
    // Each covered background has a cover laid exactly over its box.
    const boxes = await page.evaluate(() =>
      ['#hero-rule', '#inline-graphic', '#lazy-bg'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
      }),
    );
    const covers = await listCovers(page);
    for (const box of boxes) {
      expect(covers.some((c) => Math.abs(c.box.x - box.x) < 2 && Math.abs(c.box.y - box.y) < 2 && Math.abs(c.box.width - box.width) < 2 && Math.abs(c.box.height - box.height) < 2), JSON.stringify(box)).toBe(true);
    }
    // The hero's own headline text is inside what the cover says (its caption was read).
    const hero = covers.find((c) => Math.abs(c.box.height - 360) < 2)!;
    expect(hero.categories.length).toBeGreaterThan(0);
    const seen = await noGraphicOnScreen(page);
    expect(seen.blue).toBeGreaterThan(600); // the map background is shown
    expect(seen.green).toBeGreaterThan(600); // the rebuilt street (stylesheet background) too
    await page.close();
  });

  it('video: poster covered, autoplay held while covered, nothing starts after reveal', async () => {
    const page = await open('video.html');
    await waitForExpectations(page);
    // The page keeps calling play(); the covered video stays paused, the safe one plays.
    await page.waitForFunction(() => (window as unknown as { playAttempts: number }).playAttempts >= 3);
    expect(await page.evaluate(() => (document.querySelector('#graphic-video') as HTMLVideoElement).paused)).toBe(true);
    await page.waitForFunction(() => !(document.querySelector('#safe-video') as HTMLVideoElement).paused);
    await noGraphicOnScreen(page);
    // The reader reveals with a real click; the page has stopped insisting.
    await page.evaluate(() => ((window as unknown as { insist: boolean }).insist = false));
    await page.evaluate(() => document.querySelector('#graphic-video')!.scrollIntoView({ block: 'center' }));
    const { x, y } = await buttonCentre(page, 0, /^Show image/);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('#graphic-video')?.getAttribute('data-forewarn') === 'revealed');
    await page.waitForTimeout(300); // a frame or two in which an extension-made play() would start
    expect(await page.evaluate(() => (document.querySelector('#graphic-video') as HTMLVideoElement).paused)).toBe(true);
    // The reader's choice to play is honoured.
    await page.evaluate(() => (document.querySelector('#graphic-video') as HTMLVideoElement).play());
    expect(await page.evaluate(() => (document.querySelector('#graphic-video') as HTMLVideoElement).paused)).toBe(false);
    await page.close();
  });

  it('same-origin frames: a page of its own, srcdoc and a script-written about:blank frame', async () => {
    const page = await open('frames.html');
    const all = await waitForExpectations(page);
    const covered = all.filter((e) => e.expect === 'covered').map((e) => e.where).join(' ');
    for (const id of ['in-frame-graphic', 'in-srcdoc', 'in-blank']) expect(covered).toContain(id);
    await noGraphicOnScreen(page);
    await page.close();
  });

  it('open shadow roots of web components, defined before and after their insertion', async () => {
    const page = await open('components.html');
    const all = await waitForExpectations(page);
    expect(all.filter((e) => e.where.includes('>>')).length).toBe(3);
    const coversInRoots = await page.evaluate(() =>
      [...document.querySelectorAll('news-photo, archive-viewer')].map((host) => host.shadowRoot?.querySelectorAll('forewarn-cover').length ?? -1),
    );
    expect(coversInRoots).toEqual([1, 0, 1]);
    await noGraphicOnScreen(page);
    await page.close();
  });
});

// Keep allExpectations referenced for readers of this file: it is what waitForExpectations uses.
void allExpectations;

describe('pictures a figure shows without an <img> (issue 16.8)', () => {
  it('covers <svg><image>, ::before content: url(), <object data> and a stylesheet background on a plain <div>', async () => {
    const page = await open('forms-more.html');
    const covered = ['#svg-image svg', '#pseudo > div', '#object object', '#plain-div > div'];
    await page
      .waitForFunction((all) => all.every((s) => document.querySelector(s)?.getAttribute('data-forewarn') === 'covered'), covered, { timeout: 10_000 })
      .catch(() => {});
    const marks = await page.evaluate((all) => all.map((s) => `${s}: ${document.querySelector(s)?.getAttribute('data-forewarn')}`), covered);
    expect(marks).toEqual(covered.map((s) => `${s}: covered`));
    expect(await page.locator('forewarn-cover').count()).toBe(4);
    const seen = await noGraphicOnScreen(page);
    expect(seen.green).toBeGreaterThan(300); // the safe plate is painted
    await page.evaluate(() => document.querySelector('#pseudo')!.scrollIntoView());
    await page.screenshot({ path: 'artifacts/hostile/forms-more.png' });
    await page.close();
  });
});
