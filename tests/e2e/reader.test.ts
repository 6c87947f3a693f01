import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { openPopup } from './support/popup';
import { tabIdOf } from './support/site-settings';

// The reading view in real Chromium with the built extension: opened through the same runtime
// message the popup sends, on fixture articles served from 127.0.0.1.

const SHOTS = resolve('artifacts/reader');
const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const THEMES = ['Follow the system', 'Light', 'Dark', 'Sepia', 'High contrast'] as const;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  server = await startFixtureServer('tests/fixtures/reader-pages');
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a fixture page and waits until Forewarn has decided its pictures. */
async function openSource(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('main img, article img')).every((img) => img.hasAttribute('data-forewarn')),
  ).catch(() => undefined); // pictures that never load may stay pending: the reader covers those
  return page;
}

/** Sends {type:'forewarn:open-reader', tabId} from an extension page, as the popup does. */
async function openReader(source: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, source);
  const sender = await browser.context.newPage();
  await sender.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
  const result = await sender.evaluate((id) => {
    // Runs in the extension page, where chrome.runtime exists (the test's types do not know it).
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: id });
  }, tabId);
  expect(result).toMatchObject({ ok: true });
  const reader = await opened;
  await sender.close();
  await reader.waitForSelector('html[data-reader-state]');
  return reader;
}

/** Writes (or removes) the settings store's entry for 127.0.0.1, as the options page would. */
async function setSiteEntry(entry: object | null): Promise<void> {
  const helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await helper.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } };
    };
    // One key per site (utils/settings/settings-schema.ts).
    if (value) await chrome.storage.local.set({ 'site:127.0.0.1': { ...value, updatedAt: Date.now() } });
    else await chrome.storage.local.remove('site:127.0.0.1');
  }, entry);
  await helper.close();
}

