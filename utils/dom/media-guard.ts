import type { ImageTextContext, PageTextContext, Verdict } from '../detection/detection-types';
import { giveUpOnLexicon, hasLexicon, lexiconLibraryVersion, readingLacks } from '../detection/lexicon-library';
import { classifyImageContext } from '../detection/classify-image-context';
import { shouldCover } from '../detection/should-cover';
import { gatherImageContext } from './gather-image-context';
import { gatherPageContext } from './gather-page-context';
import type { EffectiveSettings } from '../settings/effective-settings';
import { categoryLabels, describeReason, type Translate } from '../cover-wording';
import { isContextSettled } from './context-settled';
import { isCaptionPending } from './caption-pending';
import { mediaSignature, pictureUrl, SOURCE_ATTRIBUTES } from './media-signature';
import { BACKGROUND_SELECTOR, DISCOVERY_SELECTOR, MEDIA_SELECTOR } from './media-selectors';
import { probeBackgrounds, withInnerText } from './background-picture';
import { adoptHoldSheet, createHoldSheet } from './hold-sheet';
import { ShadowRootFinder } from './shadow-root-finder';
import { holdVideo, resumeAutoplay } from './video-hold';
import { COVER_TAG, mountCover, type CoverHandle } from './mount-cover';
import { RestoreBudget } from './restore-budget';

