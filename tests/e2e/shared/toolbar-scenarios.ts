import { describe, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../drivers/browser-driver';
import type { ScenarioContext } from './scenario-context';
import { addLateGraphicPost, clickOn, coverHosts, settle, tabIdOf, waitFor } from './page-checks';

// What the toolbar button and the popup say about the page (issue 15.2, 15.4, 15.11), in
// Chromium (chrome.action) and Firefox (browserAction): the badge counts the page's covers and
// follows the page (a reveal, a picture added, the site switched off, a navigation); "Cover them
// again" after "Show all"; in every-image mode each cover still names what detection found.

const PAGE = '/demo/pages/detention-photos.html';
const SWITCH = '[role="switch"]';

interface ToolbarButton {
  badge: string;
  title: string;
}

/** The toolbar button as it is for `tabId`, read from one of Forewarn's own pages. */
async function toolbarButton(driver: ExtensionDriver, tabId: number): Promise<ToolbarButton> {
  const helper = await driver.openExtensionPage('popup.html?tabId=0');
  try {
    return await helper.evaluate(async (id) => {
      type Action = {
        getBadgeText(d: { tabId: number }): Promise<string>;
        getTitle(d: { tabId: number }): Promise<string>;
      };
      const g = globalThis as unknown as Record<'browser' | 'chrome', { action?: Action; browserAction?: Action } | undefined>;
      const api = (g.browser ?? g.chrome)!;
      const action = (api.action ?? api.browserAction)!;
      return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
    }, tabId);
  } finally {
    await helper.close();
  }
}

/** Polls the toolbar button until it shows `want` (a badge text, or a test on the whole). */
async function waitForButton(
  driver: ExtensionDriver,
  tabId: number,
  want: string | ((button: ToolbarButton) => boolean),
  what: string,
): Promise<ToolbarButton> {
  const test = typeof want === 'string' ? (b: ToolbarButton) => b.badge === want : want;
  const deadline = Date.now() + 10_000;
  let last: ToolbarButton | undefined;
  for (;;) {
    last = await toolbarButton(driver, tabId);
    if (test(last)) return last;
    if (Date.now() > deadline) throw new Error(`the toolbar button never showed ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

const coveredCount = (page: DriverPage) => page.evaluate(() => document.querySelectorAll('[data-forewarn="covered"]').length);
const revealedCount = (page: DriverPage) => page.evaluate(() => document.querySelectorAll('[data-forewarn="revealed"]').length);

/** Opens the popup for `page`'s tab (in a tab of its own), ready once the site's settings are read. */
async function openPopup(driver: ExtensionDriver, tabId: number): Promise<DriverPage> {
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
  await waitFor(popup, (s) => {
    const toggle = document.querySelector<HTMLButtonElement>(s);
    return toggle !== null && !toggle.disabled && document.querySelector('.fw-status[data-covered]') !== null;
  }, SWITCH, 'the popup to be ready');
  return popup;
}

/** A popup button by its visible text. */
async function clickButton(popup: DriverPage, text: string): Promise<void> {
  const id = await waitFor(popup, (label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label && !b.disabled);
    if (!button) return null;
    button.id ||= `fw-test-${label.length}`;
    return button.id;
  }, text, `a button "${text}"`);
  await clickOn(popup, `#${id}`);
}

export function toolbarScenarios(ctx: ScenarioContext): void {
  describe('the toolbar button and the popup follow the page', () => {
    it('the badge counts the covers, follows reveals, new pictures and the site switch, and clears on navigation', async () => {
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(`${PAGE}?badge=${Date.now()}`));
      const tabId = await tabIdOf(driver, page);
      try {
        await settle(page);
        const covered = await coveredCount(page);
        expect(covered).toBeGreaterThan(1);
        const first = await waitForButton(driver, tabId, String(covered), `${covered}`);
        expect(first.title).toMatch(new RegExp(`^Forewarn: ${covered} images are covered on this page`));

        // One picture revealed with a real click: one fewer.
        await page.bringToFront();
        await page.click(await driver.coverButtonCentre(page, 0, 'show'));
        await waitForButton(driver, tabId, String(covered - 1), `${covered - 1} after a reveal`);

        // The page adds a graphic picture: one more.
        await addLateGraphicPost(page);
        await waitForButton(driver, tabId, String(covered), `${covered} after a picture was added`);

        // Switched off for the site: no count, and the button says Forewarn is off here.
        const popup = await openPopup(driver, tabId);
        await clickOn(popup, SWITCH);
        await waitForButton(driver, tabId, (b) => b.badge === '' && b.title === 'Forewarn is off for this site', 'the off state');
        await clickOn(popup, SWITCH);
        await waitForButton(driver, tabId, (b) => Number(b.badge) > 0, 'a count again once switched on');
        await popup.close();

        // A navigation to a page with nothing to cover clears the count.
        await page.goto(ctx.server().url('/demo/pages/gadget-review.html'));
        await settle(page);
        expect(await coveredCount(page)).toBe(0);
        await waitForButton(driver, tabId, (b) => b.badge === '' && b.title === 'Forewarn', 'a cleared badge');
      } finally {
        await page.close();
      }
    });

    it('on a page without pictures, which reads no settings, the popup and the button still say where Forewarn is off', async () => {
      // A page reads its settings with its first picture; one without pictures reports no mode,
      // and the popup and the background fall back on their own reading of the settings.
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(`/tests/fixtures/bench-pages/fixed-cost/brief.html?off=${Date.now()}`));
      const tabId = await tabIdOf(driver, page);
      const status = (popup: DriverPage) => popup.evaluate(() => document.querySelector('.fw-status')?.textContent ?? '');
      try {
        await settle(page);
        let popup = await openPopup(driver, tabId);
        expect(await status(popup)).toMatch(/No images are covered/);
        await clickOn(popup, SWITCH);
        await waitFor(popup, () => /is off here/.test(document.querySelector('.fw-status')?.textContent ?? ''), undefined, 'the popup to say off');
        await popup.close();
        // Loaded again on the site switched off: the background asks the page, which has no mode to say.
        await page.reload();
        await settle(page);
        await waitForButton(driver, tabId, (b) => b.badge === '' && b.title === 'Forewarn is off for this site', 'the off state');
        popup = await openPopup(driver, tabId);
        expect(await status(popup)).toMatch(/is off here/);
        await clickOn(popup, SWITCH);
        await waitFor(popup, () => !/is off here/.test(document.querySelector('.fw-status')?.textContent ?? ''), undefined, 'the popup to say on');
        await popup.close();
        await page.reload();
        await settle(page);
        await waitForButton(driver, tabId, (b) => b.badge === '' && b.title === 'Forewarn', 'the on state');
      } finally {
        await page.close();
      }
    });

    it('after "Show all", the popup offers to cover them again, and that ends one-by-one reveals too', async () => {
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(`${PAGE}?again=${Date.now()}`));
      const tabId = await tabIdOf(driver, page);
      try {
        await settle(page);
        const covered = await coveredCount(page);
        // One opened by hand first, the rest with "Show all".
        await page.click(await driver.coverButtonCentre(page, 0, 'show'));
        await waitFor(page, () => document.querySelectorAll('[data-forewarn="revealed"]').length === 1, undefined, 'one reveal');
        const popup = await openPopup(driver, tabId);
        try {
          await clickButton(popup, 'Show all on this page');
          await waitFor(page, (n) => document.querySelectorAll('[data-forewarn="revealed"]').length === n, covered, 'all revealed');
          // The popup hears of it from the page; then the same button offers to cover them again.
          const offered = await waitFor(popup, () => {
            const hint = document.querySelector('#fw-cover-again-hint')?.textContent ?? '';
            const status = document.querySelector('.fw-status[data-covered="0"]')?.textContent ?? '';
            const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
            return status && hint ? { hint, status, buttons } : null;
          }, undefined, '"Cover them again"');
          expect(offered!.buttons).toContain('Cover them again');
          expect(offered!.buttons).not.toContain('Show all on this page');
          expect(offered!.hint).toMatch(/opened one by one/);
          expect(offered!.status).toMatch(new RegExp(`You opened ${covered} covered images`));
          await clickButton(popup, 'Cover them again');
          await waitFor(page, (n) => document.querySelectorAll('[data-forewarn="covered"]').length === n, covered, 'all covered again');
          expect(await revealedCount(page)).toBe(0);
          await waitFor(popup, (n) => document.querySelector(`.fw-status[data-covered="${n}"]`) !== null, covered, 'the popup to count them');
          await waitForButton(driver, tabId, String(covered), 'the count again');
        } finally {
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });

    it('in every-image mode, a graphic picture\'s cover still names what it hides; the others name nothing', async () => {
      const driver = ctx.driver();
      const page = await driver.openPage(ctx.server().url(`${PAGE}?all=${Date.now()}`));
      const tabId = await tabIdOf(driver, page);
      try {
        await settle(page);
        const detected = (await coverHosts(page)).map((c) => c.categories.join(' '));
        const total = await page.evaluate(() => document.images.length);
        const popup = await openPopup(driver, tabId);
        await clickOn(popup, 'input[value="cover-all"] + span');
        try {
          await waitFor(page, (n) => document.querySelectorAll('[data-forewarn="covered"]').length === n, total, 'every image covered');
          const named = (await coverHosts(page)).map((c) => c.categories.join(' ')).filter(Boolean);
          // The same categories as detection alone found, on as many covers; the rest are blank.
          expect(named.sort()).toEqual(detected.filter(Boolean).sort());
          expect(named.length).toBeGreaterThan(0);
          expect(named.length).toBeLessThan(total);
        } finally {
          await clickOn(popup, 'input[value="detect"] + span');
          await waitFor(popup, () => document.querySelector<HTMLInputElement>('input[value="detect"]')?.checked, undefined, 'detect chosen');
          await popup.close();
        }
      } finally {
        await page.close();
      }
    });
  });
}
