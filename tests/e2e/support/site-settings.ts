import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-chromium';

// Turns Forewarn off or on for a page's site the way a person does: through the popup's switch.
// Playwright cannot see the real popup, so the popup page is opened in a tab of its own with
// `popup.html?tabId=N`, N being the tab of the news page.

/** The browser's tab id of a page, asked from an extension page (which may use chrome.tabs). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const helper = await browser.context.newPage();
  try {
    await helper.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const id = await helper.evaluate(async (url) => {
      // This runs in the extension page, where chrome.tabs exists (the test's types do not know it).
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };
      };
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id ?? null;
    }, page.url());
    if (id === null) throw new Error(`no tab shows ${page.url()}`);
    return id;
  } finally {
    await helper.close();
  }
}

/** Opens the popup for a page's tab. Close it when done. */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Flips the site switch in the popup until it shows `enabled`, then closes the popup. */
export async function setSiteEnabled(browser: ExtensionBrowser, page: Page, enabled: boolean): Promise<void> {
  const popup = await openPopupFor(browser, page);
  try {
    // The popup's one switch for this site ("Cover graphic images on this site").
    const toggle = await popup.getByRole('switch', { name: /this site/i }).elementHandle();
    if (!toggle) throw new Error('the popup shows no switch for this site');
    // Enabled once the site's settings are loaded; before that its state means nothing.
    await popup.waitForFunction((el) => !(el as HTMLButtonElement).disabled, toggle);
    if ((await toggle.getAttribute('aria-checked')) !== String(enabled)) await toggle.click();
    // The switch re-renders from storage, so this also waits for the setting to be saved.
    await popup.waitForFunction(
      ([el, want]) => (el as Element).getAttribute('aria-checked') === want,
      [toggle, String(enabled)] as const,
    );
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}
