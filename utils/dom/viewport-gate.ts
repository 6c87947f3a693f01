// Which pictures are decided now and which wait until the reader could see them. A front page's
// 170 teasers or a gallery's 180 pictures are mostly below the fold; deciding each one while the
// page loads costs cold script apiece, and is paid again whenever the article's reading grows
// before the parser is done. A picture beyond the first few of its document, met while the page
// is still loading, therefore waits,
// held by the stylesheet, until it comes within NEAR_MARGIN of the viewport (an
// IntersectionObserver says so), or until the scheduler decides the rest once the page has
// loaded and is idle (decision-scheduler.ts), so that screen readers, the popup's counts and
// the reading view still get every picture within moments of the load.

/** Pictures of a document decided without waiting: the first viewport's usually, before the first frame. */
export const EAGER_PICTURES = 12;
/**
 * Pictures waiting at most: the observer checks each one every frame, and on a page of thousands
 * (issue 16.7) that would tax every frame; beyond these, pictures are decided as they come.
 */
const MAX_WAITING = 500;
/** How far beyond the viewport a picture counts as near: a screen and a half down or up, half a screen sideways (carousels). */
const NEAR_MARGIN = '150% 50%';

export class ViewportGate {
  #eagerLeft: number;
  /** Pictures that may be decided whenever asked: eager, near the viewport once, or let through. */
  readonly #admitted = new WeakSet<Element>();
  /** Pictures waiting to near the viewport, in the order they were first asked for. */
  readonly #waiting = new Set<HTMLElement>();
  #observer: IntersectionObserver | null | undefined;
  readonly #win: Window & typeof globalThis;
  readonly #onNear: (pictures: HTMLElement[]) => void;

  constructor(win: Window & typeof globalThis, eagerPictures: number, onNear: (pictures: HTMLElement[]) => void) {
    this.#win = win;
    this.#eagerLeft = eagerPictures;
    this.#onNear = onNear;
  }

  /** Whether `el` may be decided now; if not, it waits and `onNear` hands it back when it nears the viewport. */
  admits(el: HTMLElement): boolean {
    if (this.#admitted.has(el)) return true;
    if (this.#waiting.has(el)) return false;
    // Once the page has loaded, pictures come a few at a time (a lazy loader, the next page of a
    // feed) and are decided as they come: one added later is covered within 50 ms (issue 16.7).
    const loaded = this.#win.document.readyState === 'complete';
    const observer = loaded || this.#eagerLeft > 0 || this.#waiting.size >= MAX_WAITING ? null : this.#observe();
    if (!observer) {
      this.#eagerLeft = Math.max(0, this.#eagerLeft - 1);
      this.#admitted.add(el);
      return true;
    }
    this.#waiting.add(el);
    observer.observe(el);
    return false;
  }

  /** Pictures still waiting, oldest first. */
  get waiting(): ReadonlySet<HTMLElement> {
    return this.#waiting;
  }

  /** `el` may be decided from now on, near the viewport or not. */
  admit(el: HTMLElement): void {
    this.#admitted.add(el);
    if (this.#waiting.delete(el)) this.#observer?.unobserve(el);
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#waiting.clear();
  }

  /** The observer, made on first need; null where the engine has none (everything is decided at once). */
  #observe(): IntersectionObserver | null {
    if (this.#observer !== undefined) return this.#observer;
    const Observer = this.#win.IntersectionObserver;
    this.#observer =
      typeof Observer === 'function'
        ? new Observer((entries) => this.#onEntries(entries), { rootMargin: NEAR_MARGIN })
        : null;
    return this.#observer;
  }

  #onEntries(entries: IntersectionObserverEntry[]): void {
    const near: HTMLElement[] = [];
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (!entry.isIntersecting || !this.#waiting.has(el)) continue;
      this.admit(el);
      near.push(el);
    }
    if (near.length) this.#onNear(near);
  }
}
