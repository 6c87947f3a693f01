import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';

// 5,000 sites in real Chromium, whose storage.sync enforces the real quotas (unlike the fake
// browser): all sites work locally, sync holds what fits, the options page stays usable.

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

function settingsFileWith(count: number): string {
  const sites: Record<string, object> = {};
  const modes = ['detect', 'cover-all', 'off'];
  for (let i = 0; i < count; i++) {
    sites[`site-${i}.news-${i % 97}.example`] = { mode: modes[i % 3], updatedAt: 1_764_000_000_000 + i };
  }
  return JSON.stringify({
    format: 'forewarn-settings',
    version: 2,
    exportedAt: new Date().toISOString(),
    global: { version: 2 },
    sites,
  });
}

describe('5,000 sites', () => {
  it('import, stay within the real sync quotas, and can be searched and edited', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('.fw-options');
    const text = settingsFileWith(5000);
    const started = Date.now();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'many.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('.fw-ok');
    await page.waitForFunction(() => /5,000 sites with their own settings/.test(document.body.textContent ?? ''));
    console.log(`import of 5,000 sites (${text.length} bytes) shown after ${Date.now() - started} ms`);

    // The copy to sync follows the local write; the page updates when it lands.
    await page.waitForFunction(() => Number(document.querySelector('.fw-sync-note')?.getAttribute('data-synced')) > 0);
    const usage = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { getBytesInUse(k: null): Promise<number>; get(k: null): Promise<object> }; local: { get(k: null): Promise<object> } } };
      };
      return {
        syncBytes: await chrome.storage.sync.getBytesInUse(null),
        syncItems: Object.keys(await chrome.storage.sync.get(null)).length,
        localSites: Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('site:')).length,
      };
    });
    const note = await page.locator('.fw-sync-note').textContent();
    console.log(`sync: ${usage.syncBytes} bytes in ${usage.syncItems} items; ${note}`);
    expect(usage.localSites).toBe(5000);
    expect(usage.syncBytes).toBeLessThanOrEqual(102_400);
    expect(note).toMatch(/^Travelling with your browser account: [\d,]+ of 5,000 sites\./);
    expect(Number(await page.locator('.fw-sync-note').getAttribute('data-synced'))).toBeGreaterThan(1000);

    // Only 100 rows are drawn; search finds the rest.
    expect(await page.locator('tbody tr').count()).toBe(100);
    await page.getByLabel('Search your sites').fill('site-4321.');
    await page.waitForSelector('tr[data-site="site-4321.news-53.example"]');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.getByLabel('What Forewarn covers on site-4321.news-53.example').selectOption('off');
    await page.waitForFunction(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { mode?: string }>> } } } };
      const key = 'site:site-4321.news-53.example';
      return (await chrome.storage.local.get(key))[key]?.mode === 'off';
    });
    expect(await page.locator('.fw-sync-note').textContent()).not.toMatch(/failed/);
  });
});
