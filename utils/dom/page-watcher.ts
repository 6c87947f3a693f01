import { COVER_TAG } from './cover-handle';
import { adoptHoldSheet, createHoldSheet, dropHoldSheet } from './hold-sheet';
import { BACKGROUND_SELECTOR, DISCOVERY_SELECTOR, MEDIA_SELECTOR } from './media-selectors';
import { SOURCE_ATTRIBUTES } from './media-signature';
import { STATE_ATTRIBUTE } from './picture-marks';
import { RELEASE_ATTRIBUTE } from './release-attribute';
import { OutermostInsertions } from './outermost-insertions';
import { ownTaskPoster, type TaskPoster } from './own-task';
import { ShadowRootFinder, type OpenShadowRoot } from './shadow-root-finder';

// Only the attributes that can change a decision or undo one; observing everything would cost
// every page dearly. style and class: lazy backgrounds, and pages that unhide covered pictures.
const OBSERVED_ATTRIBUTES = [
  ...SOURCE_ATTRIBUTES,
  'alt',
  'title',
  'aria-label',
  STATE_ATTRIBUTE,
  RELEASE_ATTRIBUTE,
  'aria-hidden',
  'style',
  'class',
];
const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: OBSERVED_ATTRIBUTES,
};
/** Attributes that are Forewarn's marks on a picture (the page touching them undoes a decision). */
const MARK_ATTRIBUTES = new Set([STATE_ATTRIBUTE, RELEASE_ATTRIBUTE, 'aria-hidden', 'style']);
/** Containers whose text change sends their pictures back to be decided again. */
const CONTEXT_CONTAINER = 'figure, li, [class*="caption" i], [class*="slide" i], [class*="card" i], [class*="gallery" i]';
const MAX_REVISITS = 12;
/** How often the end of parsing is looked for where no batch of records shows it. */
const PARSE_POLL_MS = 50;
/** Longest a batch of records is answered inside the page's task before the rest waits for a task of the watcher's own. */
const ANSWER_SLICE_MS = 8;
/** Records answered between two looks at the clock. */
const TIME_CHECK_EVERY = 32;

/** What the watcher tells the guard. Every call but `batchEnd` may come many times per batch. */
export interface PageChanges {
  /** A media element (img, video, image input) is in the page; `again`: decide it even if known. */
  media(el: HTMLElement, again: boolean): void;
  /** An element that may paint a CSS background picture is in the page, or its style or class changed. */
  background(el: HTMLElement, again: boolean): void;
  /** A picture's source or own words may have changed (source attributes, <source> children, alt, title, aria-label). */
  attributes(el: HTMLElement): void;
  /** Text around these pictures changed (a caption written by script). */
  words(media: HTMLElement): void;
  /** The page touched what Forewarn put on a picture (its mark, aria-hidden, style) or its cover (removed or restyled). */
  marks(el: HTMLElement): void;
  /** A cover host that none of this guard's pictures owns (an earlier instance of this script left it). */
  foreignCover(host: Element): void;
  /** Something left the page: covers whose pictures went with it come down. */
  removed(): void;
  /** The page's title, description or (once parsed) its text changed. */
  pageChanged(): void;
  /** The parser finished the document. */
  parsed(): void;
  /**
   * The end of a batch of changes: time to decide. `inOwnTask`: the batch took the page's task
   * its whole share (the rest waits for the watcher's own task), so deciding goes to a task of
   * its own too.
   */
  batchEnd(inOwnTask: boolean): void;
}

/**
 * Watches what appears, changes and goes in a document and its open shadow roots, and says what
 * it means for pictures (PageChanges). It decides nothing. It owns the roots Forewarn guards
 * and the hold sheet adopted into those the manifest stylesheet does not reach.
 */
