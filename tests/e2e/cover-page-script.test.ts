import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import {
  buttonCentre,
  listCovers,
  scrollImageIntoView,
  settle,
  topmostAt,
} from './support/cover-inspector';

// A page script must not be able to open a cover: only a person's trusted click or key press on
// Forewarn's own button does. Each test ends with a real click to show the cover it poked was
// a live one (so "nothing happened" is not an accident of aiming at the wrong thing).

const session = useExtensionSession();

async function open(path: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(session.server.url(path));
  await settle(page);
  return page;
}

/** Two frames: long enough for any handler the pokes could have triggered to have run. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function stillCovered(page: Page, imageIndex: number, coverIndex: number): Promise<void> {
  expect(await page.evaluate((i) => document.querySelectorAll('img')[i]!.getAttribute('data-forewarn'), imageIndex)).toBe('covered');
  expect((await listCovers(page))[coverIndex]!.state).toBe('covered');
  expect(await topmostAt(page, await scrollImageIntoView(page, imageIndex))).toBe('forewarn-cover');
}

async function realClickReveals(page: Page, imageIndex: number, coverIndex: number): Promise<void> {
  const { x, y } = await buttonCentre(page, coverIndex, /^Show image/);
  await page.mouse.click(x, y);
  await page.waitForFunction(
    (i) => document.querySelectorAll('img')[i]!.getAttribute('data-forewarn') === 'revealed',
    imageIndex,
  );
}

describe('a page script trying to open a cover', () => {
  it('reveals nothing with click(), synthetic mouse events or synthetic Enter/Space', async () => {
    const page = await open('/tests/fixtures/cover-pages/keyboard.html');
    await stillCovered(page, 0, 0);
    const { x, y } = await buttonCentre(page, 0, /^Show image/);
    const pokes = await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelector('forewarn-cover')!;
        const atButton = document.elementFromPoint(x, y)!; // the page only ever gets the host
        const img = document.querySelectorAll('img')[0]!;
        const targets = [host, atButton, img];
        for (const target of targets) {
          (target as HTMLElement).click();
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
            target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
          }
          for (const key of ['Enter', ' ']) {
            const code = key === 'Enter' ? 'Enter' : 'Space';
            target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, composed: true }));
            target.dispatchEvent(new KeyboardEvent('keypress', { key, code, bubbles: true, composed: true }));
            target.dispatchEvent(new KeyboardEvent('keyup', { key, code, bubbles: true, composed: true }));
          }
        }
        (host as HTMLElement).focus();
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        return { targets: targets.map((t) => t.localName), hostReachable: atButton === host };
      },
      { x, y },
    );
    expect(pokes.hostReachable).toBe(true);
    await nextFrames(page);
    await stillCovered(page, 0, 0);
    await realClickReveals(page, 0, 0);
    await page.close();
  });

  it('reveals nothing when the page pokes every cover the moment it appears', async () => {
    const page = await open('/tests/fixtures/cover-pages/page-script-clicks.html');
    expect(await page.evaluate(() => (window as unknown as { revealAttempts: number }).revealAttempts)).toBeGreaterThan(0);
    await nextFrames(page);
    await stillCovered(page, 0, 0);
    expect(await page.evaluate(() => document.querySelectorAll('img')[1]!.getAttribute('data-forewarn'))).toBe('safe');
    await realClickReveals(page, 0, 0);
    await page.close();
  });
});
