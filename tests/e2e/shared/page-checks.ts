import type { DriverPage, ExtensionDriver, Point } from '../drivers/browser-driver';
import { decodePng, pixelAt } from '../drivers/decode-png';

// What the shared scenarios look at on a page, through the light-DOM contract only
// (data-forewarn on media, forewarn-cover host attributes) and the screen itself, so the same
// checks hold in every browser.

export type Rgb = [number, number, number];

export interface ImageState {
  index: number;
  file: string;
  expect: string | null;
  expectCategories: string[];
  verdict: string | null;
}

export interface CoverHost {
  index: number;
  categories: string[];
  state: string | null;
  box: { x: number; y: number; width: number; height: number };
}

const POLL_MS = 40;

/**
 * `step`, or an error naming it once `ms` have passed. Browser calls such as `evaluate` have no
 * time limit of their own; a test whose steps are bounded ends (and runs its `finally`) before
 * the test's time limit, so its retry does not run beside it.
 */
export function within<R>(label: string, ms: number, step: Promise<R>): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([step, late]).finally(() => clearTimeout(timer));
}

/** Polls `fn` in the page until it returns something truthy, and returns that. */
export async function waitFor<R, A>(
  page: DriverPage,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  what: string,
  timeoutMs = 10_000,
): Promise<Awaited<R>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value as Awaited<R>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Scrolls through the page so lazy images load, then waits until every image has loaded and
 * carries Forewarn's verdict (`verdicts: false`: has simply loaded, for pages Forewarn leaves alone).
 */
export async function settle(page: DriverPage, options: { verdicts: boolean } = { verdicts: true }): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
    window.scrollTo(0, 0);
  });
  await waitFor(
    page,
    (verdicts) =>
      [...document.images].every(
        (img) => !img.hasAttribute('data-src') && img.complete && (!verdicts || img.hasAttribute('data-forewarn')),
      ),
    options.verdicts,
    'every image loaded and decided',
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export function images(page: DriverPage): Promise<ImageState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('img')].map((img, index) => ({
      index,
      file: (img.currentSrc || img.src || img.getAttribute('data-src') || '').split('/').pop() ?? '',
      expect: img.getAttribute('data-expect'),
      expectCategories: (img.getAttribute('data-expect-categories') ?? '').split(/\s+/).filter(Boolean),
      verdict: img.getAttribute('data-forewarn'),
    })),
  );
}

export function verdictOf(page: DriverPage, imageIndex: number): Promise<string | null> {
  return page.evaluate((i) => document.querySelectorAll('img')[i]?.getAttribute('data-forewarn') ?? null, imageIndex);
}

export async function waitForVerdict(page: DriverPage, imageIndex: number, verdict: string): Promise<void> {
  await waitFor(
    page,
    ([i, v]) => document.querySelectorAll('img')[i as number]?.getAttribute('data-forewarn') === v,
    [imageIndex, verdict] as const,
    `image ${imageIndex} to become ${verdict}`,
  );
}

/** Every cover host on the page, in document order, with its box in page coordinates. */
export function coverHosts(page: DriverPage): Promise<CoverHost[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('forewarn-cover')].map((host, index) => {
      const r = host.getBoundingClientRect();
      return {
        index,
        categories: (host.getAttribute('data-forewarn-categories') ?? '').split(/\s+/).filter(Boolean),
        state: host.getAttribute('data-forewarn-state'),
        box: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height },
      };
    }),
  );
}

/** Page-coordinate box of an image. */
export function imageBox(page: DriverPage, imageIndex: number) {
  return page.evaluate((i) => {
    const r = document.querySelectorAll('img')[i]!.getBoundingClientRect();
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
  }, imageIndex);
}

/** Scrolls an image to the middle of the viewport and returns its centre in viewport px. */
export function scrollImageIntoView(page: DriverPage, imageIndex: number): Promise<Point> {
  return page.evaluate(async (i) => {
    const img = document.querySelectorAll('img')[i]!;
    img.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const r = img.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, imageIndex);
}

/** Tag name of the topmost element at a viewport point, as the page sees it. */
export function topmostAt(page: DriverPage, point: Point): Promise<string> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? '', point);
}

