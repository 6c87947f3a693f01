import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { settle } from './support/cover-inspector';

// Settings survive an update: a profile holding version 1 settings (the stored example) is
// read by the current build, which carries the reader's choices forward.

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(resolve('demo/pages'));
  browser = await launchWithExtension({ args: ['--host-resolver-rules=MAP *.example 127.0.0.1'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an update from settings version 1', () => {
  it('keeps each site’s choice and the global defaults', async () => {
    const v1 = JSON.parse(readFileSync('tests/fixtures/settings/v1-storage.json', 'utf8'));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(async (data) => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void>; set(v: object): Promise<void> } } } };
      await chrome.storage.local.clear();
      await chrome.storage.local.set(data);
    }, v1);

    // The v1 record said "www.myblog.example: off"; a page there is left alone.
    const port = new URL(server.origin).port;
    const page = await browser.context.newPage();
    await page.goto(`http://www.myblog.example:${port}/detention-photos.html`);
    await settle(page, { verdicts: false });
    expect(await page.locator('[data-forewarn]').count()).toBe(0);

    await options.reload();
    await options.waitForSelector('tr[data-site="myblog.example"]');
    expect(await options.getByLabel('What Forewarn covers on myblog.example').inputValue()).toBe('off');
    expect(await options.getByLabel('What Forewarn covers on bücher.de').inputValue()).toBe('off');
    expect(await options.getByLabel('What Forewarn covers on news.example.com').inputValue()).toBe('detect');
    expect(await options.getByRole('radio', { name: 'Strict' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'In greyscale' }).isChecked()).toBe(true);
    // The one entry that could not be carried forward is shown, not dropped.
    expect(await options.locator('.fw-problems').textContent()).toContain('not a host name!');
  });
});
