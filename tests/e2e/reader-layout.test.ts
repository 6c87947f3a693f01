import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buttonCentre, centreOfNode, listCovers } from './support/cover-inspector';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { axeViolations } from './support/popup';
import { openDisplaySettings, openReader, openSource } from './support/reader-pages';

// What the reading view keeps of a page and how it behaves: a grid of figures stays a grid, the
// page's own landmarks do not nest in the reader's, "Fold" folds what it says in every language,
// revealed pictures look as on the page, Escape closes the display settings, and "Hide image"
// sits where it sits on the page.

const SHOTS = resolve('artifacts/reader');
const THEMES = ['Follow the system', 'Light', 'Dark', 'Sepia', 'High contrast'] as const;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startFixtureServer('tests/fixtures/reader-pages');
  browser = await launchWithExtension();
});

// A failed test must not leave its pages behind: the next one finds tabs by their URL.
afterEach(async () => {
  for (const page of browser.context.pages()) {
    if (page.url().startsWith(server.url('/')) || page.url().includes('/reader.html')) await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function readerOf(path: string): Promise<{ source: Page; reader: Page }> {
  const source = await openSource(browser, server, path);
  const reader = await openReader(browser, source);
  return { source, reader };
}

/** Chooses "how revealed pictures are shown" on the options page, as a person does. */
async function chooseRevealStyle(label: 'As it is' | 'In greyscale' | 'Dimmed'): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('radio', { name: label, exact: true }).check();
  await expect.poll(() => options.getByRole('radio', { name: label, exact: true }).isChecked()).toBe(true);
  await options.close();
}

describe('reading view: layout', () => {
  it.each([
    ['English', '/article-grid/', 'morgue.svg'],
    ['Arabic', '/article-grid-ar/', 'ar-bodies.svg'],
  ])('keeps a 2×2 grid of figures with their captions (%s), the graphic one covered', async (language, path, graphic) => {
    const { source, reader } = await readerOf(path);
    const group = reader.locator('.reader-body figure:has(> figure + figure)');
    await expect.poll(() => group.count()).toBe(1);
    const figures = group.locator(':scope > figure');
    expect(await figures.count()).toBe(4);
    expect(await group.locator('figcaption').count()).toBe(4);
    // The reader draws the page's pictures from blob: URLs it fetched itself, named by their source.
    const map = group.locator('img[data-image-url$="map.svg"]');
    expect(await map.count()).toBe(1);
    await expect.poll(() => map.getAttribute('src')).toMatch(/^blob:/);
    expect(await group.locator(`.reader-cover[data-image-url$="${graphic}"]`).count()).toBe(1);
    // Only that one: the gate, the map and the portrait beside it are described by their captions.
    expect(await group.locator('.reader-cover').count()).toBe(1);
    // Two columns: the first two side by side, the next two below them.
    await figures.first().scrollIntoViewIfNeeded();
    const boxes = await figures.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(Math.abs(boxes[0]!.top - boxes[1]!.top)).toBeLessThan(2);
    expect(boxes[2]!.top).toBeGreaterThan(boxes[0]!.bottom - 1);
    expect(Math.abs(boxes[0]!.left - boxes[1]!.left)).toBeGreaterThan(100);
    await group.screenshot({ path: `${SHOTS}/reader-grid-${language === 'English' ? 'en' : 'ar'}.png` });
    await reader.close();
    await source.close();
  });

  it('has one main landmark: the page’s own <main> and <aside> are not copied as landmarks', async () => {
    const { source, reader } = await readerOf('/article-grid/');
    expect(await reader.locator('main').count()).toBe(1);
    const landmarks = ':is(main, aside, nav, form, [role="main"], [role="complementary"], [role="navigation"], [role="region"])';
    expect(await reader.locator(`.reader-article ${landmarks}`).count()).toBe(0);
    await reader.close();
    await source.close();
  });

  it.each([
    ['English', '/article-grid/'],
    ['Arabic', '/article-grid-ar/'],
  ])('passes axe with zero violations in every theme (%s article with nested landmarks)', async (_language, path) => {
    const { source, reader } = await readerOf(path);
    await reader.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of THEMES) {
      await openDisplaySettings(reader);
      await reader.getByRole('radio', { name: theme, exact: true }).check();
      await reader.getByRole('button', { name: 'Display settings' }).click();
      expect((await axeViolations(reader)).map((v) => `${v.id}: ${v.targets.join(', ')}`), theme).toEqual([]);
    }
    await openDisplaySettings(reader);
    await reader.getByRole('radio', { name: 'Follow the system', exact: true }).check();
    await reader.close();
    await source.close();
  });
});

describe('reading view: folding detailed passages', () => {
  it.each([
    ['English', '/article-en/'],
    ['Arabic', '/article-grid-ar/'],
  ])('folds as many passages as its button says (%s)', async (_language, path) => {
    const { source, reader } = await readerOf(path);
    const fold = reader.getByRole('button', { name: /^Fold \d+ detailed passages?$/ });
    await expect.poll(() => fold.count()).toBe(1);
    const said = Number((await fold.textContent())?.match(/\d+/)?.[0]);
    expect(said).toBeGreaterThan(0);
    await fold.click();
    await expect.poll(() => reader.locator('.reader-folded').count()).toBe(said);
    await reader.getByRole('button', { name: /^Unfold \d+ detailed passages?$/ }).click();
    await expect.poll(() => reader.locator('.reader-folded').count()).toBe(0);
    await reader.close();
    await source.close();
  });

  it('offers no "Fold" button when nothing would fold', async () => {
    const { source, reader } = await readerOf('/article-grid/');
    await expect.poll(() => reader.locator('.reader-content-note').count()).toBe(1);
    expect(await reader.getByRole('button', { name: /Fold/ }).count()).toBe(0);
    await reader.close();
    await source.close();
  });
});

describe('reading view: behaviour', () => {
  it('shows a revealed picture the way the options say: in greyscale, dimmed, or as it is', async () => {
    const { source, reader } = await readerOf('/article-en/');
    const filterOfRevealed = async () => {
      await reader.locator('.reader-cover').first().getByRole('button', { name: /^Show image/ }).click();
      const filter = await reader.locator('.reader-revealed img').first().evaluate((img) => getComputedStyle(img).filter);
      await reader.getByRole('button', { name: /Hide image/ }).click();
      return filter;
    };
    expect(await filterOfRevealed()).toBe('none');
    await reader.close();
    try {
      for (const [label, filter] of [
        ['In greyscale', 'grayscale(1)'],
        ['Dimmed', 'grayscale(0.4) brightness(0.6)'],
      ] as const) {
        await chooseRevealStyle(label);
        const again = await openReader(browser, source);
        await again.locator('.reader-cover').first().getByRole('button', { name: /^Show image/ }).click();
        expect(await again.locator('.reader-revealed img').first().evaluate((img) => getComputedStyle(img).filter), label).toBe(filter);
        if (label === 'In greyscale') {
          const img = again.locator('.reader-revealed img').first();
          await img.evaluate((el: HTMLImageElement) => el.decode().catch(() => undefined));
          await img.scrollIntoViewIfNeeded();
          await again.screenshot({ path: `${SHOTS}/reader-revealed-greyscale.png` });
        }
        await again.close();
      }
    } finally {
      await chooseRevealStyle('As it is');
      await source.close();
    }
  });

  it('closes the display settings on Escape straight after opening them, focus back on their button', async () => {
    const { source, reader } = await readerOf('/article-en/');
    const toggle = reader.getByRole('button', { name: 'Display settings' });
    await toggle.click(); // focus stays on the toggle, outside the panel
    await expect.poll(() => reader.locator('#reader-panel').count()).toBe(1);
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('#reader-panel').count()).toBe(0);
    expect(await toggle.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await reader.close();
    await source.close();
  });

  it('puts "Hide image" on the same side as the page does (English browser, Arabic article)', async () => {
    const source = await openSource(browser, server, '/article-ar/');
    // On the page: reveal the first cover with a real click and see where its Hide button is.
    const showAt = await buttonCentre(source, 0, /^Show image/);
    await source.mouse.click(showAt.x, showAt.y);
    await expect.poll(async () => (await listCovers(source))[0]?.buttons.some((b) => /Hide image/.test(b.name))).toBe(true);
    const revealed = (await listCovers(source))[0]!;
    const hideOnPage = await centreOfNode(source, revealed.buttons.find((b) => /Hide image/.test(b.name))!.backendNodeId);
    const pageSide = hideOnPage.x < revealed.box.x + revealed.box.width / 2 ? 'left' : 'right';

    const reader = await openReader(browser, source);
    await reader.locator('.reader-cover').first().getByRole('button', { name: /^Show image/ }).click();
    const image = await reader.locator('.reader-revealed img').first().boundingBox();
    const hide = await reader.getByRole('button', { name: /Hide image/ }).boundingBox();
    const readerSide = hide!.x + hide!.width / 2 < image!.x + image!.width / 2 ? 'left' : 'right';
    expect(readerSide).toBe(pageSide);
    expect(pageSide).toBe('left'); // the interface is English: its start is the left
    await reader.close();
    await source.close();
  });
});
