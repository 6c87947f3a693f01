import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCovers, settle } from './support/cover-inspector';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { hasChromiumLocale, launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';

// Covers speak the browser's language with wording the background keeps in storage.local: a
// page's first i18n.getMessage blocks its main thread while the whole message bundle is fetched
// (utils/cover-wording-store.ts). Two checks: the stored wording is what the page's covers say
// (a wording changed in storage shows on the next page), and in a French or Arabic browser the
// stored wording is that language's.

const KEY = 'cover-wording:v1';
const message = (lang: string, key: string) =>
  (JSON.parse(readFileSync(resolve('public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>)[key]!.message;

type Stored = { format: number; strings: Record<string, string> } | undefined;
/** Kept as JSON text (a page parses it only when it draws a cover). */
const parsed = (text: unknown): Stored => (typeof text === 'string' ? (JSON.parse(text) as Stored) : undefined);
/** storage.local as the service worker sees it (evaluated there, so named through globalThis). */
type LocalArea = { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };

/** The wording the background stored, once it has (it writes it when the extension is installed). */
async function storedWording(browser: ExtensionBrowser): Promise<NonNullable<Stored>> {
  let stored: Stored;
  await expect
    .poll(async () => {
      stored = await browser.serviceWorker.evaluate(async (key) => {
        const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
        return (await local.get(key))[key];
      }, KEY).then(parsed);
      return stored?.format;
    })
    .toBe(1);
  return stored!;
}

/** Every name and text the covers of the page expose, once decided. */
async function spokenCovers(browser: ExtensionBrowser, url: string): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await settle(page);
  const covers = await listCovers(page);
  await page.close();
  return covers.map((cover) => cover.spokenText);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(resolve('demo/pages'));
});
afterAll(async () => {
  await server?.close();
});

describe('cover wording', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is what the covers of a page say, read from storage', async () => {
    const stored = await storedWording(browser);
    expect(stored.strings.cover_show).toBe('Show image');
    expect(stored.strings.cover_reason_mentions).toBe('$1 mentions $2');
    const before = await spokenCovers(browser, server.url('/detention-photos.html'));
    expect(before.length).toBeGreaterThan(0);
    expect(before.join(' ')).toContain('Show image: ');

    const strings = { ...stored.strings, cover_show_named: 'Open the picture ($1)', cover_heading: 'Picture held back' };
    await browser.serviceWorker.evaluate(async ([key, value]) => {
      const local = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
      await local.set({ [key as string]: value });
    }, [KEY, JSON.stringify({ format: 1, strings })] as const);
    const after = await spokenCovers(browser, server.url('/detention-photos.html?again'));
    expect(after).toHaveLength(before.length);
    for (const spoken of after) {
      expect(spoken).toContain('Picture held back');
      expect(spoken).toMatch(/Open the picture \([^)]+\)/);
    }
  });
});

describe.each(['fr', 'ar'])('cover wording in a browser in %s', (lang) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    if (hasChromiumLocale(lang)) browser = await launchWithExtension({ uiLanguage: lang });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!hasChromiumLocale(lang))('is stored in that language and spoken by the covers', async () => {
    const stored = await storedWording(browser);
    expect(stored.strings.cover_show).toBe(message(lang, 'cover_show'));
    expect(stored.strings['@@bidi_dir']).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const spoken = await spokenCovers(browser, server.url('/detention-photos.html'));
    expect(spoken.length).toBeGreaterThan(0);
    for (const text of spoken) {
      expect(text).toContain(message(lang, 'cover_heading'));
      expect(text).not.toContain('Show image');
    }
  });
});
