import type { Box, DriverPage } from './browser-driver';

/**
 * Scrolls the page's `coverIndex`-th `forewarn-cover` host to the middle of the viewport and
 * returns its box in viewport px. The host is light DOM: any browser can read it.
 */
export async function coverHostBox(page: DriverPage, coverIndex: number): Promise<Box> {
  const box = await page.evaluate(async (i) => {
    const host = document.querySelectorAll('forewarn-cover')[i];
    if (!host) return null;
    host.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    // Let the scrolled frame paint before anyone looks at the screen.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, coverIndex);
  if (!box) throw new Error(`no cover number ${coverIndex} on ${await page.url()}`);
  return box;
}
