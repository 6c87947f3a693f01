import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import {
  buttonCentre,
  focusedName,
  imageFileCentre,
  listCovers,
  sameColour,
  screenPixel,
  scrollImageIntoView,
  settle,
  topmostAt,
} from './support/cover-inspector';

// Reveal and hide with real input: Playwright's mouse and keyboard send trusted events through
// Chromium's input pipeline, as a person's would.
// Fixture: tests/fixtures/cover-pages/keyboard.html (Tab order: Home, cover 0, report link,
// cover 1, footer link; images 0 and 1 graphic, image 2 safe).

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer(resolve('.'));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await page?.close();
  page = await browser.context.newPage();
  await page.goto(server.url('/tests/fixtures/cover-pages/keyboard.html'));
  await settle(page);
});

const SHOW = /^Show image/;
const HIDE = /^Hide image/;

async function verdictOf(index: number): Promise<string | null> {
  return page.evaluate((i) => document.querySelectorAll('img')[i]!.getAttribute('data-forewarn'), index);
}

async function waitForVerdict(index: number, verdict: string): Promise<void> {
  await page.waitForFunction(
    ([i, v]) => document.querySelectorAll('img')[i as number]!.getAttribute('data-forewarn') === v,
    [index, verdict] as const,
  );
}

/** Whether the screen shows the picture itself at its centre. */
async function pictureVisible(index: number): Promise<boolean> {
  const centre = await scrollImageIntoView(page, index);
  return sameColour(await screenPixel(page, centre), await imageFileCentre(page, index));
}

/**
 * Presses Tab until focus is inside the given cover (its host is the page's active element) on a
 * control whose accessible name matches.
 */
async function tabTo(coverIndex: number, name: RegExp, maxPresses = 8): Promise<void> {
  for (let i = 0; i <= maxPresses; i++) {
    const inCover = await page.evaluate(
      (c) => document.activeElement === document.querySelectorAll('forewarn-cover')[c],
      coverIndex,
    );
    if (inCover && name.test((await focusedName(page))?.name ?? '')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name} in cover ${coverIndex}; focus is on ${JSON.stringify(await focusedName(page))}`);
}

describe('revealing a covered picture', () => {
  it('starts covered: the picture is hidden under the warning', async () => {
    expect(await verdictOf(0)).toBe('covered');
    const centre = await scrollImageIntoView(page, 0);
    expect(await topmostAt(page, centre)).toBe('forewarn-cover');
    expect(await pictureVisible(0)).toBe(false);
  });

  it('reveals on a real mouse click on "Show image", and hides again on "Hide image"', async () => {
    await page.mouse.click(...xy(await buttonCentre(page, 0, SHOW)));
    await waitForVerdict(0, 'revealed');
    expect((await listCovers(page))[0]!.state).toBe('revealed');
    expect(await pictureVisible(0)).toBe(true);
    expect(await verdictOf(1)).toBe('covered'); // one click opens one picture

    await page.mouse.click(...xy(await buttonCentre(page, 0, HIDE)));
    await waitForVerdict(0, 'covered');
    expect((await listCovers(page))[0]!.state).toBe('covered');
    expect(await pictureVisible(0)).toBe(false);
  });

  it('puts the cover’s button in the Tab order where the picture is', async () => {
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push((await focusedName(page))?.name ?? '(nothing)');
    }
    expect(stops[0]).toBe('Home');
    expect(stops[1]).toMatch(/^Show image.*Dead bodies/);
    expect(stops[2]).toBe('full report on the archive');
    expect(stops[3]).toMatch(/^Show image: Torture or abuse/);
  });

  it('reveals with Tab and Enter, and hides again from the keyboard', async () => {
    await tabTo(0, SHOW);
    await page.keyboard.press('Enter');
    await waitForVerdict(0, 'revealed');
    expect(await pictureVisible(0)).toBe(true);
    expect(await verdictOf(1)).toBe('covered');

    await tabTo(0, HIDE);
    await page.keyboard.press('Enter');
    await waitForVerdict(0, 'covered');
    expect(await pictureVisible(0)).toBe(false);
  });

  it('reveals with Space', async () => {
    await tabTo(1, SHOW);
    await page.keyboard.press('Space');
    await waitForVerdict(1, 'revealed');
    expect(await pictureVisible(1)).toBe(true);
    expect(await verdictOf(0)).toBe('covered');
  });

  it('leaves the safe picture alone throughout', async () => {
    expect(await verdictOf(2)).toBe('safe');
    expect(await pictureVisible(2)).toBe(true);
  });
});

function xy(point: { x: number; y: number }): [number, number] {
  return [point.x, point.y];
}
