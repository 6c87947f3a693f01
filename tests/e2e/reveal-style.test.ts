import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { buttonCentre, settle } from './support/cover-inspector';

// Issue 13: how revealed pictures are shown (as they are, in greyscale, dimmed) is chosen on the
// options page, and reaches a picture the reader has already revealed at once, in the open
// tab, without a reload and without the reader revealing it again.

const session = useExtensionSession();

describe('the reveal style', () => {
  it('reaches an already revealed picture at once, each way and back', async () => {
    const page = await session.browser.context.newPage();
    const options = await session.browser.context.newPage();
    try {
      // From "As it is" (the default; a retry starts here again).
      await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
      await options.waitForSelector('.fw-options');
      await options.getByRole('radio', { name: 'As it is' }).check();
      await page.goto(session.server.url('/tests/fixtures/cover-pages/keyboard.html'));
      await settle(page);
      await page.bringToFront();
      const { x, y } = await buttonCentre(page, 0, /^Show image/);
      await page.mouse.click(x, y);
      await page.waitForFunction(() => document.querySelectorAll('img')[0]?.getAttribute('data-forewarn') === 'revealed');
      const filter = () => page.evaluate(() => getComputedStyle(document.querySelectorAll('img')[0]!).filter);
      expect(await filter()).toBe('none');

      const choose = async (name: string, want: string) => {
        await options.getByRole('radio', { name }).check();
        await page.waitForFunction(
          (w) => getComputedStyle(document.querySelectorAll('img')[0]!).filter === w,
          want,
          { timeout: 5_000 },
        );
        // Still revealed, still the reader's: nothing was decided again to get here.
        expect(await page.evaluate(() => document.querySelectorAll('img')[0]!.getAttribute('data-forewarn'))).toBe('revealed');
        // The covered picture beside it is not filtered: the style is for what the reader opened.
        expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll('img')[1]!).filter)).toBe('none');
      };
      await choose('In greyscale', 'grayscale(1)');
      await choose('Dimmed', 'grayscale(0.4) brightness(0.6)');
      await choose('As it is', 'none');
    } finally {
      await options.close();
      await page.close();
    }
  });
});
