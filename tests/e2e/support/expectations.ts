import type { Frame, Page } from 'playwright-core';

// The media fixture pages mark each picture with data-expect="covered" | "safe" | "none" (a
// candidate that shows no picture and must be left untouched). These helpers compare that with
// Forewarn's data-forewarn in every frame of a page and inside open shadow roots.

export interface Expectation {
  where: string;
  expect: string;
  actual: string;
}

async function frameExpectations(frame: Frame): Promise<Expectation[]> {
  return frame.evaluate(() => {
    const out: { where: string; expect: string; actual: string }[] = [];
    const visit = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('[data-expect]')) {
        const expect = el.getAttribute('data-expect')!;
        if (!expect || el.shadowRoot) continue; // component hosts: their inner picture counts
        out.push({
          where: `${path}${el.localName}#${el.id || (el.getAttribute('src') ?? '')}`,
          expect,
          actual: el.getAttribute('data-forewarn') ?? 'none',
        });
      }
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot) visit(host.shadowRoot, `${path}${host.localName}#${host.id}>>`);
      }
    };
    visit(document, location.href.startsWith('about:') ? 'about:' : '');
    return out;
  });
}

/** Expectations of every frame of the page, with their current verdicts. */
export async function allExpectations(page: Page): Promise<Expectation[]> {
  const lists = await Promise.all(page.frames().map((f) => frameExpectations(f).catch(() => [])));
  return lists.flat();
}

/** Waits until every expectation on the page is met; throws with the unmet ones otherwise. */
export async function waitForExpectations(page: Page, timeoutMs = 8_000): Promise<Expectation[]> {
  const end = Date.now() + timeoutMs;
  let unmet: Expectation[] = [];
  while (Date.now() < end) {
    const all = await allExpectations(page);
    unmet = all.filter((e) => e.expect !== e.actual);
    if (all.length > 0 && unmet.length === 0) return all;
    await page.waitForTimeout(100);
  }
  throw new Error(`unmet expectations: ${JSON.stringify(unmet)}`);
}
