import type { CDPSession, Page } from 'playwright-core';

// Looks at Forewarn's covers the way a reader and a screen reader meet them. Covers live in
// closed shadow roots, out of reach of Playwright selectors and page scripts, so everything
// inside them is read through the DevTools protocol: the DOM with shadow roots pierced, and the
// accessibility tree Chromium builds for assistive technology.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AxButton {
  name: string;
  backendNodeId: number;
}

export interface CoverInfo {
  /** Position among the page's `forewarn-cover` hosts, in document order. */
  index: number;
  categories: string[];
  state: string | null;
  box: Box;
  /** Buttons inside the closed shadow root, with the names a screen reader announces. */
  buttons: AxButton[];
  /** Every name and text the accessibility tree exposes inside the cover, joined. */
  spokenText: string;
}

export interface ImageInfo {
  /** Position among the page's `img` elements, in document order. */
  index: number;
  src: string;
  alt: string;
  title: string;
  expect: string | null;
  expectCategories: string[];
  verdict: string | null;
  box: Box;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  childIds?: string[];
}

/** One DevTools session per page, made on first use. */
const sessions = new WeakMap<Page, CDPSession>();
export async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

async function documentTree(page: Page): Promise<DomNode> {
  const { root } = (await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return root;
}

/** Light-DOM elements of the top document in document order, like querySelectorAll sees them. */
function lightElements(root: DomNode, nodeName: string): DomNode[] {
  const found: DomNode[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeName === nodeName) found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}

/** Everything inside a host's shadow roots (open or closed). */
function shadowDescendants(host: DomNode): DomNode[] {
  const found: DomNode[] = [];
  const walk = (node: DomNode) => {
    found.push(node);
    for (const child of node.children ?? []) walk(child);
    for (const shadow of node.shadowRoots ?? []) walk(shadow);
  };
  for (const shadow of host.shadowRoots ?? []) walk(shadow);
  return found;
}

async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const { nodes } = (await (await cdp(page)).send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes;
}

/** Every cover on the page: attributes, box, and what assistive technology is told about it. */
export async function listCovers(page: Page): Promise<CoverInfo[]> {
  const [root, ax, light] = await Promise.all([
    documentTree(page),
    accessibilityTree(page),
    page.evaluate(() =>
      [...document.querySelectorAll('forewarn-cover')].map((host) => {
        const r = host.getBoundingClientRect();
        return {
          categories: (host.getAttribute('data-forewarn-categories') ?? '').split(/\s+/).filter(Boolean),
          state: host.getAttribute('data-forewarn-state'),
          box: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height },
        };
      }),
    ),
  ]);
  const byBackendId = new Map<number, AxNode>();
  for (const node of ax) if (node.backendDOMNodeId) byBackendId.set(node.backendDOMNodeId, node);
  const hosts = lightElements(root, 'FOREWARN-COVER');
  return light.map((cover, index) => {
    const inside = hosts[index] ? shadowDescendants(hosts[index]) : [];
    const buttons: AxButton[] = [];
    const spoken: string[] = [];
    for (const node of inside) {
      const axNode = byBackendId.get(node.backendNodeId);
      if (!axNode || axNode.ignored) continue;
      const name = axNode.name?.value ?? '';
      if (name) spoken.push(name);
      if (axNode.role?.value === 'button') buttons.push({ name, backendNodeId: node.backendNodeId });
    }
    return { index, ...cover, buttons, spokenText: spoken.join(' | ') };
  });
}

/** Every `img` of the top document, with the expectations the fixture pages write beside them. */
export async function listImages(page: Page): Promise<ImageInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('img')].map((img, index) => {
      const r = img.getBoundingClientRect();
      return {
        index,
        src: img.currentSrc || img.src || img.getAttribute('data-src') || '',
        alt: img.alt,
        title: img.title,
        expect: img.getAttribute('data-expect'),
        expectCategories: (img.getAttribute('data-expect-categories') ?? '').split(/\s+/).filter(Boolean),
        verdict: img.getAttribute('data-forewarn'),
        box: { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height },
      };
    }),
  );
}

/** The cover laid over an image: the one whose box matches the image's (page coordinates). */
export function coverOver(image: ImageInfo, covers: CoverInfo[], tolerance = 2): CoverInfo | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  return covers.find(
    (c) =>
      near(c.box.x, image.box.x) &&
      near(c.box.y, image.box.y) &&
      near(c.box.width, image.box.width) &&
      near(c.box.height, image.box.height),
  );
}

/**
 * Whether assistive technology is told the image's own alt text anywhere on the page (the
 * image itself, or any other node whose name contains it). While covered it must not be.
 */
export async function altTextExposed(page: Page, alt: string): Promise<boolean> {
  if (!alt.trim()) return false;
  const ax = await accessibilityTree(page);
  return ax.some((node) => !node.ignored && (node.name?.value ?? '').includes(alt));
}

