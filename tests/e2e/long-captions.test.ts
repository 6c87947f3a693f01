import { describe, expect, it } from 'vitest';
import { useExtensionSession } from './support/extension-session';
import { waitForExpectations } from './support/expectations';

// Long captions (issue 16.9): a page can write a caption of any length. The picture's own first
// sentence is read however much follows it, a graphic sentence after 4,000 characters of
// background still counts, and a caption of a megabyte is read within a bound (the picture beside
// it and the one after it are decided as usual). Each picture carries its expected verdict.

const session = useExtensionSession();

describe('long captions (issue 16.9)', () => {
  it('reads the picture\u2019s sentence past any length and stays bounded on a megabyte', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/tests/fixtures/media-pages/long-captions.html'));
    const lengths = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figcaption'), (c) => (c.textContent ?? '').length),
    );
    // The page really wrote what it claims: 50 kB, 4 kB before the graphic sentence, 1 MB.
    expect(lengths[0]).toBeGreaterThan(50_000);
    expect(lengths[1]).toBeGreaterThan(3_900);
    expect(lengths[2]).toBeGreaterThan(1_000_000);
    const wrong = (await waitForExpectations(page)).filter((e) => e.expect !== e.actual);
    expect(wrong).toEqual([]);
    await page.close();
  });
});
