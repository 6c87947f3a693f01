// Finds the shadow roots of web components, which the document's MutationObserver and
// stylesheets do not reach: open ones, and closed ones through `openRoot` (handed in by the
// content script: chrome.dom.openOrClosedShadowRoot in Chromium, element.openOrClosedShadowRoot
// in Firefox), asked only of custom elements (the Chromium call crosses into the extension's
// bindings; asking it of every element of every inserted subtree would cost every page). A
// closed root on a built-in element (a <div>) is therefore not reached (README, limits). A component defined before it is inserted has its root when the
// insertion is observed; one defined later gets it on upgrade, which nothing announces to an
// extension (its isolated world has no customElements registry). So elements with a custom
// element name and no root yet are re-checked at every animation frame (before anything of the
// frame paints) for a while after they appear, then once a second.

const FAST_CHECK_MS = 10_000;
const SLOW_CHECK_MS = 1_000;
/** Elements walked per inserted subtree, and custom elements kept waiting: bounded work. */
const MAX_WALK = 5_000;
const MAX_PENDING = 500;
/** Forewarn's own covers: their closed roots are not the page's. */
const COVER_TAG = 'forewarn-cover';

/** An element's shadow root, open or closed, where the browser lets an extension reach it. */
export type OpenShadowRoot = (el: Element) => ShadowRoot | null;

export class ShadowRootFinder {
  readonly #pending = new Set<Element>();
  readonly #known = new WeakSet<ShadowRoot>();
  #fastUntil = 0;
  #frame = 0;
  #timer: number | undefined;
  #stopped = false;
  readonly #win: Window & typeof globalThis;
  readonly #onRoot: (root: ShadowRoot) => void;
  readonly #openRoot: OpenShadowRoot | undefined;
  readonly #asked = new WeakSet<Element>();

  constructor(win: Window & typeof globalThis, onRoot: (root: ShadowRoot) => void, openRoot?: OpenShadowRoot) {
    this.#win = win;
    this.#onRoot = onRoot;
    this.#openRoot = openRoot;
  }

  #rootOf(el: Element): ShadowRoot | null {
    const open = el.shadowRoot;
    if (open || !this.#openRoot || !el.localName.includes('-') || el.localName === COVER_TAG) return open;
    // Asked once per element, once it is upgraded (a component attaches its root as it is built),
    // not at every frame while it waits: the Chromium call is not free.
    if (this.#asked.has(el) || !el.matches(':defined')) return null;
    this.#asked.add(el);
    try {
      return this.#openRoot(el);
    } catch {
      return null; // the extension was updated under the page
    }
  }

  /** Looks at an inserted element and its subtree (light DOM and already known open roots). */
  scan(node: Element | ShadowRoot | Document): void {
    if (this.#stopped) return;
    if (node instanceof this.#win.Element) this.#consider(node);
    if (!node.firstElementChild) return;
    // By node type: a document is not always an instance of its window's Document (happy-dom).
    const doc = node.nodeType === 9 /* DOCUMENT_NODE */ ? (node as Document) : node.ownerDocument!;
    const walker = doc.createTreeWalker(node, 1 /* SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null, n = 0; el && n < MAX_WALK; el = walker.nextNode() as Element | null, n++) {
      this.#consider(el);
    }
  }

  /** Re-checks waiting elements; cheap, so also called on every mutation batch. */
  check(): void {
    for (const el of this.#pending) {
      const root = this.#rootOf(el);
      if (root) {
        this.#pending.delete(el);
        this.#found(root);
      } else if (!el.isConnected) {
        this.#pending.delete(el);
      }
    }
  }

  stop(): void {
    this.#stopped = true;
    this.#pending.clear();
    if (this.#frame) this.#win.cancelAnimationFrame(this.#frame);
    if (this.#timer !== undefined) this.#win.clearTimeout(this.#timer);
  }

  #consider(el: Element): void {
    const root = this.#rootOf(el);
    if (root) {
      this.#found(root);
      return;
    }
    if (!el.localName.includes('-') || el.localName === COVER_TAG || this.#pending.size >= MAX_PENDING) return;
    this.#pending.add(el);
    this.#fastUntil = this.#win.performance.now() + FAST_CHECK_MS;
    this.#schedule();
  }

  #found(root: ShadowRoot): void {
    if (this.#known.has(root)) return;
    this.#known.add(root);
    this.#onRoot(root);
    this.scan(root);
  }

  #schedule(): void {
    if (this.#frame || this.#timer !== undefined || this.#stopped) return;
    const tick = () => {
      this.#frame = 0;
      this.#timer = undefined;
      this.check();
      if (this.#pending.size === 0 || this.#stopped) return;
      if (this.#win.performance.now() < this.#fastUntil) this.#frame = this.#win.requestAnimationFrame(tick);
      else this.#timer = this.#win.setTimeout(tick, SLOW_CHECK_MS);
    };
    this.#frame = this.#win.requestAnimationFrame(tick);
  }
}