/** Scrolls an element in a closed shadow root into view and returns its centre in viewport px. */
export async function centreOfNode(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const session = await cdp(page);
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { quads } = (await session.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
  const quad = quads[0];
  if (!quad) throw new Error(`node ${backendNodeId} has no box (not rendered?)`);
  const xs = [quad[0]!, quad[2]!, quad[4]!, quad[6]!];
  const ys = [quad[1]!, quad[3]!, quad[5]!, quad[7]!];
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/** Finds the button of a cover whose accessible name matches, and returns its viewport centre. */
export async function buttonCentre(
  page: Page,
  coverIndex: number,
  name: RegExp,
): Promise<{ x: number; y: number }> {
  const cover = (await listCovers(page))[coverIndex];
  const button = cover?.buttons.find((b) => name.test(b.name));
  if (!cover || !button) {
    throw new Error(
      `cover ${coverIndex} has no button named ${name}; buttons: ${JSON.stringify(cover?.buttons.map((b) => b.name))}`,
    );
  }
  return centreOfNode(page, button.backendNodeId);
}

/** The name of the focused node as assistive technology sees it (inside closed shadow roots too). */
export async function focusedName(page: Page): Promise<{ role: string; name: string } | null> {
  const ax = (await accessibilityTree(page)) as (AxNode & { properties?: { name: string; value: { value?: unknown } }[] })[];
  // The document itself also reports focus; the deepest focused node is the one a person is on.
  const focused = ax
    .filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true))
    .at(-1);
  return focused ? { role: focused.role?.value ?? '', name: focused.name?.value ?? '' } : null;
}

export type Rgb = [number, number, number];

/** Scrolls an image to the middle of the viewport and returns its centre in viewport px. */
export async function scrollImageIntoView(page: Page, imageIndex: number): Promise<{ x: number; y: number }> {
  return page.evaluate((i) => {
    const img = document.querySelectorAll('img')[i]!;
    img.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const r = img.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, imageIndex);
}

/** The colour the screen shows at a viewport point (a real screenshot, decoded in the page). */
export async function screenPixel(page: Page, point: { x: number; y: number }): Promise<Rgb> {
  const png = await page.screenshot({
    clip: { x: Math.floor(point.x), y: Math.floor(point.y), width: 1, height: 1 },
    scale: 'css',
    animations: 'disabled',
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, png.toString('base64'));
}

/**
 * The colour at the centre of the picture file itself: the image is loaded afresh (detached, so
 * no extension touches it) and drawn at its natural size.
 */
export async function imageFileCentre(page: Page, imageIndex: number): Promise<Rgb> {
  return page.evaluate(async (i) => {
    const img = document.querySelectorAll('img')[i]!;
    const copy = new Image();
    copy.src = img.currentSrc || img.src;
    await copy.decode();
    const canvas = new OffscreenCanvas(copy.naturalWidth, copy.naturalHeight);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(copy, 0, 0);
    const [r, g, b] = ctx.getImageData(Math.floor(copy.naturalWidth / 2), Math.floor(copy.naturalHeight / 2), 1, 1).data;
    return [r, g, b] as [number, number, number];
  }, imageIndex);
}

export function sameColour(a: Rgb, b: Rgb, tolerance = 12): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
}

/** Tag name of the topmost element at a viewport point, as the page sees it. */
export async function topmostAt(page: Page, point: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName ?? '', point);
}

/**
 * Scrolls through the page so lazy images load, waits for script-built parts to be filled
 * (fixture pages mark them data-demo-pending until then), then until every image has loaded and
 * carries Forewarn's verdict (or, without the extension at work, has simply loaded).
 */
export async function settle(page: Page, options: { verdicts: boolean } = { verdicts: true }): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    (verdicts) =>
      !document.querySelector('[data-demo-pending]') &&
      [...document.images].every(
        (img) => !img.hasAttribute('data-src') && img.complete && (!verdicts || img.hasAttribute('data-forewarn')),
      ),
    options.verdicts,
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export interface PixelDiff {
  width: number;
  height: number;
  /** Pixels that differ by more than the tolerance in any channel, outside the masked boxes. */
  differing: number;
  /** Bounding box of the differing pixels, or null when there are none. */
  where: Box | null;
}

/**
 * Compares two screenshots pixel by pixel (decoded in `page`, any page will do), ignoring the
 * `masked` boxes (page coordinates, e.g. the pictures a cover is allowed to change).
 */
export async function diffScreenshots(
  page: Page,
  a: Buffer,
  b: Buffer,
  masked: Box[] = [],
  tolerance = 2,
): Promise<PixelDiff> {
  return page.evaluate(
    async ({ a, b, masked, tolerance }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      const width = Math.max(x.width, y.width);
      const height = Math.max(x.height, y.height);
      if (x.width !== y.width || x.height !== y.height) {
        return { width, height, differing: -1, where: { x: 0, y: 0, width, height } };
      }
      const inMask = (px: number, py: number) =>
        masked.some((m) => px >= m.x && px < m.x + m.width && py >= m.y && py < m.y + m.height);
      let differing = 0;
      let minX = Infinity, minY = Infinity, maxX = -1, maxY = -1;
      for (let py = 0; py < height; py++) {
        for (let px = 0; px < width; px++) {
          const i = (py * width + px) * 4;
          if (
            Math.abs(x.data[i]! - y.data[i]!) <= tolerance &&
            Math.abs(x.data[i + 1]! - y.data[i + 1]!) <= tolerance &&
            Math.abs(x.data[i + 2]! - y.data[i + 2]!) <= tolerance
          ) continue;
          if (inMask(px, py)) continue;
          differing++;
          minX = Math.min(minX, px); minY = Math.min(minY, py);
          maxX = Math.max(maxX, px); maxY = Math.max(maxY, py);
        }
      }
      return {
        width,
        height,
        differing,
        where: differing ? { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 } : null,
      };
    },
    { a: a.toString('base64'), b: b.toString('base64'), masked, tolerance },
  );
}
