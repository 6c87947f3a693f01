import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { hasChromiumLocale, launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { settle } from './support/cover-inspector';
import { axeViolations, openPopup, popupCoveredCount } from './support/popup';

// Popup and options in Arabic (right to left), French and Spanish, through _locales and
// chrome.i18n. Chromium on Linux picks its UI language from LANGUAGE, and only when the
// locale's .pak is installed (Debian: apt-get install chromium-l10n); without it the browser
// stays in English and these tests are skipped with a note, not passed.

if (!hasChromiumLocale('ar')) console.warn('settings-locale: no Chromium Arabic locale (apt-get install chromium-l10n); skipped');

const CASES = [
  { lang: 'ar', dir: 'rtl', title: 'إعدادات Forewarn', switchLabel: 'تغطية الصور الصادمة في هذا الموقع', oneSite: 'موقع واحد له إعدادات خاصة.', size: /^[0-9٠-٩]+ بكسل$/, lineLength: /^[0-9٠-٩]+ حرفًا$/ },
  { lang: 'fr', dir: 'ltr', title: 'Réglages de Forewarn', switchLabel: 'Masquer les images choquantes sur ce site', oneSite: '1 site a ses propres réglages.', size: /^\d+ px$/, lineLength: /^\d+ caractères$/ },
  { lang: 'es', dir: 'ltr', title: 'Ajustes de Forewarn', switchLabel: 'Cubrir las imágenes impactantes en este sitio', oneSite: '1 sitio con ajustes propios.', size: /^\d+ px$/, lineLength: /^\d+ caracteres$/ },
] as const;

let server: FixtureServer;
beforeAll(async () => {
  await mkdir(resolve('artifacts/options'), { recursive: true });
  server = await startFixtureServer(resolve('demo/pages'));
});
afterAll(async () => {
  await server?.close();
});

describe.each(CASES)('in $lang', ({ lang, dir, title, switchLabel, oneSite, size, lineLength }) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    if (hasChromiumLocale(lang)) browser = await launchWithExtension({ uiLanguage: lang });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!hasChromiumLocale(lang))('the popup is translated, laid out for the language, and passes axe-core', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/ar-detention.html'));
    await settle(page);
    const popup = await openPopup(browser, page);
    await popupCoveredCount(popup);
    // The browser's own tag for the language: "es" or "es-ES", as its version reports it.
    const [docLang, docDir] = await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    expect(docLang?.split('-')[0]).toBe(lang);
    expect(docDir).toBe(dir);
    expect(await popup.getByRole('switch', { name: switchLabel }).count()).toBe(1);
    if (dir === 'rtl') {
      // Right to left for real: the switch sits on the left of its label.
      const label = await popup.locator('.fw-switch-label').boundingBox();
      const toggle = await popup.getByRole('switch').boundingBox();
      expect(toggle!.x + toggle!.width).toBeLessThan(label!.x + 1);
    }
    expect(await axeViolations(popup)).toEqual([]);
  });

  it.skipIf(!hasChromiumLocale(lang))('the options page is translated and passes axe-core', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.waitForSelector('.fw-options');
    expect(await page.title()).toBe(title);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
    await page.getByRole('textbox').first().fill('مثال.مصر');
    await page.locator('form.fw-add-site button[type="submit"]').click();
    // IDN stored as punycode, shown in Unicode.
    await page.waitForSelector('tr[data-site="xn--mgbh0fb.xn--wgbh1c"]');
    expect(await page.locator('tr[data-site="xn--mgbh0fb.xn--wgbh1c"] th').textContent()).toBe('مثال.مصر');
    // One site: the language's own singular ("موقع واحد", not "1 مواقع").
    await expect.poll(() => page.locator('.fw-site-tools .fw-hint').textContent()).toBe(oneSite);
    expect(await axeViolations(page)).toEqual([]);
    // The reading view's values in the language's words, not CSS units ("68ch").
    const values = await page.locator('.fw-range output').allTextContents();
    expect(values).toHaveLength(3);
    expect(values[0]).toMatch(size);
    expect(values[2]).toMatch(lineLength);

    // A refused import says why in this language's plain words: no schema text, and the file's
    // own site name set apart (isolated) so it cannot scramble a right-to-left sentence.
    await page.locator('input[type="file"]').setInputFiles(resolve('tests/fixtures/settings/import-bad-site-name.json'));
    await page.waitForSelector('.fw-error');
    const message = (await page.locator('.fw-error').textContent()) ?? '';
    expect(message).toContain('\u2068WWW.Example.com/path\u2069');
    const outsideIsolate = message.replace(/\u2068[^\u2069]*\u2069/g, '').replace(/Forewarn/g, '');
    if (lang === 'ar') expect(outsideIsolate).not.toMatch(/[A-Za-z]/);
    expect(outsideIsolate).not.toMatch(/invalid|expected|JSON|›|"/i);
    await page.locator('.fw-backup-message').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(`artifacts/options/import-error-${lang}.png`) });
  });
});