/** The colour the screen shows at a viewport point. */
export async function screenPixel(page: DriverPage, point: Point): Promise<Rgb> {
  const png = await page.screenshot({ x: Math.floor(point.x), y: Math.floor(point.y), width: 1, height: 1 });
  return pixelAt(decodePng(png), 0, 0);
}

/** The colour at the centre of the picture file itself, loaded afresh and drawn at natural size. */
export function imageFileCentre(page: DriverPage, imageIndex: number): Promise<Rgb> {
  return page.evaluate(async (i) => {
    const img = document.querySelectorAll('img')[i]!;
    const copy = new Image();
    copy.src = img.currentSrc || img.src;
    await copy.decode();
    const canvas = document.createElement('canvas');
    canvas.width = copy.naturalWidth;
    canvas.height = copy.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(copy, 0, 0);
    const x = Math.floor(copy.naturalWidth / 2);
    const y = Math.floor(copy.naturalHeight / 2);
    const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, imageIndex);
}

export function sameColour(a: Rgb, b: Rgb, tolerance = 12): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}

/** Whether the screen shows the picture itself at its centre. */
export async function pictureVisible(page: DriverPage, imageIndex: number): Promise<boolean> {
  const centre = await scrollImageIntoView(page, imageIndex);
  return sameColour(await screenPixel(page, centre), await imageFileCentre(page, imageIndex));
}

/**
 * Where keyboard focus is, as the light DOM shows it: a cover (its host is the active element
 * while focus is inside its closed shadow root) or another element's text.
 */
export function focusStop(page: DriverPage): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return '(nothing)';
    if (active.localName === 'forewarn-cover') {
      const index = [...document.querySelectorAll('forewarn-cover')].indexOf(active);
      return `cover ${index} (${active.getAttribute('data-forewarn-state')})`;
    }
    return `${active.localName}: ${(active.textContent ?? '').trim()}`;
  });
}

/** The part of the extension API the tests call from extension pages. */
export interface ExtensionApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The browser's tab id of a web page, asked from one of Forewarn's pages (tabs.query). */
export async function tabIdOf(driver: ExtensionDriver, page: DriverPage): Promise<number> {
  const helper = await driver.openExtensionPage('popup.html');
  try {
    const url = await page.url();
    const id = await helper.evaluate(async (target) => {
      // Extension pages have `browser` in Firefox and `chrome` in Chromium (promise-based in MV3).
      const g = globalThis as unknown as Record<'browser' | 'chrome', ExtensionApi | undefined>;
      // Match the whole URL: Firefox's tabs.query ignores URL patterns that carry a port.
      const tabs = await (g.browser ?? g.chrome)!.tabs.query({});
      return tabs.find((tab) => tab.url === target)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await helper.close();
  }
}

/** Viewport centre of the first element matching `selector`, scrolled into view; null if none. */
export function centreOf(page: DriverPage, selector: string): Promise<Point | null> {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return null;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
}

/** A real click on the first element matching `selector`. */
export async function clickOn(page: DriverPage, selector: string): Promise<void> {
  const centre = await centreOf(page, selector);
  if (!centre) throw new Error(`nothing matches ${selector} on ${await page.url()}`);
  await page.click(centre);
}

/**
 * A live blog's new post: the page adds a graphic picture long after loading (`#late-post`).
 * Takes a Playwright page or a driver page: both run a function in the page.
 */
export function addLateGraphicPost(page: { evaluate(fn: () => void): Promise<unknown> }): Promise<unknown> {
  return page.evaluate(() => {
    const figure = document.createElement('figure');
    figure.id = 'late-post';
    figure.innerHTML =
      '<img src="images/morgue-hospital.svg" width="640" height="400" alt="">' +
      '<figcaption>The bodies of detainees laid out in the hospital garage.</figcaption>';
    document.querySelector('article')!.append(figure);
  });
}
