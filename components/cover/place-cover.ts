// Lays a cover exactly over its media element without moving anything on the page: the cover
// is an absolutely positioned sibling (out of flow, so no layout shift, and inert in flex/grid).
// Where CSS anchor positioning exists the browser keeps it aligned through every reflow; elsewhere
// we measure, and re-measure when the media or the page body changes size.

let anchorCounter = 0;
// Anchor names are document-wide: a newer instance of this script (after an update) must not
// reuse the names an older one left on other pictures.
const ANCHOR_PREFIX = `--forewarn-${Math.random().toString(36).slice(2, 8)}-`;

export function supportsAnchorPositioning(win: Window & typeof globalThis): boolean {
  return typeof win.CSS?.supports === 'function' && win.CSS.supports('anchor-name', '--forewarn');
}

function setImportant(el: HTMLElement, props: Record<string, string>): void {
  for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value, 'important');
}

/** Base styles of a cover host; inline and !important so page CSS cannot hide or move it. */
export function styleCoverHost(host: HTMLElement, zIndex: string): void {
  setImportant(host, {
    all: 'initial',
    display: 'block',
    position: 'absolute',
    margin: '0',
    padding: '0',
    border: '0',
    'box-sizing': 'border-box',
    'z-index': zIndex,
    contain: 'layout paint',
    'pointer-events': 'auto',
    overflow: 'hidden',
  });
}

export interface CoverPlacement {
  /** Re-measure (fallback mode only; a no-op with anchor positioning). */
  update(): void;
  /**
   * Whether what places the cover is still as Forewarn last wrote it: the host's inline style
   * and, with anchor positioning, the anchor on the picture's inline style. A style record on
   * the host is a page's touch only when this says so: the fallback's own re-measuring writes
   * the host's style too, and answering those as the page's would loop.
   */
  intact(): boolean;
  dispose(): void;
}

export function placeCover(
  media: HTMLElement,
  host: HTMLElement,
  win: Window & typeof globalThis,
  /** Measure the picture's box now and keep it as the fallback of every anchor() (after the page stripped the anchor). */
  withFallback = false,
): CoverPlacement {
  if (supportsAnchorPositioning(win)) {
    const name = media.style.getPropertyValue('anchor-name') || `${ANCHOR_PREFIX}${++anchorCounter}`;
    // The anchor sits on the picture's inline style, which a page can strip (issue 16.4): the
    // cover then falls back to the box measured when it was put back, so it stays the
    // picture's size and place instead of collapsing to nothing. Measured only then: a
    // measurement per mount forced a layout per cover.
    const box = withFallback ? measureBox(media, host) : undefined;
    const or = (value: number | undefined) => (value === undefined ? '' : `, ${value}px`);
    media.style.setProperty('anchor-name', name, 'important');
    setImportant(host, {
      'position-anchor': name,
      // The default (anchors-visible) would hide the cover because its anchor, the held
      // picture, is visibility:hidden.
      'position-visibility': 'always',
      top: `anchor(top${or(box?.top)})`,
      left: `anchor(left${or(box?.left)})`,
      width: `anchor-size(width${or(box?.width)})`,
      height: `anchor-size(height${or(box?.height)})`,
    });
    const written = host.style.cssText;
    return {
      update() {
        // The page may have stripped the inline style: put the anchor back.
        if (!media.style.getPropertyValue('anchor-name')) {
          media.style.setProperty('anchor-name', name, 'important');
        }
      },
      intact: () => host.style.cssText === written && media.style.getPropertyValue('anchor-name') === name,
      dispose() {
        if (media.style.getPropertyValue('anchor-name') === name) media.style.removeProperty('anchor-name');
      },
    };
  }
  let written = '';
  const measure = () => {
    const box = measureBox(media, host);
    setImportant(host, { top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` });
    written = host.style.cssText;
  };
  measure();
  const observer = new win.ResizeObserver(() => measure());
  observer.observe(media);
  if (win.document.body) observer.observe(win.document.body);
  return { update: measure, intact: () => host.style.cssText === written, dispose: () => observer.disconnect() };
}

/** The picture's box in the cover host's coordinates (the host moved to 0,0 of its containing block to read it). */
function measureBox(media: HTMLElement, host: HTMLElement): { top: number; left: number; width: number; height: number } {
  setImportant(host, { top: '0px', left: '0px' });
  const origin = host.getBoundingClientRect();
  const box = media.getBoundingClientRect();
  return { top: box.top - origin.top, left: box.left - origin.left, width: box.width, height: box.height };
}
