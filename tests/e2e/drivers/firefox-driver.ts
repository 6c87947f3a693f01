import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Box, DriverPage, ExtensionDriver, Key, Point } from './browser-driver';
import { coverHostBox } from './cover-host-box';
import { hideButtonByLayout, showButtonBySight } from './locate-cover-button';

// Debian's firefox-esr, headless, driven by puppeteer-core over WebDriver BiDi (no geckodriver,
// no display), with the Firefox build installed as a temporary add-on.
// FOREWARN_FIREFOX_MANIFEST=3 picks the MV3 build (`wxt build -b firefox --mv3`) instead of MV2.

export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.FOREWARN_OUT_DIR ?? '.output',
  process.env.FOREWARN_FIREFOX_MANIFEST === '3' ? 'firefox-mv3' : 'firefox-mv2',
);

/**
 * Firefox gives each install a random moz-extension:// host; this pref fixes it so tests can
 * open popup.html. Any UUID will do.
 */
const EXTENSION_UUID = '5b0f3c1e-7d2a-4e8b-9c61-0a4f2d9e8b17';
const POLL_MS = 40;
/**
 * The window's outer size. Set with Firefox's own --width/--height, not with puppeteer's
 * viewport (defaultViewport, setViewport): that also sends emulation.setScreenOrientationOverride,
 * a command Firefox ESR 140 does not know (every page then fails to open there).
 */
const WINDOW = { width: 1280, height: 900 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class FirefoxPage implements DriverPage {
  constructor(readonly page: Page) {}

  async url() {
    return this.page.url();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    return (await this.page.evaluate(fn as never, arg as never)) as Awaited<R>;
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async click({ x, y }: Point) {
    await this.page.mouse.click(x, y);
  }

  async press(key: Key) {
    // BiDi key values are the characters themselves: the space bar is ' '.
    await this.page.keyboard.press(key === 'Space' ? ' ' : key);
  }

  async screenshot(clip: Box) {
    // Puppeteer's clip is in document coordinates.
    const scroll = await this.page.evaluate(() => ({ x: scrollX, y: scrollY }));
    const data = await this.page.screenshot({
      clip: { x: clip.x + scroll.x, y: clip.y + scroll.y, width: clip.width, height: clip.height },
    });
    return Buffer.from(data);
  }

  async bringToFront() {
    await this.page.bringToFront();
  }

  async close() {
    await this.page.close();
  }
}

/**
 * Waits until a moz-extension:// page has loaded. Its `goto` never resolves (BiDi sees no load
 * event for extension pages), so the navigation is started without awaiting and the document
 * is polled instead.
 */
async function loadExtensionPage(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await waitForLoadedDocument(page, (href) => href === url, timeoutMs);
}

async function waitForLoadedDocument(page: Page, accept: (href: string) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null); // the document is being replaced
    if (state) last = `${state.href} (${state.ready})`;
    if (state && accept(state.href) && state.ready === 'complete') return;
    await sleep(POLL_MS);
  }
  throw new Error(`page did not load in ${timeoutMs} ms; last seen: ${last}`);
}

export interface FirefoxDriver extends ExtensionDriver {
  /** Every WebDriver BiDi command sent so far, once each (to check against the oldest ESR). */
  bidiCommandsSent(): string[];
}

export async function launchFirefoxDriver(
  options: { extensionDir?: string; executablePath?: string; prefs?: Record<string, unknown> } = {},
): Promise<FirefoxDriver> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const geckoId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath: options.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      ...options.prefs,
    },
    // Needed to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access', `--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
  });
  // Puppeteer's BiDi browser keeps its connection out of the public types; every command passes
  // through its send(), so it is noted there.
  const sent = new Set<string>();
  type Send = (method: string, ...rest: unknown[]) => unknown;
  const connection = (browser as unknown as { connection: { send: Send } }).connection;
  const send = connection.send.bind(connection);
  connection.send = (method, ...rest) => {
    sent.add(method);
    return send(method, ...rest);
  };
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const newPage = async () => {
    const page = await browser.newPage();
    // Fixture pages that try to run hostile markup call alert(); an open prompt would hold the
    // load event forever (Playwright dismisses dialogs by itself, puppeteer does not).
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    return page;
  };

  return {
    name: 'firefox',
    async openPage(url) {
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      return new FirefoxPage(page);
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await loadExtensionPage(page, `${origin}/${path.replace(/^\//, '')}`);
      return new FirefoxPage(page);
    },
    async waitForPage(part, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        // Puppeteer's url() of a tab the extension opened can stay at about:blank (no navigation
        // events for moz-extension:// documents), so ask each document where it is.
        for (const page of await browser.pages()) {
          const href = page.url().includes(part)
            ? page.url()
            : await page.evaluate(() => location.href).catch(() => '');
          if (href.includes(part)) {
            await waitForLoadedDocument(page, (h) => h.includes(part), deadline - Date.now());
            return new FirefoxPage(page);
          }
        }
        await sleep(POLL_MS);
      }
      throw new Error(`no tab with ${part} opened within ${timeoutMs} ms`);
    },
    async coverButtonCentre(page, coverIndex, button) {
      const box = await coverHostBox(page, coverIndex);
      if (button === 'hide') return hideButtonByLayout(box);
      return showButtonBySight(await page.screenshot(box), box);
    },
    async coverButtonNames() {
      return null;
    },
    bidiCommandsSent() {
      return [...sent].sort();
    },
    async close() {
      await browser.close();
    },
  };
}
