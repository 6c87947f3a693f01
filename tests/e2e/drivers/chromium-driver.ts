import type { Page } from 'playwright-core';
import type { Box, DriverPage, ExtensionDriver, Key, Point } from './browser-driver';
import { launchWithExtension } from '../support/launch-chromium';
import { buttonCentre, listCovers } from '../support/cover-inspector';

// Debian's Chromium with the MV3 build, through the Chromium suite's own launcher; inside closed
// shadow roots it reads the accessibility tree over CDP (tests/e2e/support/cover-inspector.ts).

class ChromiumPage implements DriverPage {
  constructor(readonly page: Page) {}

  async url() {
    return this.page.url();
  }

  async evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    return (await this.page.evaluate(fn as never, arg as never)) as Awaited<R>;
  }

  async goto(url: string) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  async click({ x, y }: Point) {
    await this.page.mouse.click(x, y);
  }

  async press(key: Key) {
    await this.page.keyboard.press(key);
  }

  async screenshot(clip: Box) {
    return this.page.screenshot({ clip, scale: 'css', animations: 'disabled' });
  }

  async bringToFront() {
    await this.page.bringToFront();
  }

  async close() {
    await this.page.close();
  }
}

const rawPage = (page: DriverPage): Page => (page as ChromiumPage).page;

export async function launchChromiumDriver(): Promise<ExtensionDriver> {
  const browser = await launchWithExtension();
  const { context, extensionId } = browser;
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return new ChromiumPage(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return new ChromiumPage(page);
    },
    async waitForPage(part, timeoutMs = 15_000) {
      const find = () => context.pages().find((p) => p.url().includes(part));
      const page =
        find() ?? (await context.waitForEvent('page', { predicate: (p) => p.url().includes(part), timeout: timeoutMs }));
      await page.waitForLoadState('load');
      return new ChromiumPage(page);
    },
    async coverButtonCentre(page, coverIndex, button) {
      return buttonCentre(rawPage(page), coverIndex, button === 'show' ? /^Show image/ : /^Hide image/);
    },
    async coverButtonNames(page) {
      return (await listCovers(rawPage(page))).map((cover) => cover.buttons.map((b) => b.name));
    },
    close: () => browser.close(),
  };
}
