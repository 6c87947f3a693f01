import { describe, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../drivers/browser-driver';
import type { ScenarioContext } from './scenario-context';
import { addLateGraphicPost, clickOn, coverHosts, images, pictureVisible, settle, tabIdOf, waitFor } from './page-checks';

// The popup's per-site switch, flipped with a real click. The toolbar popup itself is out of
// reach of both automation protocols, so popup.html is opened in a tab of its own and told the
// news page's tab with ?tabId=N.

const SWITCH = '[role="switch"]';
const PAGE = '/demo/pages/detention-photos.html';

/** Opens the popup for `page`, flips the site switch until it reads `enabled`, closes the popup. */
async function setSiteEnabled(driver: ExtensionDriver, page: DriverPage, enabled: boolean): Promise<void> {
  const popup = await driver.openExtensionPage(`popup.html?tabId=${await tabIdOf(driver, page)}`);
  try {
    // Enabled once the site's settings are loaded; before that its state means nothing.
    const checked = await waitFor(
      popup,
      (s) => {
        const toggle = document.querySelector<HTMLButtonElement>(s);
        return toggle && !toggle.disabled ? toggle.getAttribute('aria-checked') : null;
      },
      SWITCH,
      'the site switch to be ready',
    );
    if (checked !== String(enabled)) await clickOn(popup, SWITCH);
    // The switch re-renders from storage, so this also waits for the setting to be saved.
    await waitFor(
      popup,
      ([s, want]) => document.querySelector(s)?.getAttribute('aria-checked') === want,
      [SWITCH, String(enabled)] as const,
      `the site switch to read ${enabled}`,
    );
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

const coveredCount = (page: DriverPage) =>
  page.evaluate(() => document.querySelectorAll('[data-forewarn="covered"]').length);

export function siteSwitchScenarios(ctx: ScenarioContext): void {
  describe('the site switch in the popup', () => {
    it('turned off, leaves the page untouched after a reload; turned on, covers again', async () => {
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(PAGE));
      try {
        await settle(page);
        expect(await coveredCount(page)).toBeGreaterThan(0);

        await setSiteEnabled(driver, page, false);
        await page.reload();
        await settle(page, { verdicts: false });
        expect(await page.evaluate(() => document.querySelectorAll('[data-forewarn]').length)).toBe(0);
        expect(await coverHosts(page)).toEqual([]);
        const hidden: string[] = [];
        for (const image of await images(page)) {
          if (!(await pictureVisible(page, image.index))) hidden.push(image.file);
        }
        expect(hidden, 'pictures not shown as they are').toEqual([]);

        await setSiteEnabled(driver, page, true);
        await page.reload();
        await settle(page);
        expect(await coveredCount(page)).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });

    it('the open popup is told when the page\'s count changes (issue 13)', async () => {
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(`${PAGE}?popup-told=${Date.now()}`));
      // Settled while in front (a background tab gets no animation frames in Firefox).
      await settle(page);
      const popup = await driver.openExtensionPage(`popup.html?tabId=${await tabIdOf(driver, page)}`);
      try {
        const before = await coveredCount(page);
        const says = (n: number) =>
          waitFor(popup, (want) => document.querySelector(`.fw-status[data-covered="${want}"]`) !== null, n, `the popup to say ${n}`);
        await says(before);
        // The page adds a graphic picture, then takes it away: the popup hears of both.
        await addLateGraphicPost(page);
        await says(before + 1);
        await page.evaluate(() => document.querySelector('#late-post')!.remove());
        await says(before);
      } finally {
        await popup.close();
        await page.close();
      }
    });
  });
}
