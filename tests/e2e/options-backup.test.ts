import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { axeViolations } from './support/popup';

// The options page: edit by keyboard and mouse, export then import round trip, and files that
// are not Forewarn settings (corrupt, foreign, newer, oversized) refused with nothing changed.

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('.fw-options');
});
afterAll(async () => {
  await browser?.close();
});

/** Everything in storage.local, as the extension sees it. */
const storedSettings = (p: Page) =>
  p.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } };
    return chrome.storage.local.get(null);
  });

async function addSite(name: string, mode: string) {
  await page.getByLabel('Site', { exact: true }).fill(name);
  await page.getByLabel('Choice').selectOption({ label: mode });
  await page.getByRole('button', { name: 'Add site' }).click();
}

const fixture = (name: string) => resolve('tests/fixtures/settings', name);

describe('the options page', () => {
  it('round-trips export then import', async () => {
    await addSite('https://www.WarBlog.example/live', 'Every image');
    await addSite('myblog.example', 'Off');
    await page.waitForSelector('tr[data-site="warblog.example"]');
    await page.waitForSelector('tr[data-site="myblog.example"]');
    await page.getByRole('radio', { name: 'In greyscale' }).check();
    await page.getByRole('checkbox', { name: 'Sexual violence' }).uncheck();
    await page.getByLabel('Sensitivity on warblog.example').selectOption('strict');
    // Wait until every choice above is saved.
    await expect
      .poll(async () => {
        const s = (await storedSettings(page)) as Record<string, { sensitivity?: string; categories?: string[] }>;
        return [s['site:warblog.example']?.sensitivity, s.settings?.categories?.length];
      })
      .toEqual(['strict', 5]);
    const before = await storedSettings(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.format).toBe('forewarn-settings');
    expect(exported.sites['warblog.example']).toMatchObject({ mode: 'cover-all', sensitivity: 'strict' });
    expect(exported.global.revealStyle).toBe('greyscale');
    expect(exported.global.categories).not.toContain('sexual-violence');

    // Change things, then bring the file back.
    await page.getByRole('button', { name: 'Remove warblog.example' }).click();
    await page.waitForSelector('tr[data-site="warblog.example"]', { state: 'detached' });
    await page.getByRole('radio', { name: 'Dimmed' }).check();
    await addSite('other.example', 'Off');
    await page.waitForSelector('tr[data-site="other.example"]');

    await page.locator('input[type="file"]').setInputFiles((await download.path())!);
    // The export's own message is still shown: wait for the import's.
    await page.waitForFunction(() => /Settings imported/.test(document.querySelector('.fw-ok')?.textContent ?? ''));
    expect(await page.locator('.fw-ok').textContent()).toMatch(/Settings imported: your defaults and 2 sites/);
    await page.waitForSelector('tr[data-site="other.example"]', { state: 'detached' });
    expect(await page.getByLabel('What Forewarn covers on warblog.example').inputValue()).toBe('cover-all');
    expect(await page.getByRole('radio', { name: 'In greyscale' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Sexual violence' }).isChecked()).toBe(false);

    // Same settings as before the export (update times aside; a site the file does not list
    // is left as a tombstone, {updatedAt} alone, so the removal also reaches synced devices).
    const after = (await storedSettings(page)) as Record<string, { updatedAt?: number }>;
    expect(after['site:other.example']).toEqual({ updatedAt: expect.any(Number) });
    const strip = (o: object) =>
      Object.fromEntries(
        Object.entries(
          JSON.parse(JSON.stringify(o, (k, v) => (k === 'updatedAt' || k === 'sync-status' ? undefined : v))),
        ).filter(([k, v]) => !(k.startsWith('site:') && Object.keys(v as object).length === 0)),
      );
    expect(strip(after)).toEqual(strip(before));
  });

  it.each([
    ['import-truncated.json', /^This file cannot be read: it is damaged/],
    ['import-foreign.json', /not made by Forewarn/],
    ['import-newer.json', /newer version/],
    ['import-bad-values.json', /^Your defaults in this file have a value Forewarn does not know/],
    ['import-bad-site-name.json', /^This file lists “\u2068WWW\.Example\.com\/path\u2069”, which is not a site name/],
  ])('refuses %s with a clear message in plain words and changes nothing', async (name, message) => {
    const before = await storedSettings(page);
    await page.locator('input[type="file"]').setInputFiles(fixture(name));
    await page.waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('.fw-error')?.textContent ?? ''),
      message.source,
    );
    const text = (await page.locator('.fw-backup-message').textContent()) ?? '';
    expect(text).toMatch(/Nothing was changed\./);
    // No schema or parser words: no "Invalid", "expected", paths or quoted option lists.
    expect(text).not.toMatch(/invalid|expected|JSON|›|global|"/i);
    expect(await storedSettings(page)).toEqual(before);
    if (name === 'import-bad-site-name.json') {
      await mkdir(resolve('artifacts/options'), { recursive: true });
      await page.locator('.fw-backup-message').scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve('artifacts/options/import-error-en.png') });
    }
  });

  it('refuses an oversized file before reading it', async () => {
    const before = await storedSettings(page);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(3 * 1024 * 1024, 0x20),
    });
    await page.waitForFunction(() => /too large/.test(document.querySelector('.fw-error')?.textContent ?? ''));
    expect(await page.locator('.fw-backup-message').textContent()).toMatch(/too large.*Nothing was changed/);
    expect(await storedSettings(page)).toEqual(before);
  });

  it('reports a saved value it cannot read, keeps it, and has no axe-core violations', async () => {
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
      await chrome.storage.local.set({ 'site:broken.example': { mode: 'sometimes' } });
    });
    await page.waitForSelector('.fw-problems');
    expect(await page.locator('.fw-problems').textContent()).toContain('broken.example');
    expect(((await storedSettings(page)) as Record<string, unknown>)['site:broken.example']).toEqual({ mode: 'sometimes' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('works by keyboard: Tab reaches every control with a visible focus', async () => {
    await page.reload();
    await page.waitForSelector('.fw-options');
    const names = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const painted = el.matches('.fw-choice-option input') ? (el.nextElementSibling as HTMLElement) : el;
        const box = el.matches('.fw-file-input') ? el.parentElement! : painted;
        const style = getComputedStyle(box);
        return {
          label: el.getAttribute('aria-label') ?? el.closest('label')?.textContent?.trim() ?? el.textContent?.trim() ?? '',
          outline: style.outlineStyle,
        };
      });
      if (!info) continue;
      expect(info.outline, info.label).not.toBe('none');
      names.add(info.label);
    }
    expect([...names]).toEqual(
      expect.arrayContaining(['Add site', 'Export settings', 'Dead bodies', 'What Forewarn covers on warblog.example']),
    );
  });
});
