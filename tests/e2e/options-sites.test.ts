import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { axeViolations } from './support/popup';

// The options page's site list as people use it: in a narrow window (480 px, a side panel or a
// small screen), removing a site by keyboard and taking it back, and adding a site that is
// already there.

const SHOTS = resolve('artifacts/options');
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  browser = await launchWithExtension();
  // The window's own first tab, brought to the front: a click waits for the page to paint two
  // frames, and a tab behind another paints none (seen once in CI: every click timed out).
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.setViewportSize({ width: 480, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.bringToFront();
  await page.waitForSelector('.fw-options');
  const painting = await page.evaluate(
    () => new Promise<boolean>((done) => {
      requestAnimationFrame(() => done(true));
      setTimeout(() => done(false), 5_000);
    }),
  );
  expect(painting, `the options page paints no frames (visibilityState: ${await page.evaluate(() => document.visibilityState)})`).toBe(true);
});
afterAll(async () => {
  await browser?.close();
});

const stored = (key: string) =>
  page.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get(k))[k] as { mode?: string; sensitivity?: string } | undefined;
  }, `site:${key}`);

/** What the page is doing when a click waits too long: painting or not, and the button moving or not. */
async function paintingState(button: string): Promise<string> {
  return page.evaluate(async (name) => {
    const box = () => {
      const el = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
      const r = el?.getBoundingClientRect();
      return r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}` : 'none';
    };
    const frame = () => new Promise<boolean>((done) => {
      requestAnimationFrame(() => done(true));
      setTimeout(() => done(false), 1_000);
    });
    const boxes = [box()];
    for (let i = 0; i < 3; i++) boxes.push(`${(await frame()) ? 'frame' : 'no frame'} ${box()}`);
    return `visibility ${document.visibilityState}, focus ${document.hasFocus()}, scroll height ${document.documentElement.scrollHeight}; "${name}" at ${boxes.join(' → ')}`;
  }, button);
}

async function addSite(name: string, mode?: string) {
  await page.getByLabel('Site', { exact: true }).fill(name);
  if (mode) await page.getByLabel('Choice').selectOption({ label: mode });
  // Twice in CI a click here waited 30 s for the button to be "stable" (two frames alike): say
  // why when it happens again, instead of a bare timeout.
  const click = page.getByRole('button', { name: 'Add site' }).click({ timeout: 15_000 });
  await click.catch(async (error: Error) => {
    throw new Error(`${error.message.split('\n')[0]} — ${await paintingState('Add site')}`);
  });
}

describe('the site list', () => {
  it('adds a site with detection unless told otherwise', async () => {
    expect(await page.getByLabel('Choice').inputValue()).toBe('detect');
    await addSite('warblog.example');
    await page.waitForSelector('tr[data-site="warblog.example"]');
    expect((await stored('warblog.example'))?.mode).toBe('detect');
  });

  it('asks before changing a site that already has its own choice', async () => {
    await page.getByLabel('Sensitivity on warblog.example').selectOption('strict');
    await expect.poll(async () => (await stored('warblog.example'))?.sensitivity).toBe('strict');
    await addSite('https://warblog.example/live', 'Every image');
    const question = page.getByRole('alert').filter({ hasText: 'already has its own choice' });
    await expect.poll(() => question.textContent()).toBe(
      '\u2068warblog.example\u2069 already has its own choice: Graphic images. Change it to Every image?Change itKeep it',
    );
    expect(await page.getByRole('button', { name: 'Change it' }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect((await stored('warblog.example'))?.mode).toBe('detect');
    await page.getByRole('button', { name: 'Keep it' }).click();
    expect(await question.count()).toBe(0);
    expect((await stored('warblog.example'))?.mode).toBe('detect');

    await addSite('warblog.example', 'Every image');
    await page.getByRole('button', { name: 'Change it' }).click();
    await expect.poll(async () => (await stored('warblog.example'))?.mode).toBe('cover-all');
    expect((await stored('warblog.example'))?.sensitivity).toBe('strict');
    // The same choice again changes nothing, so nothing is asked.
    await addSite('warblog.example', 'Every image');
    expect(await page.getByRole('alert').filter({ hasText: 'already has' }).count()).toBe(0);
  });

  it('fits a 480 px window: no sideways scrolling, site names on one line', async () => {
    await addSite('a-rather-long-regional-news-site.example.co.uk', 'Off');
    await addSite('myblog.example', 'Every image');
    await page.waitForSelector('tr[data-site="myblog.example"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    for (const site of ['warblog.example', 'myblog.example']) {
      const name = page.locator(`tr[data-site="${site}"] th`);
      const lines = await name.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
      expect(lines, site).toBe(1);
    }
    // Every choice still has a visible label beside it.
    const labels = await page.locator('tr[data-site="myblog.example"] td[data-label]').evaluateAll((tds) =>
      tds.map((td) => getComputedStyle(td, '::before').content),
    );
    expect(labels).toEqual(['"Covers"', '"Sensitivity"', '"Reading view"']);
    await page.locator('#sites-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/options-480-sites.png`, fullPage: false });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('removes a site by keyboard, keeps focus on "Undo", and Undo brings it back with its choices', async () => {
    await page.getByRole('button', { name: 'Remove warblog.example' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('tr[data-site="warblog.example"]', { state: 'detached' });
    const undo = page.getByRole('button', { name: 'Undo removing \u2068warblog.example\u2069' });
    await expect.poll(() => undo.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Removed' }).textContent()).toContain('Removed \u2068warblog.example\u2069.');
    await page.screenshot({ path: `${SHOTS}/options-480-removed.png` });
    await page.keyboard.press('Enter');
    await page.waitForSelector('tr[data-site="warblog.example"]');
    expect(await stored('warblog.example')).toMatchObject({ mode: 'cover-all', sensitivity: 'strict' });
    await expect
      .poll(() => page.getByRole('button', { name: 'Remove warblog.example' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Removed' }).count()).toBe(0);
  });
});
