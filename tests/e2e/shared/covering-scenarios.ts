import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage } from '../drivers/browser-driver';
import type { ScenarioContext } from './scenario-context';
import {
  coverHosts,
  imageBox,
  images,
  pictureVisible,
  scrollImageIntoView,
  settle,
  topmostAt,
} from './page-checks';
import { categoryLabels, englishTranslate } from '../../../utils/cover-wording';
import type { Category } from '../../../utils/detection/detection-types';

// Covering on a real news-like page: graphic pictures under a labeled cover, safe ones shown as
// they are. The demo page writes the expected verdict beside each picture (data-expect,
// data-expect-categories); the extension never reads those attributes.

export function coveringScenarios(ctx: ScenarioContext): void {
  describe('covering the detention investigation page', () => {
    let page: DriverPage;
    beforeAll(async () => {
      page = await ctx.driver().openPage(ctx.server().url('/demo/pages/detention-photos.html'));
      await settle(page);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('covers each graphic picture and releases each safe one', async () => {
      const all = await images(page);
      expect(all.filter((i) => i.expect).length).toBeGreaterThan(5);
      const wrong = all
        .filter((i) => i.expect)
        .filter((i) => i.verdict !== (i.expect === 'graphic' ? 'covered' : 'safe'))
        .map((i) => `${i.file}: expected ${i.expect}, got data-forewarn=${i.verdict}`);
      expect(wrong).toEqual([]);
    });

    it('lays one labeled cover exactly over each covered picture, on top of it', async () => {
      const all = await images(page);
      const hosts = await coverHosts(page);
      const graphic = all.filter((i) => i.expect === 'graphic');
      expect(hosts.length).toBe(graphic.length);
      const names = await ctx.driver().coverButtonNames(page);
      for (const image of graphic) {
        const box = await imageBox(page, image.index);
        const near = (a: number, b: number) => Math.abs(a - b) <= 2;
        const host = hosts.find(
          (h) =>
            near(h.box.x, box.x) && near(h.box.y, box.y) && near(h.box.width, box.width) && near(h.box.height, box.height),
        );
        expect(host, `cover over ${image.file} at ${JSON.stringify(box)}`).toBeDefined();
        expect(host!.state).toBe('covered');
        for (const category of image.expectCategories) expect(host!.categories, image.file).toContain(category);
        const centre = await scrollImageIntoView(page, image.index);
        expect(await topmostAt(page, centre), `topmost at the centre of ${image.file}`).toBe('forewarn-cover');
        expect(await pictureVisible(page, image.index), `${image.file} on screen`).toBe(false);
        // Where the browser lets a test into the closed shadow root, the button names the categories.
        if (names) {
          const show = names[host!.index]?.[0] ?? '';
          expect(show, image.file).toMatch(/^Show image/);
          for (const label of categoryLabels(host!.categories as Category[], englishTranslate)) {
            expect(show, image.file).toContain(label);
          }
        }
      }
    });

    it('shows each safe picture as it is', async () => {
      const hidden: string[] = [];
      for (const image of (await images(page)).filter((i) => i.expect === 'safe')) {
        if (!(await pictureVisible(page, image.index))) hidden.push(image.file);
      }
      expect(hidden, 'safe pictures not shown as they are').toEqual([]);
    });
  });

  describe('covering the gadget review page', () => {
    it('puts no cover at all: its violent-sounding words are ordinary ones', async () => {
      const page = await ctx.driver().openPage(ctx.server().url('/demo/pages/gadget-review.html'));
      try {
        await settle(page);
        const all = await images(page);
        expect(all.length).toBeGreaterThan(0);
        expect(all.filter((i) => i.verdict !== 'safe').map((i) => i.file)).toEqual([]);
        expect(await coverHosts(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
}
