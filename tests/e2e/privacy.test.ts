import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { buttonCentre, listCovers } from './support/cover-inspector';

// Issue 16.10: "Keep my site list on this device only" on the options page, and what a page can
// and cannot learn about Forewarn (the README's Privacy section, held to its word).

const session = useExtensionSession();
const PAGES = '/tests/fixtures/hostile-pages/';

async function optionsPage(): Promise<Page> {
  const options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.waitForSelector('.fw-options');
  return options;
}

/** Every site name the browser's sync storage holds (all shards). */
function sitesInSync(options: Page): Promise<string[]> {
  return options.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } };
    const all = await chrome.storage.sync.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('sites.'))
      .flatMap(([, shard]) => Object.keys(shard as object))
      .sort();
  });
}

describe('keep my site list on this device only', () => {
  it('removes the site list from sync storage when on, keeps it here, and puts it back when off', async () => {
    const options = await optionsPage();
    try {
      for (const site of ['warblog.example', 'myblog.example']) {
        await options.getByLabel('Site', { exact: true }).fill(site);
        await options.getByRole('button', { name: 'Add site' }).click();
        await options.waitForSelector(`tr[data-site="${site}"]`);
      }
      await expect.poll(() => sitesInSync(options)).toEqual(['myblog.example', 'warblog.example']);

      const keepHere = options.getByRole('switch', { name: 'Keep my site list on this device only' });
      expect(await keepHere.getAttribute('aria-checked')).toBe('false');
      await keepHere.click();
      await expect.poll(() => keepHere.getAttribute('aria-checked')).toBe('true');
      await expect.poll(() => sitesInSync(options)).toEqual([]);
      // Nothing in sync names a site; the sites are all still here.
      expect(JSON.stringify(await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<unknown> } } } }).chrome.storage.sync.get(null)))).not.toMatch(/\.example/);
      expect(await options.locator('tr[data-site]').count()).toBe(2);
      await expect.poll(() => options.locator('.fw-sync-note').textContent()).toBe('Your site list is kept on this device only.');
      await options.locator('#privacy-heading').scrollIntoViewIfNeeded();
      await options.screenshot({ path: 'artifacts/privacy/options-site-list-on-device.png' });

      // A site added now stays here too.
      await options.getByLabel('Site', { exact: true }).fill('news.example');
      await options.getByRole('button', { name: 'Add site' }).click();
      await options.waitForSelector('tr[data-site="news.example"]');
      expect(await sitesInSync(options)).toEqual([]);

      await keepHere.click();
      await expect.poll(() => sitesInSync(options)).toEqual(['myblog.example', 'news.example', 'warblog.example']);
    } finally {
      await options.close();
    }
  });
});

describe('what a page can learn', () => {
  it('that Forewarn is there and that a picture was revealed; not its settings, its pages or the reading view', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url(`${PAGES}page-learns.html`));
    await page.waitForFunction(() => document.querySelector('#graphic')?.getAttribute('data-forewarn') === 'covered');
    const covers = await listCovers(page);
    const show = await buttonCentre(page, covers.length - 1, /^Show image/);
    await page.mouse.click(show.x, show.y);
    await page.waitForFunction(() => document.querySelector('#graphic')?.getAttribute('data-forewarn') === 'revealed');
    const origin = `chrome-extension://${session.browser.extensionId}`;
    const learned = await page.evaluate((o) => (window as unknown as { probe(o: string): Promise<Record<string, unknown>> }).probe(o), origin);
    // Can: the marks and the hold style say Forewarn is installed, and a reveal is visible.
    expect(learned.marks).toEqual(expect.arrayContaining(['covered', 'safe', 'revealed']));
    expect(learned.heldBeforeDecision).toBe(true);
    expect(learned.revealed).toBe(true);
    // The cover element names what it hides (its words and buttons stay in a closed shadow root).
    expect(learned.coverNames).toMatch(/dead-bodies|remains/);
    // Cannot: every way in fails.
    const attempts = learned.attempts as Record<string, string>;
    expect(Object.keys(attempts).sort()).toEqual(['cover inside', 'message', 'options page', 'reading view', 'storage']);
    for (const [what, outcome] of Object.entries(attempts)) expect(outcome, what).toMatch(/^failed: /);
    await page.close();
  });
});
