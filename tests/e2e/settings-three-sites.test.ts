import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from './support/launch-chromium';
import { settle } from './support/cover-inspector';
import { openPopup } from './support/popup';

// "Set three sites three different ways and see each page behave accordingly": the same demo
// article served under three host names (Chromium maps *.test to the local fixture server),
// each set on the options page, plus a subdomain that inherits its parent's choice.

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(resolve('demo/pages'));
  browser = await launchWithExtension({ args: ['--host-resolver-rules=MAP *.test 127.0.0.1'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const port = () => new URL(server.origin).port;
const article = (host: string) => `http://${host}:${port()}/detention-photos.html`;

async function states(host: string) {
  const page = await browser.context.newPage();
  await page.goto(article(host));
  await settle(page, { verdicts: host.includes('blog') ? false : true });
  const result = await page.evaluate(() => ({
    images: document.images.length,
    covered: document.querySelectorAll('[data-forewarn="covered"]').length,
    safe: document.querySelectorAll('[data-forewarn="safe"]').length,
    covers: document.querySelectorAll('forewarn-cover').length,
  }));
  await page.close();
  return result;
}

describe('three sites, three ways', () => {
  it('covers every image on one, detects on another, leaves the third alone', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('.fw-options');
    for (const [site, mode] of [
      ['warblog.test', 'Every image'],
      ['news.test', 'Graphic images'],
      ['myblog.test', 'Off'],
    ] as const) {
      await options.getByLabel('Site', { exact: true }).fill(site);
      await options.getByLabel('Choice').selectOption({ label: mode });
      await options.getByRole('button', { name: 'Add site' }).click();
      await options.waitForSelector(`tr[data-site="${site}"]`);
    }
    await options.getByLabel('Sensitivity on news.test').selectOption('strict');
    await options.waitForFunction(() =>
      (document.querySelector('tr[data-site="news.test"] select[aria-label^="Sensitivity"]') as HTMLSelectElement)
        ?.value === 'strict',
    );
    await options.close();

    const war = await states('warblog.test');
    expect(war.images).toBeGreaterThan(5);
    expect(war).toMatchObject({ covered: war.images, safe: 0 });

    const live = await states('live.warblog.test'); // a subdomain follows its parent
    expect(live).toMatchObject({ covered: live.images, safe: 0 });

    const news = await states('news.test');
    expect(news.covered).toBeGreaterThan(0);
    expect(news.safe).toBeGreaterThan(0);

    const blog = await states('myblog.test');
    expect(blog).toMatchObject({ covered: 0, safe: 0, covers: 0 });

    const unrelated = await states('badwarblog.test'); // not a subdomain: default detection
    expect(unrelated.safe).toBeGreaterThan(0);
  });

  it('the popup on a subdomain says whose choice it follows', async () => {
    const page = await browser.context.newPage();
    await page.goto(article('live.warblog.test'));
    await settle(page);
    const popup = await openPopup(browser, page);
    expect(await popup.getByRole('radio', { name: 'Every image' }).isChecked()).toBe(true);
    expect(await popup.locator('.fw-inherited').textContent()).toContain('Following your choice for warblog.test');
    await popup.close();
    await page.close();
  });
});
