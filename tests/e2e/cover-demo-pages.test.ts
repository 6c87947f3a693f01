import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import {
  altTextExposed,
  coverOver,
  imageFileCentre,
  listCovers,
  listImages,
  sameColour,
  screenPixel,
  scrollImageIntoView,
  settle,
  topmostAt,
} from './support/cover-inspector';
import { categoryLabels, englishTranslate } from '../../utils/cover-wording';
import type { Category } from '../../utils/detection/detection-types';

// The bundled demo pages carry the expected verdict of every picture (data-expect="graphic" |
// "safe", data-expect-categories). The extension never reads those attributes; these tests do.

const session = useExtensionSession('demo/pages');

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path));
  await settle(page);
  return page;
}

const PAGES = ['detention-photos.html', 'gadget-review.html', 'ar-detention.html'];

describe.each(PAGES)('demo page %s', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(path);
  });

  it('releases each safe picture', async () => {
    const images = await listImages(page);
    const wrong = images
      .filter((i) => i.expect === 'safe' && i.verdict !== 'safe')
      .map((i) => `${i.src.split('/').pop()}: expected safe, got data-forewarn=${i.verdict}`);
    expect(wrong).toEqual([]);
  });

  it('covers each graphic picture and releases each safe one', async () => {
    const images = await listImages(page);
    expect(images.filter((i) => i.expect).length).toBeGreaterThan(5);
    const wrong = images
      .filter((i) => i.expect)
      .filter((i) => i.verdict !== (i.expect === 'graphic' ? 'covered' : 'safe'))
      .map((i) => `${i.src.split('/').pop()}: expected ${i.expect}, got data-forewarn=${i.verdict}`);
    expect(wrong).toEqual([]);
  });

  it('lays a cover exactly over each covered picture, on top of it, and over nothing else', async () => {
    const images = await listImages(page);
    const covers = await listCovers(page);
    const graphic = images.filter((i) => i.expect === 'graphic');
    expect(covers.length).toBe(graphic.length);
    for (const image of graphic) {
      const cover = coverOver(image, covers);
      expect(cover, `cover over ${image.src}`).toBeDefined();
      expect(cover!.state).toBe('covered');
      const centre = await scrollImageIntoView(page, image.index);
      expect(await topmostAt(page, centre), `topmost at the centre of ${image.src}`).toBe('forewarn-cover');
    }
  });

  it('names what each cover hides, and keeps the picture’s own alt and title from screen readers', async () => {
    const images = await listImages(page);
    const covers = await listCovers(page);
    for (const image of images.filter((i) => i.expect === 'graphic')) {
      const cover = coverOver(image, covers)!;
      expect(cover.categories.length, `categories of ${image.src}`).toBeGreaterThan(0);
      for (const category of image.expectCategories) expect(cover.categories).toContain(category);
      const show = cover.buttons.find((b) => b.name.startsWith(englishTranslate('cover_show')));
      expect(show, `"Show image" button in ${JSON.stringify(cover.buttons)}`).toBeDefined();
      for (const label of categoryLabels(cover.categories as Category[], englishTranslate)) {
        expect(show!.name).toContain(label);
      }
      expect(await altTextExposed(page, image.alt), `alt "${image.alt}" announced`).toBe(false);
      expect(await altTextExposed(page, image.title), `title "${image.title}" announced`).toBe(false);
    }
  });

  it('shows each safe picture as it is (the screen at its centre matches the picture file)', async () => {
    const images = await listImages(page);
    for (const image of images.filter((i) => i.expect === 'safe')) {
      const centre = await scrollImageIntoView(page, image.index);
      const onScreen = await screenPixel(page, centre);
      const inFile = await imageFileCentre(page, image.index);
      expect(sameColour(onScreen, inFile), `${image.src}: screen ${onScreen} vs file ${inFile}`).toBe(true);
    }
  });
});

describe('demo page gadget-review.html', () => {
  it('has no cover at all: its violent-sounding words are ordinary ones', async () => {
    const page = await open('gadget-review.html');
    expect(await listCovers(page)).toEqual([]);
    expect(await page.locator('[data-forewarn="covered"]').count()).toBe(0);
  });
});
