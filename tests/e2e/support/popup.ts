import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-chromium';
import { tabIdOf } from './site-settings';

// The real toolbar popup is invisible to Playwright, so tests open popup.html in a tab of its
// own and name the page it is about with ?tabId=N.

/** Opens the popup for `page`'s tab and waits until it has read the site's settings. */
export async function openPopup(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('main.fw-popup');
  await popup.waitForFunction(() => {
    const toggle = document.querySelector<HTMLButtonElement>('[role="switch"]');
    return toggle === null || !toggle.disabled;
  });
  return popup;
}

/** Waits for the popup's status line to report a covered count (after the page settled). */
export async function popupCoveredCount(popup: Page): Promise<number> {
  const handle = await popup.waitForFunction(() => {
    const status = document.querySelector('.fw-status[data-covered]');
    return status ? Number(status.getAttribute('data-covered')) : null;
  });
  return (await handle.jsonValue()) as number;
}

/** Runs axe-core in an extension page and returns its violations (ids and targets). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(require_resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

function require_resolve(specifier: string): string {
  return new URL(import.meta.resolve(specifier)).pathname;
}
