import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { settle } from './support/cover-inspector';
import { axeViolations, openPopup, popupCoveredCount } from './support/popup';
import { mkdir } from 'node:fs/promises';

const SHOTS = 'artifacts/screenshots';

// The popup changes the open page without a reload: "every image" covers at once, off releases,
// on brings detection back, "show all" reveals; the count follows. Keyboard only where it matters.

const session = useExtensionSession('demo/pages');

const countState = (page: Page, state: string) => page.locator(`[data-forewarn="${state}"]`).count();

/** Waits until the page's media are in the wanted states (the content script applies changes live). */
async function waitForPage(page: Page, want: { covered?: number; safe?: number; revealed?: number }) {
  await page.waitForFunction((w) => {
    const n = (s: string) => document.querySelectorAll(`[data-forewarn="${s}"]`).length;
    return Object.entries(w).every(([state, count]) => n(state) === count);
  }, want);
}

describe('the popup', () => {
  it('shows the count, and its choices change the open page at once', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/detention-photos.html'));
    await settle(page);
    const covered = await countState(page, 'covered');
    const safe = await countState(page, 'safe');
    expect(covered).toBeGreaterThan(0);
    expect(safe).toBeGreaterThan(0);
    const total = covered + safe;

    const popup = await openPopup(session.browser, page);
    expect(await popupCoveredCount(popup)).toBe(covered);
    expect(await popup.getByRole('switch').getAttribute('aria-checked')).toBe('true');

    // Cover every image: the safe ones are covered too, without a reload.
    await popup.getByRole('radio', { name: 'Every image' }).check();
    await waitForPage(page, { covered: total, safe: 0 });
    await popup.waitForSelector(`.fw-status[data-covered="${total}"]`);

    // Off, by keyboard alone: in a freshly opened popup, Tab to the switch and press Space.
    // The page is released.
    await popup.reload();
    await popup.waitForSelector('[role="switch"]:not([disabled])');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await popup.keyboard.press('Space');
    await popup.waitForSelector('[role="switch"][aria-checked="false"]');
    await page.waitForFunction(
      () => !document.querySelector('[data-forewarn="covered"]') && !document.querySelector('forewarn-cover'),
    );

    // On again: back to detection with the same verdicts.
    await popup.keyboard.press('Space');
    await popup.waitForSelector('[role="switch"][aria-checked="true"]');
    await waitForPage(page, { covered, safe });
    await popup.waitForSelector(`.fw-status[data-covered="${covered}"]`);

    // Show all on this page; then the same button covers them again (issue 15.11).
    await mkdir(SHOTS, { recursive: true });
    await popup.screenshot({ path: `${SHOTS}/popup-before-show-all.png` });
    await popup.getByRole('button', { name: 'Show all on this page' }).click();
    await waitForPage(page, { covered: 0, revealed: covered });
    await popup.waitForSelector('.fw-status[data-covered="0"]');
    const again = popup.getByRole('button', { name: 'Cover them again' });
    await again.waitFor();
    // Focus stays on the button that was pressed, now offering the way back.
    expect(await again.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await again.getAttribute('aria-describedby')).toBe('fw-cover-again-hint');
    await popup.screenshot({ path: `${SHOTS}/popup-after-show-all.png` });
    expect(await axeViolations(popup)).toEqual([]);
    await again.click();
    await waitForPage(page, { covered, revealed: 0 });
    // Covering from the popup moves no focus on the page (a cover's own "Hide image" does).
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('forewarn-cover');
    await popup.waitForSelector(`.fw-status[data-covered="${covered}"]`);
    await popup.close();
    await page.close();
  });

  it('remembers the choice per site: a reload keeps "every image"', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/gadget-review.html'));
    await settle(page);
    const popup = await openPopup(session.browser, page);
    await popup.getByRole('radio', { name: 'Every image' }).check();
    await popup.close();
    await page.reload();
    await settle(page);
    expect(await countState(page, 'safe')).toBe(0);
    expect(await countState(page, 'covered')).toBeGreaterThan(0);
    // Put the shared host back to detection for the other tests.
    const again = await openPopup(session.browser, page);
    await again.getByRole('radio', { name: 'Graphic images' }).check();
    await again.close();
    await page.close();
  });

  it('opens the reading view for its tab through the background', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/detention-photos.html'));
    await settle(page);
    const popup = await openPopup(session.browser, page);
    await popupCoveredCount(popup);
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') }),
      popup.getByRole('button', { name: 'Open reading view' }).click(),
    ]);
    expect(reader.url()).toContain(`chrome-extension://${session.browser.extensionId}/reader.html`);
    await reader.close();
    await popup.close();
    await page.close();
  });

  it('gives a calm message on a browser page, not an error', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await openPopup(session.browser, page);
    await expect(popup.locator('.fw-calm-note').textContent()).resolves.toMatch(/does not run on this page/);
    expect(await popup.getByRole('switch').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('has no axe-core violations, and every control is reachable by Tab with a visible focus', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/detention-photos.html'));
    await settle(page);
    const popup = await openPopup(session.browser, page);
    await popupCoveredCount(popup);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' }); // contrast holds in the dark scheme too
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      const focus = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el.matches('input') ? (el.nextElementSibling as HTMLElement) : el);
        return { name: el.getAttribute('role') ?? el.tagName.toLowerCase(), text: el.textContent?.trim() ?? '', outline: style.outlineStyle };
      });
      if (focus) {
        expect(focus.outline, `${focus.name} ${focus.text}`).not.toBe('none');
        seen.push(`${focus.name}:${focus.text}`);
      }
    }
    expect(seen.some((s) => s.startsWith('switch'))).toBe(true);
    expect(seen).toContain('button:Open reading view');
    expect(seen).toContain('button:All settings');
    await popup.close();
  });
});
