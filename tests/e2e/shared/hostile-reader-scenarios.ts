import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage, ExtensionDriver } from '../drivers/browser-driver';
import { startHostileServer, type HostileServer } from '../support/hostile-server';
import type { ScenarioContext } from './scenario-context';
import { tabIdOf, waitFor, within, type ExtensionApi } from './page-checks';

// Pages written to attack the reading view (issue 16): one forges Forewarn's verdicts, one
// watches what its pictures' third party hears, one reloads itself to spam reader tabs.

const PAGES = '/tests/fixtures/hostile-pages/';

interface TabInfo {
  id?: number;
  url?: string;
}

/** Runs `fn` with the extension API in one of Forewarn's own pages, then closes that page. */
async function withExtensionPage<R, A>(driver: ExtensionDriver, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  const helper = await driver.openExtensionPage('popup.html');
  try {
    return await helper.evaluate(fn, arg);
  } finally {
    await helper.close();
  }
}

/** Writes one site's entry as the options page would (null removes it). */
function setSiteEntry(driver: ExtensionDriver, entry: object | null): Promise<void> {
  return withExtensionPage(
    driver,
    async (value) => {
      type Area = { set(v: object): Promise<void>; remove(k: string): Promise<void> };
      const g = globalThis as unknown as Record<'browser' | 'chrome', { storage: { local: Area } } | undefined>;
      const local = (g.browser ?? g.chrome)!.storage.local;
      if (value) await local.set({ 'site:127.0.0.1': { ...value, updatedAt: Date.now() } });
      else await local.remove('site:127.0.0.1');
    },
    entry,
  );
}

/** Asks for the reading view of `source` as the popup does, and waits until it has rendered. */
async function openReader(driver: ExtensionDriver, source: DriverPage): Promise<DriverPage> {
  const tabId = await tabIdOf(driver, source);
  const answer = await withExtensionPage(
    driver,
    async (id) => {
      const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'forewarn:open-reader', tabId: id });
    },
    tabId,
  );
  expect(answer).toMatchObject({ ok: true });
  const reader = await driver.waitForPage('/reader.html?s=');
  await waitFor(reader, () => document.documentElement.getAttribute('data-reader-state'), undefined, 'the reader to finish');
  return reader;
}

async function decided(page: DriverPage): Promise<void> {
  await waitFor(
    page,
    () => [...document.querySelectorAll('article img')].every((img) => img.hasAttribute('data-forewarn')),
    undefined,
    'every picture decided',
  );
}

/** What the reading view shows: each picture drawn (its URL), each cover and each placeholder. */
function readerPictures(reader: DriverPage) {
  return reader.evaluate(() => ({
    shown: [...document.querySelectorAll<HTMLImageElement>('.reader-article img')].map(
      (img) => img.getAttribute('data-image-url') ?? img.src,
    ),
    covered: [...document.querySelectorAll('.reader-cover')].map((c) => c.getAttribute('data-image-url') ?? ''),
    unloaded: [...document.querySelectorAll('.reader-unloaded')].map((p) => p.textContent ?? ''),
  }));
}