export const STATE_ATTRIBUTE = 'data-forewarn';
export const OFF_ATTRIBUTE = 'data-forewarn-off';
// Only the attributes that can change a decision or undo one; observing everything would cost
// every page dearly. style and class: lazy backgrounds, and pages that unhide covered pictures.
const OBSERVED_ATTRIBUTES = [
  ...SOURCE_ATTRIBUTES,
  'alt',
  'title',
  'aria-label',
  STATE_ATTRIBUTE,
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
/** Containers whose text change sends their pictures back to be decided again. */
const CONTEXT_CONTAINER = 'figure, li, [class*="caption" i], [class*="slide" i], [class*="card" i], [class*="gallery" i]';
const MAX_REVISITS = 12;
/** Longest hold for a picture whose figure has an empty caption (a script is filling it in). */
const CAPTION_WAIT_MS = 1_500;
/** Longest run of decisions in one task; the rest follow in the next (a long task blocks paint). */
const SLICE_MS = 8;
/** Background candidates read per frame: bounded style work. */
const PROBES_PER_FRAME = 300;
/** A "background" wrapping this many elements is page layout, not a picture: never covered. */
const LAYOUT_DESCENDANTS = 24;
/** Page context after load is refreshed at most this often (live blogs append all the time). */
const PAGE_REFRESH_MS = 1_000;

export type MediaState = 'safe' | 'covered' | 'revealed';

interface MediaRecord {
  state: MediaState;
  verdict: Verdict;
  /** What the element shows: its source attributes, or its background URL. */
  signature: string;
  /** Set for elements whose picture is a CSS background. */
  backgroundUrl?: string;
  cover?: CoverHandle;
  /** The element's own aria-hidden before we hid it from screen readers. */
  ariaHidden: string | null;
  budget: RestoreBudget;
  /** Everything the verdict was drawn from (settings, page, picture, its words): see decide(). */
  basis?: string;
}

const COVER_ALL_VERDICT: Verdict = {
  categories: [],
  coverAt: 'minimal',
  reason: { source: 'site-mode', terms: [] },
};

/** Inline hold on a covered picture: inline !important beats any page stylesheet. */
const COVERED_INLINE: [string, string][] = [
  ['visibility', 'hidden'],
  ['opacity', '0'],
];

export interface MediaGuardOptions {
  win: Window & typeof globalThis;
  t: Translate;
  /** Called after the number of covered or revealed images changed. */
  onCountsChange?(): void;
  /**
   * Makes the lexicons of these languages available to detection (the content script reads them
   * from storage). Pictures that needed them stay held until it settles, then are decided again.
   */
  loadLexicons?(langs: string[]): Promise<unknown>;
}

function isMediaElement(el: Element): boolean {
  const tag = el.localName;
  return tag === 'img' || tag === 'video' || (tag === 'input' && (el as HTMLInputElement).type === 'image');
}

/**
 * Decides about every picture on a page and keeps each decision in force: holds pictures hidden
 * (with the document_start stylesheet) until classified, releases safe ones, covers graphic ones,
 * and restores what the page strips, within a restore budget so it never fights a page in a loop.
 * Pictures are <img>, <picture>, <video>, image inputs and CSS backgrounds, in the document, in
 * open shadow roots and (through this script's own instance there) in same-origin frames.
 */
export class MediaGuard {
  private readonly win: Window & typeof globalThis;
  private readonly doc: Document;
  private readonly t: Translate;
  private readonly onCountsChange: () => void;
  private readonly loadLexicons: ((langs: string[]) => Promise<unknown>) | undefined;
  /** Pictures held while the lexicons their words need are loading. */
  private readonly awaitingLexicons = new Set<HTMLElement>();
  private readonly lexiconsLoading = new Set<string>();
  private lexiconsPrimed = false;
  private flushScheduled = false;
  private flushChannel: MessageChannel | undefined;
  /** Some picture has a decision (so new lexicons may change one). */
  private decidedAny = false;
  private readonly records = new WeakMap<Element, MediaRecord>();
  private readonly coverHosts = new WeakMap<Element, Element>();
  /** Media that currently have a cover (covered or revealed): counted, and revealed all at once. */
  private readonly withCover = new Set<HTMLElement>();
  /** Media found while the parser had not yet written their caption. */
  private readonly deferred = new Set<HTMLElement>();
  /** Media held until their empty caption is written, with the time the wait ends. */
  private readonly captionWait = new Map<HTMLElement, number>();
  private captionTimer: number | undefined;
  private readonly queue = new Set<HTMLElement>();
  /** Elements known to match BACKGROUND_SELECTOR (saves matching on every style change). */
  private readonly candidates = new WeakSet<Element>();
  /** Background candidates waiting for their style to be read (at the next frame). */
  private readonly backgroundQueue = new Set<HTMLElement>();
  private probeFrame = 0;
  /** Covered media waiting for a cover while mounting is throttled. */
  private readonly awaitingCover = new Set<HTMLElement>();
  /** Bounds cover mounting, so a page that re-renders on every cover cannot loop with us. */
  private readonly mountBudget: RestoreBudget;
  private readonly observer: MutationObserver;
  private readonly shadowRoots: ShadowRootFinder;
  private readonly roots: (Document | ShadowRoot)[] = [];
  /**
   * Built on first need (a shadow root, a late injection): parsing its rules cost ~2 ms in every
   * frame of every page, and most never need it.
   */
  private holdSheetMade = false;
  private holdSheetValue: CSSStyleSheet | undefined;
  private settings: EffectiveSettings | null = null;
  private page: PageTextContext | null = null;
  /** The page reading as a string, compared by decide() to see whether a verdict still stands. */
  private pageKey = '';
  /** The lexicons there were (lexiconLibraryVersion) when the page was read. */
  private pageLexicons = -1;
  private pageStale = true;
  /**
   * False until onParsed has re-decided everything. The parser's last batches of mutation
   * records arrive after readyState left 'loading'; taking them for script-written captions cost
   * a closest() and a query per record (73 ms on a long article, PERFORMANCE.md item 3).
   */
  private parsed = false;
  /** A sweep for covers whose picture left the page is already queued for this batch. */
  private sweepQueued = false;
  private pageReadAt = 0;
  private foreignCoversChecked = false;
  private retired = false;

  constructor(options: MediaGuardOptions) {
    this.win = options.win;
    this.doc = options.win.document;
    this.t = options.t;
    this.onCountsChange = options.onCountsChange ?? (() => {});
    this.loadLexicons = options.loadLexicons;
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    this.mountBudget = new RestoreBudget(this.win, { perWindow: 30, windowMs: 1_000 });
    this.shadowRoots = new ShadowRootFinder(this.win, (root) => this.onShadowRoot(root));
  }

  private holdSheet(): CSSStyleSheet | undefined {
    if (!this.holdSheetMade) {
      this.holdSheetMade = true;
      this.holdSheetValue = createHoldSheet(this.win);
      if (this.holdSheetValue && this.settings?.mode === 'off') this.holdSheetValue.disabled = true;
    }
    return this.holdSheetValue;
  }

  /** Start watching at once; decisions wait for settings, pictures stay held meanwhile. */
  observe(): void {
    this.observer.observe(this.doc, OBSERVE_OPTIONS);
    this.roots.push(this.doc);
    // Injected into a page that is already there (after an extension update): the manifest
    // stylesheet may be the old version's or gone, so bring the hold rules along.
    if (this.doc.readyState !== 'loading') adoptHoldSheet(this.doc, this.holdSheet());
    this.enqueueWithin(this.doc);
    this.shadowRoots.scan(this.doc);
    this.parsed = this.doc.readyState !== 'loading';
    if (this.doc.readyState === 'loading') {
      this.doc.addEventListener('DOMContentLoaded', () => this.onParsed(), { once: true });
    }
    this.flush();
  }

  setSettings(settings: EffectiveSettings): void {
    if (this.retired) return;
    const previous = this.settings;
    this.settings = settings;
    const root = this.doc.documentElement;
    if (settings.mode === 'off') {
      this.releaseAll();
      root?.setAttribute(OFF_ATTRIBUTE, '');
      if (this.holdSheetValue) this.holdSheetValue.disabled = true;
      return;
    }
    root?.removeAttribute(OFF_ATTRIBUTE);
    if (this.holdSheetValue) this.holdSheetValue.disabled = false;
    if (
      previous &&
      previous.mode === settings.mode &&
      previous.sensitivity === settings.sensitivity &&
      previous.categories.join() === settings.categories.join() &&
      previous.revealStyle === settings.revealStyle
    ) {
      return;
    }
    // Re-decide everything under the new settings; revealed images stay revealed.
    for (const root of this.roots) this.enqueueWithin(root, true);
    this.flush();
  }

  counts(): { covered: number; revealed: number } {
    let covered = 0;
    let revealed = 0;
    for (const media of this.withCover) {
      const state = this.records.get(media)?.state;
      if (state === 'covered') covered++;
      else if (state === 'revealed') revealed++;
    }
    return { covered, revealed };
  }

  /** Reveal every covered image; only called from the reader's own trusted UI (popup). */
  revealAll(): void {
    for (const media of [...this.withCover]) {
      if (this.records.get(media)?.state === 'covered') this.reveal(media, false);
    }
  }

  /** The decision about one element, for the reading view's snapshot. */
  describe(el: Element): { state: MediaState | 'pending'; categories: string[]; reason?: string } | undefined {
    if (!isMediaElement(el)) return undefined;
    const record = this.records.get(el);
    if (!record) return { state: 'pending', categories: [] };
    return {
      state: record.state,
      categories: [...record.verdict.categories],
      reason: describeReason(record.verdict.reason, this.t) || undefined,
    };
  }

  /** Stop watching (the page keeps its covers, which still work: they need no extension API). */
  disconnect(): void {
    this.observer.disconnect();
    this.shadowRoots.stop();
    if (this.probeFrame) this.win.cancelAnimationFrame(this.probeFrame);
    if (this.captionTimer !== undefined) this.win.clearTimeout(this.captionTimer);
  }

  /**
   * A newer instance of this script took over the page (extension updated): stop, and leave
   * the covers where they are until the newer guard replaces them with its own.
   */
  retire(): void {
    this.retired = true;
    this.disconnect();
    this.queue.clear();
    this.backgroundQueue.clear();
  }

  // ---- discovery ---------------------------------------------------------------------------

  private enqueueWithin(root: ParentNode, everything = false): void {
    if (root instanceof this.win.HTMLElement) this.consider(root, everything);
    // One walk of the subtree for both kinds (this runs for every node the parser adds).
    if (!root.firstElementChild) return;
    for (const el of root.querySelectorAll<HTMLElement>(DISCOVERY_SELECTOR)) {
      if (isMediaElement(el)) this.enqueue(el, everything);
      else this.considerBackground(el, everything);
    }
  }

  private consider(el: HTMLElement, force = false): void {
    if (isMediaElement(el)) this.enqueue(el, force);
    else if (el.matches(BACKGROUND_SELECTOR)) this.considerBackground(el, force);
  }

  private enqueue(el: HTMLElement, force = false): void {
    if (force || !this.records.has(el)) {
      this.primeLexicons();
      this.queue.add(el);
      // Autoplay must not start while the video is undecided.
      if (el instanceof this.win.HTMLVideoElement) holdVideo(el, () => this.isHeld(el));
    }
  }

  private considerBackground(el: HTMLElement, force = false): void {
    const tag = el.localName;
    if (tag === 'body' || tag === 'html' || tag === COVER_TAG) return;
    this.candidates.add(el);
    if (force || !this.records.has(el)) {
      this.backgroundQueue.add(el);
      this.scheduleProbe();
    }
  }

  private isHeld(el: HTMLElement): boolean {
    const state = this.records.get(el)?.state;
    return state !== 'safe' && state !== 'revealed';
  }

  private onShadowRoot(root: ShadowRoot): void {
    if (this.retired) return;
    adoptHoldSheet(root, this.holdSheet());
    this.observer.observe(root, OBSERVE_OPTIONS);
    this.roots.push(root);
    this.removeForeignCovers(root);
    this.enqueueWithin(root);
    this.flush();
  }

  private onMutations(mutations: MutationRecord[]): void {
    const added = new Set<Node>();
    for (const m of mutations) for (const node of m.addedNodes) added.add(node);
    for (const m of mutations) {
      if (m.type === 'childList') {
        for (const node of m.addedNodes) {
          if (!(node instanceof this.win.HTMLElement)) continue;
          // Nodes added inside another added node are found by that node's scan.
          if (node.parentNode && added.has(node.parentNode)) continue;
          const tag = node.localName;
          if (tag === COVER_TAG) {
            if (!this.coverHosts.has(node)) this.removeForeignCover(node);
            continue;
          }
          this.enqueueWithin(node);
          this.shadowRoots.scan(node);
          if (tag === 'title' || tag === 'meta') this.pageStale = true;
          else if (this.doc.readyState !== 'loading') this.pageStale = true;
        }
        for (const node of m.removedNodes) this.onRemoved(node);
        const parent = m.target as Element;
        if (parent.localName === 'picture' || parent.localName === 'video') this.onSourcesChanged(parent);
        this.onContextChanged(m.target);
      } else if (m.type === 'characterData') {
        this.onContextChanged(m.target.parentNode);
      } else if (m.type === 'attributes' && m.target instanceof this.win.HTMLElement) {
        this.onAttributeChanged(m.target, m.attributeName ?? '');
      }
    }
    this.shadowRoots.check();
    this.flush();
  }

  /** A <source> of a <picture> or <video> changed: its picture may have changed. */
  private onSourceChanged(source: Element): void {
    if (source.parentElement) this.onSourcesChanged(source.parentElement);
  }

  private onSourcesChanged(owner: Element): void {
    const media = owner.localName === 'picture' ? owner.querySelector('img') : owner.localName === 'video' ? owner : null;
    if (!(media instanceof this.win.HTMLElement)) return;
    const record = this.records.get(media);
    if (!record || record.signature !== mediaSignature(media)) this.onPictureChanged(media);
  }

  /** Captions written by script after the image: revisit the pictures of that figure or card. */
  private onContextChanged(target: Node | null): void {
    if (!this.parsed || !(target instanceof this.win.Element)) return;
    let container: Element | null = target.closest(CONTEXT_CONTAINER);
    // A gallery's caption box sits beside its slides: look one or two levels further out.
    for (let up = 0; container && up < 3; up++, container = container.parentElement) {
      const media = container.querySelectorAll<HTMLElement>(MEDIA_SELECTOR);
      if (media.length === 0) continue;
      for (let i = 0; i < media.length && i < MAX_REVISITS; i++) {
        const el = media[i]!;
        if (this.records.get(el)?.state !== 'revealed') this.queue.add(el);
      }
      return;
    }
  }

  private onAttributeChanged(el: HTMLElement, name: string): void {
    if (el.localName === COVER_TAG) {
      const media = this.coverHosts.get(el) as HTMLElement | undefined;
      const record = media && this.records.get(media);
      // The page restyled our cover: put its styles back (bounded).
      if (name === 'style' && record?.cover) record.budget.run(() => record.cover?.reattach());
      return;
    }
    if (el.localName === 'source') {
      if (name !== 'style' && name !== 'class') this.onSourceChanged(el);
      return;
    }
    const record = this.records.get(el);
    if (!isMediaElement(el)) {
      this.onBackgroundAttributeChanged(el, name, record);
      return;
    }
    if (!record || !this.settings || this.settings.mode === 'off') {
      if (name !== 'style' && name !== 'class') this.enqueue(el);
      return;
    }
    if (name === STATE_ATTRIBUTE) {
      if (el.getAttribute(STATE_ATTRIBUTE) !== record.state) {
        record.budget.run(() => el.setAttribute(STATE_ATTRIBUTE, record.state));
      }
    } else if (name === 'aria-hidden') {
      if (record.state === 'covered' && el.getAttribute('aria-hidden') !== 'true') {
        record.budget.run(() => el.setAttribute('aria-hidden', 'true'));
      }
    } else if (name === 'style') {
      if (record.state === 'covered' && !hasCoveredInline(el)) {
        record.budget.run(() => {
          setCoveredInline(el, true);
          record.cover?.reattach();
        });
      }
    } else if (name === 'class') {
      // Class changes do not change which picture an <img> shows.
    } else if (mediaSignature(el) !== record.signature) {
      this.onPictureChanged(el);
    } else if (name === 'alt' || name === 'title' || name === 'aria-label') {
      if (record.state !== 'revealed') this.queue.add(el);
    }
  }

  /**
   * A new picture in the same element (lazy loader, carousel, <source> swap): decide again
   * before it paints. A covered one stays covered meanwhile (its cover is reused); a revealed
   * or safe one is held again, since the reader chose to see the old picture, not this one.
   */
  private onPictureChanged(el: HTMLElement): void {
    const record = this.records.get(el);
    if (record && record.state !== 'covered') {
      if (record.cover) this.dropCover(el, record);
      this.records.delete(el);
      el.removeAttribute(STATE_ATTRIBUTE);
    }
    this.enqueue(el, true);
  }

  private onBackgroundAttributeChanged(el: HTMLElement, name: string, record: MediaRecord | undefined): void {
    if (name === STATE_ATTRIBUTE) {
      if (record && el.getAttribute(STATE_ATTRIBUTE) !== record.state) {
        record.budget.run(() => el.setAttribute(STATE_ATTRIBUTE, record.state));
      }
      return;
    }
    if (name === 'aria-hidden') return;
    if (name === 'alt' || name === 'title' || name === 'aria-label') {
      if (record && record.state !== 'revealed') {
        record.signature = ''; // same picture, new words: decide again
        this.backgroundQueue.add(el);
      }
    } else if (
      record ||
      this.candidates.has(el) ||
      // Cheap tests first: most style and class changes on a page are not about pictures.
      (name === 'style' ? /background/i.test(el.getAttribute('style') ?? '') : el.matches(BACKGROUND_SELECTOR))
    ) {
      // style or class: the background picture may have changed.
      this.considerBackground(el, true);
    }
    if (this.backgroundQueue.size) this.scheduleProbe();
  }

  private onRemoved(node: Node): void {
    if (!(node instanceof this.win.Element)) return;
    if (node.localName === COVER_TAG) {
      const media = this.coverHosts.get(node) as HTMLElement | undefined;
      const record = media && this.records.get(media);
      // The page stripped a cover: put it back while its image is still there.
      if (media?.isConnected && record?.cover) record.budget.run(() => record.cover?.reattach());
      return;
    }
    // Media removed with their subtree: drop their covers once they are really gone.
    // One sweep per batch of removals, not one per removed node (a feed dropping fifty stories a
    // frame would otherwise check every cover fifty times).
    if (this.withCover.size === 0 || this.sweepQueued) return;
    this.sweepQueued = true;
    queueMicrotask(() => {
      this.sweepQueued = false;
      for (const media of [...this.withCover]) {
        if (!media.isConnected) {
          const record = this.records.get(media);
          if (record) this.dropCover(media, record);
        }
      }
    });
  }

  private onParsed(): void {
    this.parsed = true;
    for (const el of this.deferred) this.requeue(el);
    this.deferred.clear();
    // The whole article is known now: revisit pictures released early. decide() classifies
    // again only those whose words or page reading changed since (see `basis`).
    // (While lexicons load, the reading would miss their words: pageContext() reads it later.)
    if (this.lexiconsLoading.size === 0) this.readPage();
    else this.pageStale = true;
    for (const root of this.roots) this.enqueueWithin(root, true);
    this.flush();
  }

  private requeue(el: HTMLElement): void {
    if (isMediaElement(el)) this.queue.add(el);
    else this.considerBackground(el, true);
  }

  // ---- deciding ----------------------------------------------------------------------------

  private flush(): void {
    const settings = this.settings;
    if (!settings || settings.mode === 'off' || this.retired) return;
    if (!this.foreignCoversChecked) {
      this.foreignCoversChecked = true;
      this.removeForeignCovers(this.doc);
    }
    if (this.backgroundQueue.size) this.scheduleProbe();
    if (this.queue.size === 0) return;
    const items = [...this.queue];
    this.queue.clear();
    let changed = false;
    const start = this.win.performance.now();
    for (let i = 0; i < items.length; i++) {
      const el = items[i]!;
      if (el.isConnected) changed = this.decide(el, settings) || changed;
      if (i + 1 < items.length && this.win.performance.now() - start > SLICE_MS) {
        // Pictures still queued stay held; the page gets to parse and paint (the first ones
        // decided, in document order) before the rest are decided in the next task.
        this.deferFlush(items.slice(i + 1));
        break;
      }
    }
    this.mountAwaitingCovers();
    // Our own writes (attributes, covers) come back as mutations: they need no answer.
    this.observer.takeRecords();
    if (changed) this.onCountsChange();
  }

  private deferFlush(rest: HTMLElement[]): void {
    const later = [...this.queue];
    this.queue.clear();
    for (const el of rest) this.queue.add(el);
    for (const el of later) this.queue.add(el);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // A message, not a timer: it runs as the next task, without timers' nesting clamp.
    if (!this.flushChannel) {
      this.flushChannel = new this.win.MessageChannel();
      this.flushChannel.port1.onmessage = () => {
        this.flushScheduled = false;
        this.flush();
      };
    }
    this.flushChannel.port2.postMessage(null);
  }

  /** Reads the styles of waiting background candidates once per frame, before it paints. */
  private scheduleProbe(): void {
    if (this.probeFrame || !this.settings || this.settings.mode === 'off' || this.retired) return;
    this.probeFrame = this.win.requestAnimationFrame(() => {
      this.probeFrame = 0;
      this.probeBackgrounds();
    });
  }

  private probeBackgrounds(): void {
    const settings = this.settings;
    if (!settings || settings.mode === 'off' || this.retired) return;
    const batch: HTMLElement[] = [];
    for (const el of this.backgroundQueue) {
      this.backgroundQueue.delete(el);
      if (el.isConnected) batch.push(el);
      if (batch.length >= PROBES_PER_FRAME) break;
    }
    const urls = probeBackgrounds(batch, this.win);
    let changed = false;
    batch.forEach((el, i) => {
      const url = urls[i];
      const record = this.records.get(el);
      if (record && record.backgroundUrl === url) {
        // Same picture (a style or class change elsewhere), unless its words changed.
        if (record.signature !== url && record.state !== 'revealed') {
          changed = this.decide(el, settings, url) || changed;
        }
      } else if (!url) {
        // No (longer a) background picture: nothing to hold or cover.
        if (record) {
          if (record.cover) this.dropCover(el, record);
          this.records.delete(el);
          el.removeAttribute(STATE_ATTRIBUTE);
          changed = true;
        }
      } else if (el.getElementsByTagName('*').length > LAYOUT_DESCENDANTS) {
        // A background behind a whole section is page design, not a picture to cover.
        this.records.delete(el);
        el.setAttribute(STATE_ATTRIBUTE, 'safe');
      } else {
        if (record && record.state !== 'covered') {
          if (record.cover) this.dropCover(el, record);
          this.records.delete(el);
        }
        changed = this.decide(el, settings, url) || changed;
      }
    });
    this.mountAwaitingCovers();
    this.observer.takeRecords();
    if (changed) this.onCountsChange();
    if (this.backgroundQueue.size) this.scheduleProbe();
  }

  private readPage(): PageTextContext {
    const page = gatherPageContext(this.doc);
    this.page = page;
    this.pageKey = JSON.stringify(page);
    this.pageLexicons = lexiconLibraryVersion();
    this.pageStale = false;
    this.pageReadAt = this.win.performance.now();
    return page;
  }

  private pageContext(): PageTextContext {
    const now = this.win.performance.now();
    const throttled = this.doc.readyState !== 'loading' && now - this.pageReadAt < PAGE_REFRESH_MS;
    // A reading made before a lexicon arrived missed that language's words: read again.
    if (!this.page || (this.pageStale && !throttled) || this.pageLexicons !== lexiconLibraryVersion()) return this.readPage();
    return this.page;
  }

  private gatherContext(el: HTMLElement, backgroundUrl?: string): ImageTextContext {
    const context = gatherImageContext(el);
    return backgroundUrl ? withInnerText(context, el, backgroundUrl) : context;
  }

  private classify(context: ImageTextContext | null, settings: EffectiveSettings): Verdict {
    if (!context) return COVER_ALL_VERDICT;
    const verdict = classifyImageContext(context, this.pageContext());
    const categories = verdict.categories.filter((c) => settings.categories.includes(c));
    // An image that is graphic only in categories the reader chose not to cover is shown.
    if (verdict.categories.length > 0 && categories.length === 0) return { ...verdict, coverAt: null };
    return { ...verdict, categories };
  }

  /** Returns true when the element's covered/revealed state changed. */
  private decide(el: HTMLElement, settings: EffectiveSettings, backgroundUrl?: string): boolean {
    const previous = this.records.get(el);
    if (previous?.state === 'revealed') return false;
    if (settings.mode !== 'cover-all' && this.loadLexicons) {
      this.primeLexicons();
      if (this.lexiconsLoading.size > 0) {
        // Words cannot be read yet: hold it (it was held already) rather than decide twice.
        this.awaitingLexicons.add(el);
        return false;
      }
    }
    if (this.doc.readyState === 'loading' && this.pageStale && el.closest('body')) {
      // Late <title>/<meta> changes are rare; refresh page context at most once per batch.
      this.readPage();
    }
    const context = settings.mode === 'cover-all' ? null : this.gatherContext(el, backgroundUrl);
    // The page's reading and the classification each say which languages they went without.
    const pageLacks = context ? readingLacks(() => this.pageContext()).lacking : [];
    // A picture is decided again after every change that might matter (the page parsed, a
    // caption written, settings changed), but the verdict depends only on what is in `basis`:
    // when none of it changed, the decision stands and classifying again would only cost time.
    const basis = [
      settings.mode,
      settings.sensitivity,
      settings.categories.join(),
      context ? this.pageKey : '',
      context ? lexiconLibraryVersion() : 0,
      backgroundUrl ?? mediaSignature(el),
      context ? JSON.stringify(context) : '',
    ].join('\u0000');
    if (previous && previous.basis === basis && (previous.state !== 'covered' || previous.cover)) {
      this.reassert(el, previous);
      return false;
    }
    const { value: verdict, lacking } = readingLacks(() => this.classify(context, settings));
    const missing = [...new Set([...pageLacks, ...lacking])];
    if ((missing.length > 0 || this.lexiconsLoading.size > 0) && this.loadLexicons) {
      // Its words (or the page's) are in a language whose lexicon is not here yet, or one is on
      // its way (the page's reading may be missing it even when this picture's words are not).
      this.awaitLexicons(el, missing);
      return false;
    }
    const cover = shouldCover(verdict, settings.sensitivity);
    if (!cover && !previous && this.mayChangeLater(el)) {
      this.deferred.add(el);
      return false;
    }
    if (!cover && (!previous || previous.state === 'safe') && this.waitsForCaption(el)) return false;
    this.captionWait.delete(el);
    const record: MediaRecord = previous ?? {
      state: 'safe',
      verdict,
      signature: '',
      ariaHidden: el.getAttribute('aria-hidden'),
      budget: new RestoreBudget(this.win),
    };
    record.verdict = verdict;
    record.basis = basis;
    this.decidedAny = true;
    record.signature = backgroundUrl ?? mediaSignature(el);
    record.backgroundUrl = backgroundUrl;
    this.records.set(el, record);
    if (cover) return this.cover(el, record);
    return this.release(el, record);
  }

  /**
   * While the page is still being parsed, a picture that looks safe may not be: its caption may
   * come next, or the article may turn out to be about violence. Keep it held until then.
   */
  private mayChangeLater(el: HTMLElement): boolean {
    if (this.doc.readyState !== 'loading') return false;
    if (!isContextSettled(el, this.doc)) return true;
    return (this.page?.violenceShare ?? 0) > 0;
  }

  /**
   * The decision stands, but the page may have stripped its marks (a sanitizer removing unknown
   * attributes, styles and children): put them back, as deciding again would have. The marks are
   * set directly, as cover() and release() do; a cover the page removed goes back only through
   * the restore budget, since a page that removes every cover must not loop with us.
   */
  private reassert(el: HTMLElement, record: MediaRecord): void {
    if (el.getAttribute(STATE_ATTRIBUTE) !== record.state) el.setAttribute(STATE_ATTRIBUTE, record.state);
    if (record.state !== 'covered') return;
    if (el.getAttribute('aria-hidden') !== 'true') el.setAttribute('aria-hidden', 'true');
    if (record.backgroundUrl === undefined && !hasCoveredInline(el)) setCoveredInline(el, true);
    const cover = record.cover;
    if (cover && !cover.host.isConnected) record.budget.run(() => cover.reattach());
  }

  /**
   * Starts loading English and the page's declared language as soon as the first picture is
   * found (while settings are still on their way), not before: a frame or page without pictures
   * never reads a lexicon.
   */
  private primeLexicons(): void {
    if (this.lexiconsPrimed || !this.loadLexicons) return;
    this.lexiconsPrimed = true;
    const declared = this.doc.documentElement?.lang.toLowerCase().split(/[-_]/)[0];
    this.startLexiconLoad(declared && declared !== 'en' ? ['en', declared] : ['en']);
  }

  private awaitLexicons(el: HTMLElement, langs: string[]): void {
    this.awaitingLexicons.add(el);
    this.startLexiconLoad(langs);
  }

  private startLexiconLoad(langs: string[]): void {
    const wanted = langs.filter((lang) => !this.lexiconsLoading.has(lang) && !hasLexicon(lang));
    if (wanted.length === 0 || !this.loadLexicons) return;
    for (const lang of wanted) this.lexiconsLoading.add(lang);
    const settle = () => {
      for (const lang of wanted) {
        this.lexiconsLoading.delete(lang);
        // Whatever the loader did, a language still missing now is not asked for again: the
        // pictures are decided with the lexicons there are instead of waiting in a loop.
        if (!hasLexicon(lang)) giveUpOnLexicon(lang);
      }
      if (this.retired || this.lexiconsLoading.size > 0) return;
      // Pictures decided without these lexicons are decided again (their basis names the
      // lexicons there were, and the page is read again by pageContext()).
      if (this.decidedAny) for (const root of this.roots) this.enqueueWithin(root, true);
      for (const held of this.awaitingLexicons) this.requeue(held);
      this.awaitingLexicons.clear();
      this.flush();
    };
    // A loader that fails has given the languages up (lexicon-library), so no picture waits twice.
    this.loadLexicons(wanted).then(settle, settle);
  }

  /** An empty caption next to the picture: hold it (bounded) until the text is written. */
  private waitsForCaption(el: HTMLElement): boolean {
    if (!isCaptionPending(el)) return false;
    const now = this.win.performance.now();
    let until = this.captionWait.get(el);
    if (until === undefined) {
      until = now + CAPTION_WAIT_MS;
      this.captionWait.set(el, until);
      if (this.captionTimer === undefined) {
        this.captionTimer = this.win.setTimeout(() => this.onCaptionWaitOver(), CAPTION_WAIT_MS + 20);
      }
    }
    return now < until;
  }

  private onCaptionWaitOver(): void {
    this.captionTimer = undefined;
    const now = this.win.performance.now();
    let next = Infinity;
    for (const [el, until] of this.captionWait) {
      if (until <= now) this.requeue(el);
      else next = Math.min(next, until);
    }
    if (next < Infinity) this.captionTimer = this.win.setTimeout(() => this.onCaptionWaitOver(), next - now + 20);
    this.flush();
  }

  private cover(el: HTMLElement, record: MediaRecord): boolean {
    const wasCovered = record.state === 'covered' && record.cover;
    record.state = 'covered';
    if (el instanceof this.win.HTMLVideoElement) holdVideo(el, () => this.isHeld(el));
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute(STATE_ATTRIBUTE, 'covered');
    if (!record.backgroundUrl) setCoveredInline(el, true);
    if (record.cover) {
      record.cover.update(this.coverProps(el, record));
      return !wasCovered;
    }
    this.awaitingCover.add(el);
    return true;
  }

  /** Mounts the covers decided in this batch, unless the page makes us mount too many. */
  private mountAwaitingCovers(): void {
    if (this.awaitingCover.size === 0) return;
    this.mountBudget.run(() => {
      for (const el of this.awaitingCover) {
        const record = this.records.get(el);
        if (!el.isConnected || !record || record.state !== 'covered' || record.cover) continue;
        this.mountCoverFor(el, record);
      }
      this.awaitingCover.clear();
      this.observer.takeRecords();
    });
  }

  private mountCoverFor(el: HTMLElement, record: MediaRecord): void {
    const placeAfter = el.parentElement?.localName === 'picture' ? el.parentElement : el;
    record.cover = mountCover(el, placeAfter, this.coverProps(el, record), this.win);
    record.cover.host.setAttribute('data-forewarn-state', 'covered');
    record.cover.host.setAttribute('data-forewarn-categories', record.verdict.categories.join(' '));
    this.coverHosts.set(record.cover.host, el);
    this.withCover.add(el);
  }

  private coverProps(el: HTMLElement, record: MediaRecord) {
    return {
      state: 'covered' as const,
      labels: categoryLabels(record.verdict.categories, this.t),
      reason: describeReason(record.verdict.reason, this.t),
      coverAll: record.verdict.reason?.source === 'site-mode',
      blurredUrl: record.backgroundUrl ?? pictureUrl(el),
      t: this.t,
      onReveal: () => this.reveal(el, true),
      onHide: () => this.hide(el),
    };
  }

  private release(el: HTMLElement, record: MediaRecord): boolean {
    // A covered picture whose new source is safe: the browser keeps painting the old (graphic)
    // bitmap until the new one has loaded, so the cover stays until then.
    if (record.state === 'covered' && el instanceof this.win.HTMLImageElement && !el.complete) {
      const again = () => {
        el.removeEventListener('load', again);
        el.removeEventListener('error', again);
        this.queue.add(el);
        this.flush();
      };
      el.addEventListener('load', again);
      el.addEventListener('error', again);
      return false;
    }
    const hadCover = Boolean(record.cover);
    if (record.cover) this.dropCover(el, record);
    this.awaitingCover.delete(el);
    const wasHeld = record.state !== 'safe' || !el.hasAttribute(STATE_ATTRIBUTE);
    record.state = 'safe';
    setCoveredInline(el, false);
    el.setAttribute(STATE_ATTRIBUTE, 'safe');
    if (wasHeld && el instanceof this.win.HTMLVideoElement) resumeAutoplay(el);
    return hadCover;
  }

  private reveal(el: HTMLElement, focus: boolean): void {
    const record = this.records.get(el);
    if (!record?.cover || record.state !== 'covered') return;
    record.state = 'revealed';
    restoreAttribute(el, 'aria-hidden', record.ariaHidden);
    setCoveredInline(el, false);
    applyRevealStyle(el, this.settings?.revealStyle ?? 'full');
    el.setAttribute(STATE_ATTRIBUTE, 'revealed');
    record.cover.update({ state: 'revealed' }, focus);
    this.observer.takeRecords();
    this.onCountsChange();
  }

  private hide(el: HTMLElement): void {
    const record = this.records.get(el);
    if (!record?.cover || record.state !== 'revealed') return;
    record.state = 'covered';
    applyRevealStyle(el, 'full');
    if (el instanceof this.win.HTMLVideoElement) el.pause();
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute(STATE_ATTRIBUTE, 'covered');
    if (!record.backgroundUrl) setCoveredInline(el, true);
    record.cover.update({ state: 'covered' }, true);
    this.observer.takeRecords();
    this.onCountsChange();
  }

  private dropCover(el: HTMLElement, record: MediaRecord): void {
    record.cover?.remove();
    record.cover = undefined;
    this.withCover.delete(el);
    restoreAttribute(el, 'aria-hidden', record.ariaHidden);
    setCoveredInline(el, false);
    applyRevealStyle(el, 'full');
  }

  /**
   * Covers left by an earlier instance of this script (the extension was updated under an open
   * page): their pictures are decided again by this instance, which draws its own covers in the
   * same task, so nothing shows in between (the pictures stay held by the stylesheet).
   */
  private removeForeignCovers(root: Document | ShadowRoot): void {
    for (const host of root.querySelectorAll(COVER_TAG)) {
      if (!this.coverHosts.has(host)) this.removeForeignCover(host);
    }
  }

  private removeForeignCover(host: Element): void {
    const media = host.previousElementSibling;
    host.remove();
    const img = media?.localName === 'picture' ? media.querySelector('img') : media;
    if (img instanceof this.win.HTMLElement && !this.records.has(img)) this.consider(img, true);
  }

  /** Site switched off: take every cover away and hand the page back as it was. */
  private releaseAll(): void {
    for (const el of [...this.withCover]) {
      const record = this.records.get(el);
      if (record) this.dropCover(el, record);
    }
    for (const root of this.roots) {
      for (const el of root.querySelectorAll<HTMLElement>(`[${STATE_ATTRIBUTE}]`)) {
        this.records.delete(el);
        setCoveredInline(el, false);
        el.removeAttribute(STATE_ATTRIBUTE);
        if (el instanceof this.win.HTMLVideoElement) resumeAutoplay(el);
      }
    }
    this.deferred.clear();
    this.captionWait.clear();
    this.awaitingCover.clear();
    this.queue.clear();
    this.backgroundQueue.clear();
    this.observer.takeRecords();
    this.onCountsChange();
  }
}

function restoreAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function setCoveredInline(el: HTMLElement, on: boolean): void {
  for (const [name, value] of COVERED_INLINE) {
    if (on) el.style.setProperty(name, value, 'important');
    else if (el.style.getPropertyValue(name) === value && el.style.getPropertyPriority(name)) {
      el.style.removeProperty(name);
    }
  }
}

function hasCoveredInline(el: HTMLElement): boolean {
  return COVERED_INLINE.every(
    ([name, value]) => el.style.getPropertyValue(name) === value && el.style.getPropertyPriority(name) === 'important',
  );
}

const REVEAL_FILTERS = { full: '', greyscale: 'grayscale(1)', dimmed: 'grayscale(0.4) brightness(0.6)' };

function applyRevealStyle(el: HTMLElement, style: keyof typeof REVEAL_FILTERS): void {
  if (REVEAL_FILTERS[style]) el.style.setProperty('filter', REVEAL_FILTERS[style], 'important');
  else el.style.removeProperty('filter');
}