async function openDisplaySettings(reader: Page): Promise<void> {
  const toggle = reader.getByRole('button', { name: 'Display settings' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

async function chooseTheme(reader: Page, theme: (typeof THEMES)[number]): Promise<void> {
  await openDisplaySettings(reader);
  await reader.getByRole('radio', { name: theme, exact: true }).check();
}

async function axeViolations(reader: Page): Promise<string[]> {
  await reader.evaluate(AXE);
  return reader.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('reading view', () => {
  it('opens from the popup message, sanitized, with graphic pictures covered', async () => {
    const source = await openSource('/article-en/');
    const coveredOnPage = await source.evaluate(() =>
      Array.from(document.querySelectorAll('img[data-forewarn="covered"]')).map(
        (img) => new URL(img.getAttribute('data-src') ?? img.getAttribute('src') ?? '', document.baseURI).href,
      ),
    );
    expect(coveredOnPage.length).toBeGreaterThan(0);
    const reader = await openReader(source);
    expect(await reader.getAttribute('html', 'data-reader-state')).toBe('ready');
    await expect.poll(() => reader.locator('h1').textContent()).toContain('Leaked photographs');

    // Nothing from the page runs here, and nothing executable was rendered.
    expect(await reader.evaluate(() => 'window.__pageScriptRan' in window || '__pageScriptRan' in window)).toBe(false);
    expect(await reader.locator('.reader-article :is(script, svg, math, iframe, [onclick], [onerror])').count()).toBe(0);
    expect(await reader.locator('.reader-article a[href^="javascript:"]').count()).toBe(0);

    // Every picture covered on the page is covered here too, however Readability rewrote it;
    // the lazy data-src and <noscript> copies included, and none of them is even requested.
    // The reader draws pictures from blob: URLs it fetched itself; data-image-url says which.
    const shown = await reader.evaluate(() => Array.from(document.querySelectorAll('.reader-article img'), (i) => i.getAttribute('data-image-url') ?? ''));
    const coveredHere = await reader.evaluate(() =>
      Array.from(document.querySelectorAll('.reader-cover'), (c) => c.getAttribute('data-image-url')),
    );
    for (const url of coveredOnPage) expect(shown).not.toContain(url);
    for (const file of ['morgue.svg', 'burn-marks.png', 'mass-grave.png']) {
      expect(coveredOnPage.some((u) => u?.endsWith(file))).toBe(true);
      expect(coveredHere.some((u) => u?.endsWith(file))).toBe(true);
      expect(shown.some((u) => u.endsWith(file))).toBe(false);
    }
    expect(shown.some((u) => u.endsWith('prison-gate.svg'))).toBe(true);

    // The cover says what it hides, like the one on the page.
    const firstCover = reader.locator('.reader-cover').first();
    await expect.poll(() => firstCover.textContent()).toMatch(/Graphic image hidden/);
    await expect.poll(() => reader.locator('.reader-content-note').textContent()).toMatch(/This article describes/);
    await reader.screenshot({ path: `${SHOTS}/reader-en-default.png`, fullPage: false });
    await reader.close();
    await source.close();
  });

  it("opens from the popup's own button too", async () => {
    const source = await openSource('/article-en/');
    const popup = await openPopup(browser, source);
    const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
    await popup.getByRole('button', { name: 'Open reading view' }).click();
    const reader = await opened;
    await reader.waitForSelector('html[data-reader-state="ready"]');
    await expect.poll(() => reader.locator('h1').textContent()).toContain('Leaked photographs');
    await reader.close();
    await popup.close();
    await source.close();
  });

  it('reveals a covered picture by click and by keyboard, and hides it again; script clicks do nothing', async () => {
    const source = await openSource('/article-en/');
    const reader = await openReader(source);
    const covers = reader.locator('.reader-cover');
    const before = await covers.count();
    expect(before).toBeGreaterThan(1);

    // A page-style synthetic click is not trusted: nothing happens.
    await reader.evaluate(() => (document.querySelector('.reader-show') as HTMLButtonElement).click());
    await reader.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await covers.count()).toBe(before);
    expect(await reader.locator('.reader-revealed').count()).toBe(0);

    // A real click.
    const url = await covers.first().getAttribute('data-image-url');
    await covers.first().getByRole('button', { name: /^Show image/ }).click();
    await reader.waitForSelector(`.reader-revealed img[data-image-url="${url}"]`);
    await expect.poll(() => covers.count()).toBe(before - 1);
    const hide = reader.getByRole('button', { name: /Hide image/ });
    await expect.poll(() => hide.evaluate((b) => b === document.activeElement)).toBe(true);
    await hide.click();
    await expect.poll(() => covers.count()).toBe(before);
    expect(await reader.locator(`.reader-revealed img[data-image-url="${url}"]`).count()).toBe(0);

    // The keyboard: Enter, then Space, on a cover's button.
    const show = covers.nth(1).getByRole('button', { name: /^Show image/ });
    await show.focus();
    await reader.keyboard.press('Enter');
    await expect.poll(() => covers.count()).toBe(before - 1);
    const hideButton = reader.getByRole('button', { name: /Hide image/ });
    await expect.poll(() => hideButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await reader.keyboard.press('Enter'); // focus moved to "Hide image"
    await expect.poll(() => covers.count()).toBe(before);
    await covers.nth(1).getByRole('button', { name: /^Show image/ }).focus();
    await reader.keyboard.press('Space');
    await expect.poll(() => covers.count()).toBe(before - 1);
    await reader.screenshot({ path: `${SHOTS}/reader-en-revealed.png` });
    await reader.close();
    await source.close();
  });

  it('changes theme and text size, and remembers them for the next article', async () => {
    const source = await openSource('/article-en/');
    const reader = await openReader(source);
    const size = () => reader.locator('.reader-article').evaluate((el) => getComputedStyle(el).fontSize);
    const background = () => reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    const sizeBefore = parseFloat(await size());

    await chooseTheme(reader, 'Dark');
    await expect.poll(() => reader.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).not.toBe(lightBackground);
    await reader.getByRole('button', { name: 'Larger text' }).click();
    await reader.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(async () => parseFloat(await size())).toBe(sizeBefore + 4);
    await reader.getByRole('radio', { name: 'Atkinson Hyperlegible' }).check();
    // Escape closes the settings and puts focus back on their button.
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('#reader-panel').count()).toBe(0);
    expect(await reader.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('reader-panel');
    await reader.evaluate(() => document.fonts.ready);
    expect(await reader.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
    await reader.close();

    const again = await openReader(source);
    expect(await again.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await again.getAttribute('html', 'data-font')).toBe('atkinson');
    expect(parseFloat(await again.locator('.reader-article').evaluate((el) => getComputedStyle(el).fontSize))).toBe(sizeBefore + 4);
    await chooseTheme(again, 'Light');
    await again.getByRole('button', { name: 'Smaller text' }).click();
    await again.getByRole('button', { name: 'Smaller text' }).click();
    await again.getByRole('radio', { name: 'Serif', exact: true }).check();
    await again.close();
    await source.close();
  });

  it('shows an Arabic article right to left, in an Arabic face, with mixed captions in order', async () => {
    const source = await openSource('/article-ar/');
    const reader = await openReader(source);
    const article = reader.locator('article.reader-article');
    expect(await article.getAttribute('lang')).toBe('ar');
    expect(await article.getAttribute('dir')).toBe('rtl');
    expect(await article.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await article.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"?Noto Naskh Arabic/);
    await reader.evaluate(() => document.fonts.ready);
    expect(await reader.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'عربي'))).toBe(true);
    // A caption that mixes Arabic and Latin text takes its direction from its own first letters.
    const caption = reader.locator('figcaption', { hasText: 'Koblenz' });
    expect(await caption.getAttribute('dir')).toBe('auto');
    expect(await caption.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await reader.locator('.reader-cover').count()).toBeGreaterThan(0);
    await reader.screenshot({ path: `${SHOTS}/reader-ar.png` });
    await reader.close();
    await source.close();
  });

  it('folds passages that describe violence in detail behind "Show passage"', async () => {
    const source = await openSource('/article-en/');
    const reader = await openReader(source);
    expect(await reader.locator('.reader-folded').count()).toBe(0);
    await reader.getByRole('button', { name: /^Fold \d+ detailed passages?$/ }).click();
    await expect.poll(() => reader.locator('.reader-folded').count()).toBeGreaterThan(0);
    const folded = await reader.locator('.reader-folded').count();
    // The passage's words are gone from the page until asked for; calm paragraphs stay.
    expect(await reader.locator('.reader-body').textContent()).not.toContain('eyes gouged out');
    expect(await reader.locator('.reader-body').textContent()).toContain('Lawyers in three European countries');
    await reader.getByRole('button', { name: 'Show passage' }).first().click();
    await expect.poll(() => reader.locator('.reader-folded').count()).toBe(folded - 1);
    await reader.screenshot({ path: `${SHOTS}/reader-en-folded.png` });
    await reader.getByRole('button', { name: /^Unfold \d+ detailed passages?$/ }).click();
    await expect.poll(() => reader.locator('.reader-folded').count()).toBe(0);
    await reader.close();
    await source.close();
  });

  it('opens by itself on a site set to auto-open', async () => {
    await setSiteEntry({ autoOpenReader: true });
    try {
      const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
      const source = await browser.context.newPage();
      await source.goto(server.url('/article-ar/'));
      const reader = await opened;
      await reader.waitForSelector('html[data-reader-state="ready"]');
      expect(await reader.locator('article.reader-article').getAttribute('lang')).toBe('ar');
      await reader.close();
      await source.close();
    } finally {
      await setSiteEntry(null);
    }
  });

  it('shows pictures uncovered on a site the reader switched off, as the page does', async () => {
    await setSiteEntry({ mode: 'off' });
    try {
      const source = await browser.context.newPage();
      await source.goto(server.url('/article-en/'));
      const reader = await openReader(source);
      expect(await reader.getAttribute('html', 'data-reader-state')).toBe('ready');
      expect(await reader.locator('.reader-cover').count()).toBe(0);
      expect(await reader.locator('.reader-article img[data-image-url$="morgue.svg"]').count()).toBe(1);
      await reader.close();
      await source.close();
    } finally {
      await setSiteEntry(null);
    }
  });

  it('links back to the original page: its tab if still open, else the page itself', async () => {
    const source = await openSource('/article-en/');
    const sourceTab = await tabIdOf(browser, source);
    const reader = await openReader(source);
    const activeTab = () =>
      reader.evaluate(async () => {
        const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
        return (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      });
    expect(await activeTab()).not.toBe(sourceTab);
    await reader.getByRole('link', { name: /Original page/ }).click();
    await expect.poll(activeTab).toBe(sourceTab);

    await source.close();
    await reader.getByRole('link', { name: /Read this article on/ }).click();
    await reader.waitForURL(server.url('/article-en/'));
    await reader.close();
  });

  it('keeps the covers of the demo articles, in English and in Arabic', async () => {
    const demo = await startFixtureServer('demo/pages');
    try {
      for (const file of ['detention-photos.html', 'ar-detention.html']) {
        const source = await browser.context.newPage();
        await source.goto(demo.url(`/${file}`));
        await source
          .waitForFunction(() => [...document.querySelectorAll('article img')].every((img) => img.hasAttribute('data-forewarn')))
          .catch(() => undefined);
        // Every URL a covered picture could show: src, the chosen and all srcset candidates.
        const coveredOnPage = await source.evaluate(() =>
          [...document.querySelectorAll('article img[data-forewarn="covered"]')].flatMap((el) => {
            const img = el as HTMLImageElement;
            const candidates = [img.getAttribute('srcset'), img.closest('picture')?.querySelector('source')?.getAttribute('srcset')]
              .flatMap((set) => (set ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]))
              .filter((u): u is string => Boolean(u));
            return [img.src, img.currentSrc, ...candidates.map((u) => new URL(u, document.baseURI).href)].filter(Boolean);
          }),
        );
        expect(coveredOnPage.length, file).toBeGreaterThan(0);
        const reader = await openReader(source);
        expect(await reader.getAttribute('html', 'data-reader-state'), file).toBe('ready');
        const shown = await reader.evaluate(() => [...document.querySelectorAll('.reader-article img')].map((i) => i.getAttribute('data-image-url') ?? ''));
        for (const url of coveredOnPage) expect(shown, `${file}: ${url}`).not.toContain(url);
        const coveredCount = await source.evaluate(() => document.querySelectorAll('article img[data-forewarn="covered"]').length);
        // Each covered picture of the article is a cover in the reader too (none lost, none shown).
        expect(await reader.locator('.reader-cover').count(), file).toBe(coveredCount);
        await reader.close();
        await source.close();
      }
    } finally {
      await demo.close();
    }
  });

  it('reads an article without a single picture (a page that has read no settings yet)', async () => {
    // Such a page reads its settings only when the reading view asks for its snapshot.
    const source = await openSource('/article-text-only/');
    const reader = await openReader(source);
    expect(await reader.getAttribute('html', 'data-reader-state')).toBe('ready');
    await expect.poll(() => reader.locator('h1').textContent()).toBe('City council delays vote on the riverside tram extension');
    expect(await reader.locator('.reader-article p', { hasText: 'Steel and labour have both become more expensive' }).count()).toBe(1);
    expect(await reader.locator('.reader-article img, .reader-cover').count()).toBe(0);
    await reader.close();
    await source.close();
  });

  it('says clearly when a page has no article', async () => {
    const source = await openSource('/no-article/');
    const reader = await openReader(source);
    expect(await reader.getAttribute('html', 'data-reader-state')).toBe('no-article');
    await expect.poll(() => reader.locator('h1').textContent()).toBe('No article on this page');
    expect(await reader.getByRole('link', { name: 'Back to the page' }).getAttribute('href')).toBe(source.url());
    await reader.close();
    await source.close();
  });

  it('passes axe with zero violations in every theme, and under forced colours', async () => {
    const source = await openSource('/article-en/');
    const reader = await openReader(source);
    // Colour transitions would let axe measure a colour halfway between two themes.
    await reader.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of THEMES) {
      await chooseTheme(reader, theme);
      await reader.getByRole('button', { name: 'Display settings' }).click(); // close the panel
      for (const scheme of theme === 'Follow the system' ? (['light', 'dark'] as const) : (['light'] as const)) {
        await reader.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(reader), `${theme} / ${scheme}`).toEqual([]);
        const name = `${theme.toLowerCase().replace(/\s+/g, '-')}${theme === 'Follow the system' ? `-${scheme}` : ''}`;
        await reader.evaluate(() => window.scrollTo(0, 0));
        await reader.screenshot({ path: `${SHOTS}/reader-theme-${name}.png` });
        await reader.evaluate(() => document.querySelector('.reader-cover')?.scrollIntoView({ block: 'center' }));
        await reader.screenshot({ path: `${SHOTS}/reader-theme-${name}-cover.png` });
      }
      // With the panel open too: its controls must pass in this theme as well.
      await openDisplaySettings(reader);
      expect(await axeViolations(reader), `${theme} with settings open`).toEqual([]);
    }
    await reader.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    expect(await axeViolations(reader), 'forced colours').toEqual([]);
    await reader.emulateMedia({ forcedColors: 'none' });
    await chooseTheme(reader, 'Follow the system');
    const arabic = await openReader(await openSource('/article-ar/'));
    await arabic.emulateMedia({ reducedMotion: 'reduce' });
    for (const theme of THEMES.slice(1)) {
      await chooseTheme(arabic, theme);
      expect(await axeViolations(arabic), `Arabic / ${theme}`).toEqual([]);
      if (theme === 'Sepia') await arabic.screenshot({ path: `${SHOTS}/reader-ar-sepia-full.png`, fullPage: true });
    }
    await chooseTheme(arabic, 'Follow the system');
    await arabic.close();
    await reader.close();
    await source.close();
  });
});
