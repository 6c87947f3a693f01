import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-chromium';
import type { FixtureServer } from './fixture-server';
import { tabIdOf } from './site-settings';

// Opening fixture articles and their reading view in Chromium, as reader tests need it.

/** Loads a fixture page and waits until Forewarn has decided its pictures. */
export async function openSource(browser: ExtensionBrowser, server: FixtureServer, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await page
    .waitForFunction(() =>
      Array.from(document.querySelectorAll('main img, article img')).every((img) => img.hasAttribute('data-forewarn')),
    )
    .catch(() => undefined); // pictures that never load may stay pending: the reader covers those
  return page;
}

/** Sends {type:'forewarn:open-reader', tabId} from an extension page, as the popup does. */
export async function openReader(browser: ExtensionBrowser, source: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, source);
  const sender = await browser.context.newPage();
  await sender.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/reader.html?s='));
  await sender.evaluate((id) => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: id });
  }, tabId);
  const reader = await opened;
  await sender.close();
  await reader.waitForSelector('html[data-reader-state="ready"]');
  return reader;
}

/** Opens the reading view's display settings, if they are not open already. */
export async function openDisplaySettings(reader: Page, name = 'Display settings'): Promise<void> {
  const toggle = reader.getByRole('button', { name });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
