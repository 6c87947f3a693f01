import { adoptSheet, dropSheet } from '../../utils/dom/adopted-sheets';

// Whether the reader could see the cover's "Show image" button when they pressed it (issue
// 16.3). A page can lay a decoy ("Play video") over a cover with pointer-events: none, so that a
// real click on the decoy lands on the button beneath: trusted, but not what the reader meant.
// A reveal is accepted only when nothing of the page was painted over the button.
// - Chromium: IntersectionObserver v2 (trackVisibility) computes occlusion itself. The button is
//   watched from the first pointer or focus contact with its cover (tracking every cover's
//   visibility all the time would cost every page), and a press is judged by the last report.
// - Elsewhere (Firefox has no v2): at the press, the topmost elements at the pointer and at the
//   button's corners, asked from inside the cover's closed shadow root with everything of the
//   page made hit-testable for that one synchronous read (a decoy's pointer-events: none would
//   otherwise hide it from elementsFromPoint too).

const DELAY_MS = 100; // the least trackVisibility accepts
/** How long a press waits for the first report after the first contact (the page cannot hurry it). */
const FIRST_REPORT_MS = 1_000;
// Id-level specificity, as the hold rules, so a page's own !important rule on its decoy loses.
const OVER_PAGE_RULES = ':not(#forewarn-a):not(#forewarn-b):not(#forewarn-c):not(#forewarn-d):not(#forewarn-e)';
const HIT_TESTABLE = `*${OVER_PAGE_RULES}, *${OVER_PAGE_RULES}::before, *${OVER_PAGE_RULES}::after { pointer-events: auto !important; }`;

type Win = Window & typeof globalThis;

export function hasVisibilityTracking(win: Win): boolean {
  return typeof win.IntersectionObserverEntry === 'function' && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

export class ButtonSight {
  readonly #win: Win;
  readonly #root: ShadowRoot;
  #observer: IntersectionObserver | undefined;
  #target: Element | undefined;
  /** The last report for #target: undefined until the first arrives. */
  #visible: boolean | undefined;
  #waiting: ((visible: boolean) => void)[] = [];
  #sheet: CSSStyleSheet | undefined;

  constructor(win: Win, root: ShadowRoot) {
    this.#win = win;
    this.#root = root;
  }

  /** Starts watching `button` (Chromium); a no-op where visibility is judged at the press. */
  watch(button: Element | null): void {
    if (!button || button === this.#target || !hasVisibilityTracking(this.#win)) return;
    this.#observer?.disconnect();
    this.#target = button;
    this.#visible = undefined;
    const options = { trackVisibility: true, delay: DELAY_MS, threshold: [0, 1] } as IntersectionObserverInit;
    this.#observer = new this.#win.IntersectionObserver((entries) => {
      const last = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (!last) return;
      this.#visible = last.isVisible === true;
      for (const done of this.#waiting.splice(0)) done(this.#visible);
    }, options);
    this.#observer.observe(button);
  }

  /** Whether `button` was in sight at the press (`point`: where the pointer pressed, if it did). */
  seen(button: Element, point: { x: number; y: number } | undefined): Promise<boolean> {
    if (!hasVisibilityTracking(this.#win)) return Promise.resolve(this.#unobstructed(button, point));
    this.watch(button);
    if (this.#visible !== undefined) return Promise.resolve(this.#visible);
    return new Promise((resolve) => {
      const timer = this.#win.setTimeout(() => resolve(false), FIRST_REPORT_MS);
      this.#waiting.push((visible) => {
        this.#win.clearTimeout(timer);
        resolve(visible);
      });
    });
  }

  dispose(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
    for (const done of this.#waiting.splice(0)) done(false);
  }

  #unobstructed(button: Element, point: { x: number; y: number } | undefined): boolean {
    const r = button.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const inside = point && point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom;
    // The corners of the pill-shaped button's painted area (its box's corners are rounded off).
    const inset = Math.max(2, Math.min(r.width, r.height) * 0.3);
    const points = [
      ...(inside ? [point] : [{ x: r.left + r.width / 2, y: r.top + r.height / 2 }]),
      { x: r.left + inset, y: r.top + inset },
      { x: r.right - inset, y: r.top + inset },
      { x: r.left + inset, y: r.bottom - inset },
      { x: r.right - inset, y: r.bottom - inset },
    ];
    // A button scrolled out of the viewport was not seen either.
    if (points.some((p) => p.x < 0 || p.y < 0 || p.x >= this.#win.innerWidth || p.y >= this.#win.innerHeight)) return false;
    const undo = this.#everythingHitTestable();
    try {
      // The page's topmost element must be the cover itself (a shadow root's own list may leave
      // out what lies outside it), and inside the cover, the button.
      // The host's own tree: a cover inside a page's shadow root is retargeted to that root's host by the document.
      const tree = this.#root.host.getRootNode() as Document | ShadowRoot;
      return points.every((p) => {
        const inside = this.#root.elementsFromPoint(p.x, p.y)[0];
        return (
          tree.elementFromPoint(p.x, p.y) === this.#root.host &&
          inside !== undefined &&
          (inside === button || button.contains(inside))
        );
      });
    } finally {
      undo();
    }
  }

  /**
   * For one synchronous read: every element of the document is hit-testable (a sheet for
   * stylesheet rules, the inline style of elements that set pointer-events themselves).
   */
  #everythingHitTestable(): () => void {
    const doc = this.#win.document;
    // A constructed sheet: no node the page could observe, and no inline <style> a page's CSP could refuse.
    this.#sheet ??= new this.#win.CSSStyleSheet();
    this.#sheet.replaceSync(HIT_TESTABLE);
    const sheet = this.#sheet;
    adoptSheet(doc, sheet);
    const inline: [HTMLElement, string, string][] = [];
    for (const el of doc.querySelectorAll<HTMLElement>('[style*="pointer-events" i]')) {
      inline.push([el, el.style.getPropertyValue('pointer-events'), el.style.getPropertyPriority('pointer-events')]);
      el.style.setProperty('pointer-events', 'auto', 'important');
    }
    return () => {
      dropSheet(doc, sheet);
      for (const [el, value, priority] of inline) {
        if (value) el.style.setProperty('pointer-events', value, priority);
        else el.style.removeProperty('pointer-events');
      }
    };
  }
}
