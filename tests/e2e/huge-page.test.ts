import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';

// A page of 20,000 sibling pictures (issue 16.7). Behaviour only, no timing: every picture gets
// a decision, and a graphic picture the page adds while the rest are still being decided is
// covered (held meanwhile, never marked safe). How fast is the huge-page bench's question.

const session = useExtensionSession();

describe('a page of 20,000 pictures', () => {
  it('decides every picture and covers a graphic one added late', { timeout: 240_000 }, async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/tests/fixtures/media-pages/huge-page.html'), { waitUntil: 'domcontentloaded', timeout: 200_000 });
    expect(await page.evaluate(() => document.querySelectorAll('#grid > img').length)).toBe(20_000);
    // Added at once, while the guard may still be deciding the others.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'late';
      img.src = '/tests/fixtures/media-pages/img/photo-03.svg';
      img.alt = 'The bodies of executed detainees lie in a mass grave';
      document.getElementById('grid')!.append(img);
    });
    await page.waitForFunction(
      () => document.getElementById('late')?.getAttribute('data-forewarn') === 'covered',
      undefined,
      { timeout: 200_000, polling: 100 },
    );
    await page.waitForFunction(() => !document.querySelector('#grid > img:not([data-forewarn])'), undefined, { timeout: 200_000, polling: 500 });
    const counts = await page.evaluate(() => ({
      safe: document.querySelectorAll('#grid > img[data-forewarn="safe"]').length,
      covered: document.querySelectorAll('#grid > img[data-forewarn="covered"]').length,
    }));
    expect(counts).toEqual({ safe: 20_000, covered: 1 });
    await page.close();
  });
});