export function hostileReaderScenarios(ctx: ScenarioContext): void {
  describe('hostile pages and the reading view', () => {
    let server: HostileServer;
    beforeAll(async () => {
      server = await startHostileServer();
    });
    afterAll(async () => {
      await server?.close();
    });

    it('verdicts the page forges (upper case, other namespaces, <picture>, <source>, srcset, backgrounds) do not uncover a picture', async () => {
      const driver = ctx.driver();
      const source = await driver.openPage(server.url(`${PAGES}reader-forgery.html`));
      let reader: DriverPage | undefined;
      try {
        await decided(source);
        expect(await source.evaluate(() => (window as unknown as { forged?: boolean }).forged)).toBe(true);
        // On the page every graphic picture is covered and only the tram is shown.
        const onPage = await source.evaluate(() =>
          [...document.querySelectorAll('article img')].map((img) => `${img.id}:${img.getAttribute('data-forewarn')}`),
        );
        expect(onPage).toEqual(expect.arrayContaining(['street:safe', 'a:covered', 'b:covered', 'c:covered', 'd:covered']));
        // The snapshot, injected when the reader opens, asks the content script's world for the
        // verdicts (utils/reader/snapshot-verdicts.ts): the page cannot see that function, and
        // one it leaves under the same key is never asked.
        const seen = await source.evaluate(() => {
          const key = Symbol.for('forewarn.snapshot-verdicts');
          const page = window as unknown as Record<symbol, unknown> & { forgedAsked?: number };
          const before = typeof page[key];
          page.forgedAsked = 0;
          page[key] = async () => {
            page.forgedAsked = (page.forgedAsked ?? 0) + 1;
            return () => ({ state: 'safe', categories: [] });
          };
          return before;
        });
        expect(seen).toBe('undefined');
        reader = await openReader(driver, source);
        expect(await source.evaluate(() => (window as unknown as { forgedAsked?: number }).forgedAsked)).toBe(0);
        expect(await reader.evaluate(() => document.documentElement.getAttribute('data-reader-state'))).toBe('ready');
        const pictures = await readerPictures(reader);
        // Not one graphic picture is drawn in the reader, whatever the page wrote on it.
        const graphic = pictures.shown.filter((url) => /grave-|mass-grave/.test(url));
        expect(graphic, `shown in the reader: ${pictures.shown.join(', ')}`).toEqual([]);
        for (const id of ['grave-a', 'grave-b', 'grave-c', 'grave-d']) {
          expect(pictures.covered.some((url) => url.includes(id)), `${id} covered in the reader`).toBe(true);
        }
        // The safe picture is there, so the reader did run and draw pictures.
        expect(pictures.shown.some((url) => url.endsWith('street.svg'))).toBe(true);
      } finally {
        await reader?.close();
        await source.close();
      }
    });

    it("asks the third party for nothing the page did not load, and without the person's cookies", async () => {
      const driver = ctx.driver();
      // The person once visited the third party itself: it holds Lax, Strict, None and default cookies.
      const firstParty = await driver.openPage(`${server.thirdParty}/third/set-cookies`);
      await firstParty.close();
      const pageOpened = Date.now();
      const source = await driver.openPage(server.url(`${PAGES}reader-privacy.html`));
      let reader: DriverPage | undefined;
      try {
        await decided(source);
        await waitFor(
          source,
          () => (document.getElementById('pixel') as HTMLImageElement).naturalWidth > 0,
          undefined,
          'the page to show its third-party pixel',
        );
        const since = (at: number) => server.thirdPartyRequests().filter((r) => r.at >= at);
        const fromPage = since(pageOpened);
        expect(fromPage.map((r) => r.path)).toEqual(['/third/pixel.svg?id=street']);
        const readerOpened = Date.now();
        reader = await openReader(driver, source);
        // The pixel the page showed is shown in the reader too (so the reader did ask for it).
        await waitFor(
          reader,
          () =>
            [...document.querySelectorAll<HTMLImageElement>('.reader-article img')].some(
              (img) => (img.getAttribute('data-image-url') ?? img.src).includes('pixel.svg') && img.complete && img.naturalWidth > 0,
            ),
          undefined,
          'the reader to show the pixel',
        );
        // Scroll through the whole article so anything lazy would have been asked for.
        await reader.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
            window.scrollTo(0, y);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          }
          await new Promise((r) => setTimeout(r, 500));
        });
        const fromReader = since(readerOpened);
        expect(fromReader.some((r) => r.path.includes('pixel.svg'))).toBe(true);
        for (const request of fromReader) expect(request.cookie, `cookies sent with ${request.path}`).toBe('');
        // The page's img-src forbade one picture and never swapped in the lazy one: nobody asked for them.
        const paths = since(pageOpened).map((r) => r.path);
        expect(paths.filter((p) => /blocked|lazy/.test(p))).toEqual([]);
        // The lazy picture is a calm placeholder that says why, and its caption is still there.
        const pictures = await readerPictures(reader);
        expect(pictures.unloaded.some((text) => /not loaded/i.test(text) && text.includes('Fishing boats'))).toBe(true);
        expect(await reader.evaluate(() => document.querySelector('.reader-article')?.textContent ?? '')).toContain(
          'Fishing boats return to the harbour',
        );
      } finally {
        await reader?.close();
        await source.close();
      }
    });

    it('a page that reloads itself with new query strings opens one reader, in the background', async () => {
      const driver = ctx.driver();
      // Every step is bounded well inside the test's time limit: an attempt that hung would
      // otherwise run its `finally` (which turns auto-open off) in the middle of its retry.
      await within('writing the site entry', 10_000, setSiteEntry(driver, { autoOpenReader: true }));
      // One of Forewarn's pages stays open to watch the tabs: which are created, which take focus.
      const watcher = await within('opening the watching page', 10_000, driver.openExtensionPage('popup.html'));
      const tabsNow = () =>
        within(
          'listing the tabs',
          5_000,
          watcher.evaluate(async () => {
            const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
            return (await (g.browser ?? g.chrome)!.tabs.query({})) as TabInfo[];
          }),
        );
      const closeTabs = (ids: number[]) =>
        within(
          'closing tabs',
          5_000,
          watcher.evaluate(async (ids) => {
            const g = globalThis as unknown as Record<'browser' | 'chrome', { tabs: { remove(ids: number[]): Promise<void> } } | undefined>;
            await (g.browser ?? g.chrome)!.tabs.remove(ids);
          }, ids),
        );
      // A reader or a reloading page left by an attempt that failed (the retry runs in the same
      // browser) would be counted as this attempt's: close them before watching.
      const ours = (t: TabInfo) => t.url?.includes('/reader.html?s=') || t.url?.includes('auto-open-reload.html');
      const leftover = (await tabsNow()).filter(ours).map((t) => t.id!);
      if (leftover.length) await closeTabs(leftover);
      await within(
        'starting to watch the tabs',
        5_000,
        watcher.evaluate(() => {
          type Tabs = {
            onCreated: { addListener(f: (tab: { id?: number; active?: boolean }) => void): void };
            onActivated: { addListener(f: (info: { tabId: number }) => void): void };
          };
          const g = globalThis as unknown as Record<'browser' | 'chrome', { tabs: Tabs } | undefined>;
          const seen = { created: [] as { id?: number; active?: boolean }[], activated: [] as number[] };
          (globalThis as unknown as { seen: typeof seen }).seen = seen;
          const tabs = (g.browser ?? g.chrome)!.tabs;
          tabs.onCreated.addListener((tab) => seen.created.push({ id: tab.id, active: tab.active }));
          tabs.onActivated.addListener((info) => seen.activated.push(info.tabId));
        }),
      );
      await within('opening the page', 10_000, driver.openPage(server.url(`${PAGES}auto-open-reload.html`)));
      try {
        // Let it reload itself a dozen times (each a complete load that asks for auto-open).
        const deadline = Date.now() + 20_000;
        let reloads = 0;
        while (reloads < 12) {
          if (Date.now() > deadline) throw new Error(`the page reloaded itself only ${reloads} times`);
          const tab = (await tabsNow()).find((t) => t.url?.includes('auto-open-reload.html'));
          reloads = Number(new URL(tab?.url ?? 'http://x/').searchParams.get('n') ?? 0);
          await new Promise((r) => setTimeout(r, 250));
        }
        const readers = (await tabsNow()).filter((t) => t.url?.includes('/reader.html?s='));
        expect(readers.length, `reader tabs after ${reloads} reloads`).toBe(1);
        // It opened beside the page without taking the person away from it.
        const seen = await within(
          'reading the tabs seen',
          5_000,
          watcher.evaluate(
            () => (globalThis as unknown as { seen: { created: { id?: number; active?: boolean }[]; activated: number[] } }).seen,
          ),
        );
        const readerId = readers[0]!.id;
        const story = `reader tabs ${JSON.stringify(readers)}, tabs seen ${JSON.stringify(seen)}`;
        expect(seen.created.find((t) => t.id === readerId)?.active, story).toBe(false);
        expect(seen.activated).not.toContain(readerId);
      } finally {
        // Each clean-up step runs even when one before it failed, and none hides the test's own error.
        const cleanUp = (label: string, step: () => Promise<unknown>) =>
          within(label, 5_000, step()).catch((error: unknown) => console.warn(`clean-up: ${String(error)}`));
        // The page is closed as a tab, by the extension: the driver's own close of a page that is
        // navigating itself can wait without end (seen in Chromium under load).
        await cleanUp('closing the page and the readers', async () => closeTabs((await tabsNow()).filter(ours).map((t) => t.id!)));
        await cleanUp('removing the site entry', () => setSiteEntry(driver, null));
        await cleanUp('closing the watching page', () => watcher.close());
      }
    });
  });
}