export class PageWatcher {
  readonly #doc: Document;
  readonly #observer: MutationObserver;
  readonly #shadowRoots: ShadowRootFinder;
  readonly roots: (Document | ShadowRoot)[] = [];
  /** Elements known to match BACKGROUND_SELECTOR (saves matching on every style change). */
  readonly #candidates = new WeakSet<Element>();
  /**
   * Built on first need (a shadow root, a late injection): parsing its rules cost ~2 ms in every
   * frame of every page, and most never need it.
   */
  #holdSheetMade = false;
  #holdSheet: CSSStyleSheet | undefined;
  #holdEnabled = true;
  /** Whether the document has the hold sheet (from its first picture on: issue 16.4). */
  #documentHeld = false;
  /**
   * False until the parser is done. Its last batches of mutation records arrive after
   * readyState left 'loading'; taking them for script-written captions cost a closest() and a
   * query per record (73 ms on a long article).
   */
  #isParsed = false;
  #stopped = false;
  /** Batches of records not answered yet, oldest first, and how many of the first were. */
  readonly #backlog: MutationRecord[][] = [];
  #answeredInBatch = 0;
  /** The insertions of the batch being answered. */
  #insertions = new OutermostInsertions();
  #postAnswer: TaskPoster | undefined;
  readonly #win: Window & typeof globalThis;
  readonly #changes: PageChanges;
  /** The picture a cover host belongs to, if it is one of this guard's covers. */
  readonly #coverOwner: (host: Element) => HTMLElement | undefined;

  constructor(
    win: Window & typeof globalThis,
    changes: PageChanges,
    coverOwner: (host: Element) => HTMLElement | undefined,
    openShadowRoot?: OpenShadowRoot,
  ) {
    this.#win = win;
    this.#changes = changes;
    this.#coverOwner = coverOwner;
    this.#doc = win.document;
    this.#observer = new win.MutationObserver((records) => this.#onMutations(records));
    this.#shadowRoots = new ShadowRootFinder(win, (root) => this.#onShadowRoot(root), openShadowRoot);
  }

