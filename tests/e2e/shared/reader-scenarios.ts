import { describe, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../drivers/browser-driver';
import type { ScenarioContext } from './scenario-context';
import { READER_SHORTCUT } from '../../../utils/reader/reader-shortcut';
import { clickOn, tabIdOf, waitFor, type ExtensionApi } from './page-checks';

// Opening the reading view: the runtime message the popup sends ({type:'forewarn:open-reader',
// tabId}), answered by the background, and the popup's own button. The reader must come up with
// the article and with every picture covered on the page covered here too.

const ARTICLE = '/tests/fixtures/reader-pages/article-en/';

async function openSource(ctx: ScenarioContext): Promise<DriverPage> {
  const page = await ctx.driver().openPage(ctx.server().url(ARTICLE));
  // Pictures that never load may stay undecided: the reader covers those anyway.
  await waitFor(
    page,
    () => [...document.querySelectorAll('main img, article img')].every((img) => img.hasAttribute('data-forewarn')),
    undefined,
    'the article pictures to be decided',
  ).catch(() => undefined);
  return page;
}

async function readerReady(driver: ExtensionDriver): Promise<DriverPage> {
  const reader = await driver.waitForPage('/reader.html?s=');
  await waitFor(
    reader,
    () => document.documentElement.getAttribute('data-reader-state'),
    undefined,
    'the reader to finish',
  );
  return reader;
}

async function checkReader(source: DriverPage, reader: DriverPage): Promise<void> {
  expect(await reader.evaluate(() => document.documentElement.getAttribute('data-reader-state'))).toBe('ready');
  expect(await reader.evaluate(() => document.querySelector('h1')?.textContent ?? '')).toContain('Leaked photographs');
  const coveredOnPage = await source.evaluate(() =>
    [...document.querySelectorAll('img[data-forewarn="covered"]')].map(
      (img) => new URL(img.getAttribute('data-src') ?? img.getAttribute('src') ?? '', document.baseURI).href,
    ),
  );
  expect(coveredOnPage.length).toBeGreaterThan(0);
  const inReader = await reader.evaluate(() => ({
    // Drawn from blob: URLs the reader fetched itself; data-image-url says which picture.
    shown: [...document.querySelectorAll<HTMLImageElement>('.reader-article img')].map((i) => i.getAttribute('data-image-url') ?? ''),
    covered: [...document.querySelectorAll('.reader-cover')].map((c) => c.getAttribute('data-image-url') ?? ''),
    note: document.querySelector('.reader-content-note')?.textContent ?? '',
    executable: document.querySelectorAll('.reader-article :is(script, iframe, [onclick], [onerror])').length,
  }));
  for (const url of coveredOnPage) expect(inReader.shown).not.toContain(url);
  for (const file of ['morgue.svg', 'burn-marks.png', 'mass-grave.png']) {
    expect(inReader.covered.some((u) => u.endsWith(file)), `${file} covered in the reader`).toBe(true);
    expect(inReader.shown.some((u) => u.endsWith(file)), `${file} shown in the reader`).toBe(false);
  }
  expect(inReader.shown.some((u) => u.endsWith('prison-gate.svg'))).toBe(true);
  expect(inReader.note).toMatch(/This article describes/);
  expect(inReader.executable).toBe(0);
}

export function readerScenarios(ctx: ScenarioContext): void {
  describe('opening the reading view', () => {
    it(`binds every command to its key (${READER_SHORTCUT} for the reading view)`, async () => {
      // A suggested key the browser refuses is dropped silently ("Not set"): ask the browser.
      const page = await ctx.driver().openExtensionPage('popup.html');
      try {
        const commands = await page.evaluate(() => {
          type Commands = { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
          const g = globalThis as unknown as Record<'browser' | 'chrome', Commands | undefined>;
          return (g.browser ?? g.chrome)!.commands.getAll();
        });
        // The toolbar button's own command (_execute_action) has no key unless the person sets one.
        const ours = commands.filter((c) => !c.name?.startsWith('_execute'));
        expect(ours.map((c) => c.name)).toEqual(['open-reader']);
        for (const c of ours) expect(c.shortcut, c.name).toBe(READER_SHORTCUT);
      } finally {
        await page.close();
      }
    });

    it('opens from the open-reader message, with the page’s covered pictures covered', async () => {
      const driver = ctx.driver();
      const source = await openSource(ctx);
      const tabId = await tabIdOf(driver, source);
      const sender = await driver.openExtensionPage('popup.html');
      let reader: DriverPage | undefined;
      try {
        const answer = await sender.evaluate((id) => {
          const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
          return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: id });
        }, tabId);
        expect(answer).toMatchObject({ ok: true });
        reader = await readerReady(driver);
        await checkReader(source, reader);
      } finally {
        await reader?.close();
        await sender.close();
        await source.close();
      }
    });

    it('keeps one reader tab per page: asked again it reuses it, asked on the reader it closes it', async () => {
      const driver = ctx.driver();
      const source = await openSource(ctx);
      const tabId = await tabIdOf(driver, source);
      const sender = await driver.openExtensionPage('popup.html');
      const open = (id: number) => sender.evaluate((target) => {
        const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
        return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: target });
      }, id);
      const readersOf = (id: number) =>
        sender.evaluate(async (target) => {
          const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
          const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
          return tabs.filter((t) => t.url?.includes('/reader.html?s=') && t.url.endsWith(`&tab=${target}`)).map((t) => t.id!);
        }, id);
      try {
        expect(await open(tabId)).toMatchObject({ ok: true });
        await readerReady(driver);
        const [first] = await readersOf(tabId);
        expect(first).toBeDefined();
        expect(await open(tabId)).toMatchObject({ ok: true, readerTabId: first });
        expect(await readersOf(tabId)).toEqual([first]);
        expect(await open(first!)).toMatchObject({ ok: true, closedReaderTabId: first, shownTabId: tabId });
        expect(await readersOf(tabId)).toEqual([]);
      } finally {
        for (const id of await readersOf(tabId).catch(() => [])) {
          await sender.evaluate((target) => {
            const g = globalThis as unknown as Record<'browser' | 'chrome', { tabs: { remove(id: number): Promise<void> } } | undefined>;
            return (g.browser ?? g.chrome)!.tabs.remove(target);
          }, id);
        }
        await sender.close();
        await source.close();
      }
    });

    it("opens from the popup's own button", async () => {
      const driver = ctx.driver();
      const source = await openSource(ctx);
      const popup = await driver.openExtensionPage(`popup.html?tabId=${await tabIdOf(driver, source)}`);
      let reader: DriverPage | undefined;
      try {
        await waitFor(popup, () => document.querySelector('.fw-primary') !== null, undefined, 'the popup’s reader button');
        await clickOn(popup, '.fw-primary');
        reader = await readerReady(driver);
        await checkReader(source, reader);
      } finally {
        await reader?.close();
        await popup.close();
        await source.close();
      }
    });
  });
}
