import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { useExtensionSession } from './support/extension-session';
import { cdp, listCovers, settle } from './support/cover-inspector';
import { decodePng } from './drivers/decode-png';
import { openPopup } from './support/popup';

// How a cover looks (issue 15.8, 15.9): it carries nothing of the picture, its colours included,
// on a calm surface of the page's scheme; a thumbnail's cover still says what it hides in a word
// or two, with the whole warning as its tooltip. The pictures are one loud red (graphic) or
// green (a map), so any of them coming through a cover shows. Screenshots go to
// artifacts/screenshots/ to be looked at.

const session = useExtensionSession('.');
const PAGE = '/tests/fixtures/cover-pages/look.html';
const SHOTS = 'artifacts/screenshots';

async function open(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.goto(session.server.url(PAGE));
  await settle(page);
  return page;
}

/** The cover over the element with this id, as a PNG of exactly its box. */
async function coverShot(page: Page, id: string): Promise<Buffer> {
  const box = await page.evaluate((imgId) => {
    const img = document.getElementById(imgId)!;
    img.scrollIntoView({ block: 'center', behavior: 'instant' });
    const host = img.nextElementSibling!;
    if (host.localName !== 'forewarn-cover') throw new Error(`no cover after #${imgId}`);
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, id);
  return page.screenshot({ clip: box });
}

/** Pixels that differ by more than a few levels in any channel. */
function differing(a: Buffer, b: Buffer): number {
  const x = decodePng(a);
  const y = decodePng(b);
  if (x.width !== y.width || x.height !== y.height) return Infinity;
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(x.data[i + c]! - y.data[i + c]!) > 6)) n++;
  }
  return n;
}

/** Pixels whose green stands well above red and blue (the green map). */
function greenish(png: Buffer): number {
  const { data } = decodePng(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 1]! > data[i]! + 40 && data[i + 1]! > data[i + 2]! + 40) n++;
  return n;
}

/** Lightness (0–255) of the cover's surface, read at a corner (where no text or button is). */
function surfaceLightness(png: Buffer): number {
  const { data, width } = decodePng(png);
  const i = (3 * width + 3) * 4;
  return (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
}

/** "Every image" or "Graphic images" for the page's site, through the popup. */
async function chooseMode(page: Page, mode: 'Every image' | 'Graphic images'): Promise<void> {
  const popup = await openPopup(session.browser, page);
  await popup.getByRole('radio', { name: mode }).check();
  await popup.waitForFunction((m) => [...document.querySelectorAll('input[type=radio]')].some((r) => (r as HTMLInputElement).checked && r.closest('label')?.textContent?.includes(m)), mode);
  await popup.close();
}

interface Part {
  text: string;
  title: string;
  visible: boolean;
  fits: boolean;
}

/** An element of the cover after `#id`, by class, read through the closed shadow root (CDP). */
async function coverPart(page: Page, id: string, className: string): Promise<Part | null> {
  const session = await cdp(page);
  const index = await page.evaluate(
    (imgId) => [...document.querySelectorAll('forewarn-cover')].indexOf(document.getElementById(imgId)!.nextElementSibling!),
    id,
  );
  interface Node {
    backendNodeId: number;
    nodeName: string;
    attributes?: string[];
    children?: Node[];
    shadowRoots?: Node[];
  }
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const hosts: Node[] = [];
  const walk = (node: Node, into: (n: Node) => void) => {
    into(node);
    for (const child of node.children ?? []) walk(child, into);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, into);
  };
  walk(root, (n) => {
    if (n.nodeName === 'FOREWARN-COVER') hosts.push(n);
  });
  let found: Node | undefined;
  walk(hosts[index]!, (n) => {
    const attrs = n.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1];
    if (!found && attrs.includes('class') && cls?.split(' ').includes(className)) found = n;
  });
  if (!found) return null;
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: found.backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    returnByValue: true,
    functionDeclaration: `function () {
      const r = this.getBoundingClientRect();
      const style = getComputedStyle(this);
      return {
        text: this.textContent.trim(),
        title: this.getAttribute('title') || '',
        visible: r.width > 8 && r.height > 8 && style.display !== 'none' && style.clipPath === 'none',
        fits: this.scrollWidth <= this.clientWidth + 1 && this.scrollHeight <= this.clientHeight + 1,
      };
    }`,
  })) as { result: { value: Part } };
  return result.value;
}

