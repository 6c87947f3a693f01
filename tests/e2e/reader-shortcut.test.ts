import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_SHORTCUT } from '../../utils/reader/reader-shortcut';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { startVirtualDisplay, type VirtualDisplay } from './support/virtual-display';

// The reading view's shortcut, pressed for real: Chromium in a window on a virtual X display,
// the key chord typed by xdotool through the window system (Playwright's keyboard never reaches
// chrome.commands). Pressed on a page it opens the reader; pressed again in the reader it closes
// it and gives the page back. Needs xvfb and xdotool: `npm test` checks for them first.

/** The browser window's title: "<active tab's title> - Chromium". */
const BROWSER_WINDOW = ' - Chromium$';
let display: VirtualDisplay;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer('tests/fixtures/reader-pages');
  display = await startVirtualDisplay();
  browser = await launchWithExtension({ display: display.display });
});

afterAll(async () => {
  await browser?.close();
  await display?.close();
  await server?.close();
});

const readerTabs = () => browser.context.pages().filter((p) => p.url().includes('/reader.html?s='));

interface ChromeApi {
  tabs: { query(q: object): Promise<{ url?: string }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

/** The URL of the tab the window shows, as the browser reports it. */
const visibleTab = () =>
  browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url;
  });

describe(`the reading-view shortcut (${READER_SHORTCUT})`, () => {
  it('is bound by Chromium', async () => {
    const commands = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll(),
    );
    const ours = commands.filter((c) => !c.name?.startsWith('_execute'));
    expect(ours.length).toBeGreaterThan(0);
    for (const c of ours) expect(c.shortcut, c.name).toBe(READER_SHORTCUT);
  });

  it('opens the reading view from a real key press, and a second press in it goes back to the page', async () => {
    for (const stale of readerTabs()) await stale.close(); // a retry starts from the page alone
    const source: Page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await source.goto(server.url('/article-en/'));
    await source.bringToFront();
    const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
    await display.press(READER_SHORTCUT, BROWSER_WINDOW);
    const reader = await opened.catch(async (error: Error) => {
      throw new Error(`${error.message}; visible windows: ${await display.windows()}`);
    });
    await reader.waitForSelector('html[data-reader-state="ready"]');
    await expect.poll(() => reader.locator('h1').textContent()).toContain('Leaked photographs');
    await expect.poll(visibleTab).toBe(reader.url());

    // In the reader the same key toggles back: the reader closes, the article's tab is shown.
    const closed = reader.waitForEvent('close');
    await display.press(READER_SHORTCUT, BROWSER_WINDOW);
    await closed;
    expect(readerTabs()).toHaveLength(0);
    await expect.poll(visibleTab).toBe(source.url());

    // Pressed twice on the page, it keeps one reader tab for it, not one per press.
    const again = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
    await source.bringToFront();
    await display.press(READER_SHORTCUT, BROWSER_WINDOW);
    const second = await again;
    await second.waitForSelector('html[data-reader-state="ready"]');
    await source.bringToFront();
    await expect.poll(visibleTab).toBe(source.url());
    await display.press(READER_SHORTCUT, BROWSER_WINDOW);
    await expect.poll(visibleTab).toMatch(/\/reader\.html\?s=/);
    expect(readerTabs()).toHaveLength(1);
    // Closed by the browser, not by Playwright: its close() of a tab the extension navigated
    // (the reused reader) could wait a minute for an answer.
    await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi & { tabs: { remove(ids: number[]): Promise<void> } } };
      const tabs = (await chrome.tabs.query({})) as { id?: number; url?: string }[];
      await chrome.tabs.remove(tabs.filter((t) => t.url?.includes('/reader.html?s=')).map((t) => t.id!));
    });
    await expect.poll(() => readerTabs().length).toBe(0);
  });
});
