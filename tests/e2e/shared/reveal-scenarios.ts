import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { DriverPage } from '../drivers/browser-driver';
import type { ScenarioContext } from './scenario-context';
import { focusStop, pictureVisible, settle, verdictOf, waitFor, waitForVerdict } from './page-checks';

// Revealing and hiding with real input only (the browser's own mouse and keyboard pipeline,
// trusted events), as a person would. Fixture: tests/fixtures/cover-pages/keyboard.html; its
// Tab order is Home, cover 0, "full report" link, cover 1, footer link; images 0 and 1 are
// graphic, image 2 is safe.

const PAGE = '/tests/fixtures/cover-pages/keyboard.html';

/** `keyboard: false` keeps only the mouse scenarios (for variants where only placement changes). */
export function revealScenarios(ctx: ScenarioContext, options: { keyboard?: boolean } = {}): void {
  const keyboard = options.keyboard ?? true;
  describe('revealing a covered picture', () => {
    let page: DriverPage | undefined;
    beforeEach(async () => {
      await page?.close();
      page = await ctx.driver().openPage(ctx.server().url(PAGE));
      await settle(page);
    });
    afterAll(async () => {
      await page?.close();
    });

    const current = () => page!;

    /** Presses Tab until focus is inside cover `coverIndex` (its host is the active element). */
    async function tabIntoCover(coverIndex: number, maxPresses = 8): Promise<void> {
      const stops: string[] = [];
      for (let i = 0; i <= maxPresses; i++) {
        const stop = await focusStop(current());
        if (stop.startsWith(`cover ${coverIndex} `)) return;
        stops.push(stop);
        await current().press('Tab');
      }
      throw new Error(`Tab never reached cover ${coverIndex}; stops: ${JSON.stringify(stops)}`);
    }

    async function coverState(coverIndex: number): Promise<string | null> {
      return current().evaluate(
        (c) => document.querySelectorAll('forewarn-cover')[c]?.getAttribute('data-forewarn-state') ?? null,
        coverIndex,
      );
    }

    it('starts covered, and a real click on "Show image" reveals one picture; "Hide image" covers it again', async () => {
      const driver = ctx.driver();
      expect(await verdictOf(current(), 0)).toBe('covered');
      expect(await pictureVisible(current(), 0)).toBe(false);

      await current().click(await driver.coverButtonCentre(current(), 0, 'show'));
      await waitForVerdict(current(), 0, 'revealed');
      expect(await coverState(0)).toBe('revealed');
      expect(await pictureVisible(current(), 0)).toBe(true);
      expect(await verdictOf(current(), 1)).toBe('covered'); // one click opens one picture

      await current().click(await driver.coverButtonCentre(current(), 0, 'hide'));
      await waitForVerdict(current(), 0, 'covered');
      expect(await coverState(0)).toBe('covered');
      expect(await pictureVisible(current(), 0)).toBe(false);
    });

    it.runIf(keyboard)('puts each cover in the Tab order where its picture is', async () => {
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await current().press('Tab');
        stops.push(await focusStop(current()));
      }
      expect(stops).toEqual([
        'a: Home',
        'cover 0 (covered)',
        'a: full report on the archive',
        'cover 1 (covered)',
      ]);
    });

    it.runIf(keyboard)('reveals with Tab and Enter, and hides again from the keyboard', async () => {
      await tabIntoCover(0);
      await current().press('Enter');
      await waitForVerdict(current(), 0, 'revealed');
      expect(await pictureVisible(current(), 0)).toBe(true);
      expect(await verdictOf(current(), 1)).toBe('covered');

      // Focus moves to "Hide image" inside the same cover, so Enter again hides the picture.
      await waitFor(current(), () => document.activeElement?.localName === 'forewarn-cover', undefined, 'focus in the cover');
      expect(await focusStop(current())).toBe('cover 0 (revealed)');
      await current().press('Enter');
      await waitForVerdict(current(), 0, 'covered');
      expect(await pictureVisible(current(), 0)).toBe(false);
    });

    it.runIf(keyboard)('reveals with Space', async () => {
      await tabIntoCover(1);
      await current().press('Space');
      await waitForVerdict(current(), 1, 'revealed');
      expect(await pictureVisible(current(), 1)).toBe(true);
      expect(await verdictOf(current(), 0)).toBe('covered');
    });

    it('ignores a page script clicking the cover', async () => {
      await current().evaluate(() => {
        const host = document.querySelector('forewarn-cover')!;
        const r = host.getBoundingClientRect();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          host.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }),
          );
        }
        (host as HTMLElement).click();
      });
      await current().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await verdictOf(current(), 0)).toBe('covered');
      expect(await pictureVisible(current(), 0)).toBe(false);
    });

    it('leaves the safe picture alone', async () => {
      expect(await verdictOf(current(), 2)).toBe('safe');
      expect(await pictureVisible(current(), 2)).toBe(true);
    });
  });
}