describe('the look of a cover', () => {
  it.each(['light', 'dark'] as const)('carries nothing of the picture, on a calm %s surface sized like it', async (scheme) => {
    const page = await open(scheme);
    await mkdir(SHOTS, { recursive: true });
    const covers = await listCovers(page);
    expect(covers.map((c) => c.categories.join(' '))).toEqual(['dead-bodies', 'dead-bodies', 'dead-bodies', 'dead-bodies']);
    for (const id of ['bodies', 'bodies-thumb']) {
      const red = await coverShot(page, id);
      const green = await coverShot(page, `${id}-green`);
      await writeFile(`${SHOTS}/cover-${id}-${scheme}.png`, red);
      // A red picture and a green one with the same words get the same cover, pixel for pixel.
      expect(differing(red, green), `pixels that differ between the covers of #${id} and #${id}-green`).toBe(0);
      const surface = surfaceLightness(red);
      if (scheme === 'light') expect(surface, `#${id}`).toBeGreaterThan(190);
      else expect(surface, `#${id}`).toBeLessThan(70);
    }
    // Sized like the picture, and nothing of it loaded into the cover.
    const sized = await page.evaluate(() =>
      ['bodies', 'bodies-thumb', 'bodies-green', 'bodies-thumb-green'].map((id) => {
        const img = document.getElementById(id)!;
        const a = img.getBoundingClientRect();
        const b = img.nextElementSibling!.getBoundingClientRect();
        return [a.width, a.height, b.width, b.height];
      }),
    );
    for (const [w, h, cw, ch] of sized) expect([cw, ch]).toEqual([w, h]);
    const tree = await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true });
    // The page's own seven pictures, and no copy of one inside a cover.
    expect(JSON.stringify(tree).match(/"nodeName":"IMG"/g)?.length, 'img elements').toBe(7);
    await page.screenshot({ path: `${SHOTS}/cover-page-${scheme}.png`, fullPage: true });
    await page.close();
  });

  it('on a thumbnail, says in a word or two what it hides, and the whole warning as its tooltip', async () => {
    const page = await open('light');
    const short = await coverPart(page, 'bodies-thumb', 'short');
    expect(short).toMatchObject({ text: 'Dead bodies', visible: true, fits: true });
    const content = await coverPart(page, 'bodies-thumb', 'content');
    expect(content?.title).toMatch(/^Graphic image hidden — Dead bodies — .*bodies/);
    // The large cover shows the whole warning instead, and no short form.
    expect((await coverPart(page, 'bodies', 'short'))?.visible).toBe(false);
    expect((await coverPart(page, 'bodies', 'heading'))?.visible).toBe(true);
    // Screen readers hear the full warning once (the short form is hidden from them).
    const thumb = (await listCovers(page))[2]!;
    expect(thumb.spokenText).toContain('Graphic image hidden');
    expect(thumb.spokenText).toContain('Dead bodies');
    expect(thumb.spokenText.match(/Dead bodies/g)?.length).toBe(2); // the labels and the button's name
    await page.close();
  });

  it('in every-image mode: a calm cover over the map too, and each cover still says what it hides', async () => {
    const page = await open('dark');
    await chooseMode(page, 'Every image');
    try {
      await page.reload();
      await settle(page);
      for (const id of ['map', 'map-thumb']) {
        const shot = await coverShot(page, id);
        await writeFile(`${SHOTS}/cover-${id}-all-dark.png`, shot);
        expect(greenish(shot), `green of the map under the cover of #${id}`).toBe(0);
      }
      expect(await coverPart(page, 'map-thumb', 'short')).toMatchObject({ text: 'All images hidden', visible: true, fits: true });
      // Issue 15.2: each cover still says what it hides. The photo of bodies names its category,
      // visibly and in its button's name; the map says it is hidden because every image is.
      const covers = await listCovers(page);
      const byId = await page.evaluate(() =>
        [...document.querySelectorAll('forewarn-cover')].map((host) => host.previousElementSibling?.id ?? ''),
      );
      const cover = (id: string) => covers[byId.indexOf(id)]!;
      for (const id of ['bodies', 'bodies-thumb']) {
        expect(cover(id).categories, id).toEqual(['dead-bodies']);
        expect(cover(id).buttons.map((b) => b.name), id).toEqual(['Show image: Dead bodies']);
        expect(cover(id).spokenText, id).toMatch(/Graphic image hidden.*Dead bodies.*mentions/);
      }
      for (const id of ['map', 'map-thumb']) {
        expect(cover(id).categories, id).toEqual([]);
        expect(cover(id).buttons.map((b) => b.name), id).toEqual(['Show image (hidden because every image on this site is hidden)']);
        expect(cover(id).spokenText, id).toMatch(/^Image hidden \| Image hidden \| You chose to hide every image on this site/);
      }
      expect((await coverPart(page, 'bodies-thumb', 'short'))?.text).toBe('Dead bodies');
      // A cover of middle size (210×140) has no room for the heading: it says why in short too.
      expect(await coverPart(page, 'map-medium', 'short')).toMatchObject({ text: 'All images hidden', visible: true, fits: true });
      await page.screenshot({ path: `${SHOTS}/cover-page-all-dark.png`, fullPage: true });
    } finally {
      await chooseMode(page, 'Graphic images');
      await page.close();
    }
  });
});
