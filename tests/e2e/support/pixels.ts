import type { CDPSession, Page } from 'playwright-core';
import { createRequire } from 'node:module';

// playwright-core exports its bundled PNG codec (pngjs) at this path; it ships no types for it.
const { PNG } = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(png: Buffer): { width: number; height: number; data: Uint8Array } } };
};

// Reads what is on screen, pixel by pixel. The media fixture pages draw every graphic stand-in
// in pure magenta (#ff00ff) and nothing else in that colour, so "no magenta pixel on screen"
// means "no graphic picture painted", whatever the DOM says. Forewarn's covers draw nothing of the
// picture (a plain grey surface), never close to pure magenta.

export interface ColourCount {
  /** Pixels within tolerance of pure magenta: a graphic stand-in painted as it is. */
  magenta: number;
  /** Pixels close to the safe stand-ins' green (#22aa55). */
  green: number;
  /** Pixels close to the map/press stand-ins' blue (#3366cc). */
  blue: number;
}

const near = (v: number, target: number, tolerance = 24) => Math.abs(v - target) <= tolerance;

export function countColours(png: Buffer): ColourCount {
  const image = PNG.sync.read(png);
  const counts: ColourCount = { magenta: 0, green: 0, blue: 0 };
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    if (r > 230 && g < 40 && b > 230) counts.magenta++;
    else if (near(r, 0x22) && near(g, 0xaa) && near(b, 0x55)) counts.green++;
    else if (near(r, 0x33) && near(g, 0x66) && near(b, 0xcc)) counts.blue++;
  }
  return counts;
}

/**
 * Colours in the visible viewport now. Straight through the DevTools protocol, which is several
 * times faster than page.screenshot (no waiting for fonts or stable frames): tests that watch a
 * page while it loads need many screenshots close together.
 */
export async function screenColours(page: Page): Promise<ColourCount> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  // A quarter-scale capture: solid stand-ins keep their colour, and decoding stays quick.
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  // The protocol's clip is in document coordinates: start at the current scroll position.
  const { x, y } = await page.evaluate(() => ({ x: scrollX, y: scrollY })).catch(() => ({ x: 0, y: 0 }));
  const { data } = (await session.send('Page.captureScreenshot', {
    format: 'png',
    optimizeForSpeed: true,
    clip: { x, y, width: size.width, height: size.height, scale: 0.25 },
  })) as { data: string };
  return countColours(Buffer.from(data, 'base64'));
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Scrolls the whole page a viewport at a time and adds up what each screen showed; `each` may
 * check every screen (e.g. that it had no magenta at all).
 */
export async function scanPage(page: Page, each?: (screen: ColourCount, y: number) => void): Promise<ColourCount> {
  const total: ColourCount = { magenta: 0, green: 0, blue: 0 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = (page.viewportSize()?.height ?? 900) - 100;
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const screen = await screenColours(page);
    each?.(screen, y);
    total.magenta += screen.magenta;
    total.green += screen.green;
    total.blue += screen.blue;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return total;
}