  /** Starts at once (document_start); reports every picture already there. */
  start(): void {
    this.#observer.observe(this.#doc, OBSERVE_OPTIONS);
    this.roots.push(this.#doc);
    // Injected into a page that is already there (after an extension update): the manifest
    // stylesheet may be the old version's or gone, so bring the hold rules along.
    if (this.#doc.readyState !== 'loading') this.#holdDocument();
    this.#scan(this.#doc, false);
    this.#shadowRoots.scan(this.#doc);
    this.#isParsed = this.#doc.readyState !== 'loading';
    if (!this.#isParsed) this.#pollParseEnd();
  }

  /**
   * The end of parsing is seen at the end of a batch of mutation records (the parser's last
   * records arrive after readyState left 'loading') or, where no batch follows, by a light poll.
   * Not by a DOMContentLoaded or readystatechange listener: with one, even an empty one,
   * Chromium runs the work the parser queued (a page's image loads) inside that event, and the
   * 20,000-picture page's longest task doubled (2.4 s -> 5.2-6.3 s, measured with an empty
   * listener in the page itself).
   */
  #pollParseEnd(): void {
    if (this.#stopped || this.#noticeParseEnd()) return;
    this.#win.setTimeout(() => this.#pollParseEnd(), PARSE_POLL_MS);
  }

  /** Whether parsing has ended; tells it once, when it first sees it. */
  #noticeParseEnd(): boolean {
    if (this.#isParsed) return true;
    if (this.#doc.readyState === 'loading') return false;
    this.#isParsed = true;
    if (!this.#stopped) this.#changes.parsed();
    return true;
  }

  /** Reports every picture in every root again (settings changed, lexicons arrived, parsing ended). */
  rescan(): void {
    for (const root of this.roots) this.#scan(root, true);
  }

  /** Forewarn's own writes (marks, covers) come back as mutations: they need no answer. */
  dropOwnChanges(): void {
    this.#observer.takeRecords();
  }

  /** The hold sheet in shadow roots follows the site's switch (the manifest sheet follows OFF_ATTRIBUTE). */
  setHoldEnabled(on: boolean): void {
    this.#holdEnabled = on;
    if (this.#holdSheet) this.#holdSheet.disabled = !on;
  }

  stop(): void {
    this.#stopped = true;
    this.#backlog.length = 0;
    this.#observer.disconnect();
    this.#shadowRoots.stop();
    // A newer instance brings a sheet with its own release attribute; this one would hold its pictures.
    for (const root of this.roots) dropHoldSheet(root, this.#holdSheet);
  }

  /**
   * The manifest stylesheet releases pictures by their mark, which a page can forge; the hold
   * sheet releases them only by the secret release attribute. Adopted with the first picture
   * (most frames have none, and building it costs ~2 ms), before the guard releases any, and
   * again whenever the page has replaced the document's list of adopted sheets.
   */
  #holdDocument(): void {
    this.#documentHeld = true;
    adoptHoldSheet(this.#doc, this.#sheet());
  }

  #sheet(): CSSStyleSheet | undefined {
    if (!this.#holdSheetMade) {
      this.#holdSheetMade = true;
      this.#holdSheet = createHoldSheet(this.#win);
      if (this.#holdSheet) this.#holdSheet.disabled = !this.#holdEnabled;
    }
    return this.#holdSheet;
  }

  #scan(root: ParentNode, again: boolean): void {
    if (root instanceof this.#win.HTMLElement) this.#consider(root, again);
    // One walk of the subtree for both kinds (this runs for every node the parser adds).
    if (!root.firstElementChild) return;
    for (const el of root.querySelectorAll<HTMLElement>(DISCOVERY_SELECTOR)) this.#consider(el, again, true);
  }

  #consider(el: HTMLElement, again: boolean, matched = false): void {
    if (isMediaElement(el)) {
      if (!this.#documentHeld) this.#holdDocument();
      this.#changes.media(el, again);
    } else if (matched || el.matches(BACKGROUND_SELECTOR)) {
      this.#considerBackground(el, again);
    }
  }

  #considerBackground(el: HTMLElement, again: boolean): void {
    const tag = el.localName;
    if (tag === 'body' || tag === 'html' || tag === COVER_TAG) return;
    if (!this.#documentHeld) this.#holdDocument();
    this.#candidates.add(el);
    this.#changes.background(el, again);
  }

  #onShadowRoot(root: ShadowRoot): void {
    if (this.#stopped) return;
    adoptHoldSheet(root, this.#sheet());
    this.#observer.observe(root, OBSERVE_OPTIONS);
    this.roots.push(root);
    for (const host of root.querySelectorAll(COVER_TAG)) if (!this.#coverOwner(host)) this.#changes.foreignCover(host);
    this.#scan(root, false);
    this.#changes.batchEnd(false);
  }

  #onMutations(records: MutationRecord[]): void {
    if (this.#stopped) return;
    this.#backlog.push(records);
    // Older records still wait for a task of the watcher's own: these follow them, in order.
    if (this.#backlog.length === 1) this.#answer(true);
  }

  /**
   * Answers waiting records for at most ANSWER_SLICE_MS, then says the batch ended. What is
   * left is answered in a task of the watcher's own: a batch of thousands of insertions (a
   * huge page's last parser chunk) is otherwise answered inside the page's own task, which
   * it made longer (pictures stay held by the stylesheet meanwhile, so nothing paints early).
   */
  #answer(inPageTask: boolean): void {
    const start = this.#win.performance.now();
    let answered = 0;
    answering: while (this.#backlog.length) {
      const records = this.#backlog[0]!;
      while (this.#answeredInBatch < records.length) {
        this.#answerRecord(records[this.#answeredInBatch++]!);
        if (++answered % TIME_CHECK_EVERY === 0 && this.#win.performance.now() - start > ANSWER_SLICE_MS) break answering;
      }
      this.#backlog.shift();
      this.#answeredInBatch = 0;
      this.#insertions = new OutermostInsertions();
    }
    this.#shadowRoots.check();
    if (this.#documentHeld) adoptHoldSheet(this.#doc, this.#holdSheet);
    const more = this.#backlog.length > 0;
    this.#changes.batchEnd(inPageTask && more);
    this.#noticeParseEnd();
    if (more) this.#answerSoon();
  }

  #answerSoon(): void {
    this.#postAnswer ??= ownTaskPoster(this.#win, () => {
      if (!this.#stopped && this.#backlog.length) this.#answer(false);
    });
    this.#postAnswer();
  }

  #answerRecord(m: MutationRecord): void {
    if (m.type === 'childList') {
      const parent = m.target;
      // A cover taken out of a moved subtree is still put back.
      const gone = m.removedNodes;
      for (let i = 0; i < gone.length; i++) this.#onRemoved(gone[i]!);
      if (this.#insertions.covers(parent)) return;
      const nodes = m.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (!(node instanceof this.#win.HTMLElement)) continue;
        this.#insertions.add(node);
        const tag = node.localName;
        if (tag === COVER_TAG) {
          if (!this.#coverOwner(node)) this.#changes.foreignCover(node);
          continue;
        }
        this.#scan(node, false);
        this.#shadowRoots.scan(node);
        if (tag === 'title' || tag === 'meta' || this.#isParsed) this.#changes.pageChanged();
      }
      const parentTag = (parent as Element).localName;
      if (parentTag === 'picture' || parentTag === 'video') this.#onSourcesChanged(parent as Element);
      if (this.#isParsed) this.#onContextChanged(parent);
    } else if (m.type === 'characterData') {
      if (this.#isParsed) this.#onContextChanged(m.target.parentNode);
    } else if (m.type === 'attributes' && m.target instanceof this.#win.HTMLElement) {
      this.#onAttributeChanged(m.target, m.attributeName ?? '');
    }
  }

  #onRemoved(node: Node): void {
    if (!(node instanceof this.#win.Element)) return;
    if (node.localName === COVER_TAG) {
      // The page stripped a cover: put it back while its picture is still there.
      const media = this.#coverOwner(node);
      if (media?.isConnected) this.#changes.marks(media);
      return;
    }
    this.#changes.removed();
  }

  /** A <source> of a <picture> or <video> changed: its picture may have changed. */
  #onSourcesChanged(owner: Element): void {
    const media = owner.localName === 'picture' ? owner.querySelector('img') : owner.localName === 'video' ? owner : null;
    if (media instanceof this.#win.HTMLElement) this.#changes.attributes(media);
  }

  /** Captions written by script after the image: revisit the pictures of that figure or card. */
  #onContextChanged(target: Node | null): void {
    if (!(target instanceof this.#win.Element)) return;
    let container: Element | null = target.closest(CONTEXT_CONTAINER);
    // A gallery's caption box sits beside its slides: look one or two levels further out.
    for (let up = 0; container && up < 3; up++, container = container.parentElement) {
      const media = container.querySelectorAll<HTMLElement>(MEDIA_SELECTOR);
      if (media.length === 0) continue;
      for (let i = 0; i < media.length && i < MAX_REVISITS; i++) this.#changes.words(media[i]!);
      return;
    }
  }

  #onAttributeChanged(el: HTMLElement, name: string): void {
    if (el.localName === COVER_TAG) {
      // The page restyled our cover: put its styles back.
      const media = this.#coverOwner(el);
      if (media && name === 'style') this.#changes.marks(media);
      return;
    }
    if (el.localName === 'source') {
      if (name !== 'style' && name !== 'class' && el.parentElement) this.#onSourcesChanged(el.parentElement);
      return;
    }
    if (isMediaElement(el)) {
      // Class changes do not change which picture an <img> shows.
      if (MARK_ATTRIBUTES.has(name)) this.#changes.marks(el);
      else if (name !== 'class') this.#changes.attributes(el);
      return;
    }
    if (name === STATE_ATTRIBUTE || name === 'aria-hidden') {
      this.#changes.marks(el);
    } else if (name === 'alt' || name === 'title' || name === 'aria-label') {
      this.#changes.attributes(el);
    } else if (
      (name === 'style' || name === 'class') &&
      (this.#candidates.has(el) ||
        // Cheap tests first: most style and class changes on a page are not about pictures.
        (name === 'style' ? /background/i.test(el.getAttribute('style') ?? '') : el.matches(BACKGROUND_SELECTOR)))
    ) {
      // The background picture may have changed.
      this.#considerBackground(el, true);
    }
  }
}

export function isMediaElement(el: Element): boolean {
  const tag = el.localName;
  return tag === 'img' || tag === 'video' || (tag === 'input' && (el as HTMLInputElement).type === 'image');
}
