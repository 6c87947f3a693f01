import type { PageTextContext, Verdict } from '../detection/detection-types';
import { classifyImageContext } from '../detection/classify-image-context';
import { shouldCover } from '../detection/should-cover';
import { gatherImageContext } from './gather-image-context';
import { gatherPageContext } from './gather-page-context';
import type { EffectiveSettings } from '../settings/effective-settings';
import { categoryLabels, describeReason, type Translate } from '../cover-wording';
import { isContextSettled } from './context-settled';
import { mediaSignature, pictureUrl, SOURCE_ATTRIBUTES } from './media-signature';
import { COVER_TAG, isCompactBox, mountCover, type CoverHandle } from './mount-cover';
import { RestoreBudget } from './restore-budget';

export const STATE_ATTRIBUTE = 'data-forewarn';
export const OFF_ATTRIBUTE = 'data-forewarn-off';
const MEDIA_SELECTOR = 'img, video, input[type="image"]';
const OBSERVED_ATTRIBUTES = [...SOURCE_ATTRIBUTES, 'alt', 'title', STATE_ATTRIBUTE, 'aria-hidden'];

export type MediaState = 'safe' | 'covered' | 'revealed';

interface MediaRecord {
  state: MediaState;
  verdict: Verdict;
  signature: string;
  cover?: CoverHandle;
  /** The element's own aria-hidden before we hid it from screen readers. */
  ariaHidden: string | null;
  budget: RestoreBudget;
}

const COVER_ALL_VERDICT: Verdict = {
  categories: [],
  score: 1,
  coverAt: 'minimal',
  reason: { source: 'site-mode', terms: [] },
};

export interface MediaGuardOptions {
  win: Window & typeof globalThis;
  t: Translate;
  /** Called after the number of covered or revealed images changed. */
  onCountsChange?(): void;
}

/**
 * Decides about every picture on a page and keeps each decision in force: holds pictures hidden
 * (with the document_start stylesheet) until classified, releases safe ones, covers graphic ones,
 * and restores what the page strips, within a restore budget so it never fights a page in a loop.
 */
export class MediaGuard {
  private readonly win: Window & typeof globalThis;
  private readonly doc: Document;
  private readonly t: Translate;
  private readonly onCountsChange: () => void;
  private readonly records = new WeakMap<Element, MediaRecord>();
  private readonly coverHosts = new WeakMap<Element, Element>();
  /** Media that currently have a cover (covered or revealed): counted, and revealed all at once. */
  private readonly withCover = new Set<HTMLElement>();
  /** Media found while the parser had not yet written their caption. */
  private readonly deferred = new Set<HTMLElement>();
  private readonly queue = new Set<HTMLElement>();
  private readonly observer: MutationObserver;
  private settings: EffectiveSettings | null = null;
  private page: PageTextContext | null = null;
  private pageStale = true;

  constructor(options: MediaGuardOptions) {
    this.win = options.win;
    this.doc = options.win.document;
    this.t = options.t;
    this.onCountsChange = options.onCountsChange ?? (() => {});
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
  }

  /** Start watching at once; decisions wait for settings, pictures stay held meanwhile. */
  observe(): void {
    this.observer.observe(this.doc, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    this.enqueueWithin(this.doc);
    this.doc.addEventListener('DOMContentLoaded', () => this.onParsed(), { once: true });
    this.flush();
  }

  setSettings(settings: EffectiveSettings): void {
    const previous = this.settings;
    this.settings = settings;
    const root = this.doc.documentElement;
    if (settings.mode === 'off') {
      this.releaseAll();
      root?.setAttribute(OFF_ATTRIBUTE, '');
      return;
    }
    root?.removeAttribute(OFF_ATTRIBUTE);
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
    this.enqueueWithin(this.doc, true);
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
    if (!el.matches(MEDIA_SELECTOR)) return undefined;
    const record = this.records.get(el);
    if (!record) return { state: 'pending', categories: [] };
    return {
      state: record.state,
      categories: [...record.verdict.categories],
      reason: describeReason(record.verdict.reason, this.t) || undefined,
    };
  }

  /** Stop for good (site off is handled by setSettings; this is for an invalidated context). */
  disconnect(): void {
    this.observer.disconnect();
  }

  // ---- discovery ---------------------------------------------------------------------------

  private enqueueWithin(root: ParentNode, everything = false): void {
    if (root instanceof HTMLElement && root.matches(MEDIA_SELECTOR)) this.enqueue(root, everything);
    for (const el of root.querySelectorAll<HTMLElement>(MEDIA_SELECTOR)) this.enqueue(el, everything);
  }

  private enqueue(el: HTMLElement, force = false): void {
    if (force || !this.records.has(el)) this.queue.add(el);
  }

  private onMutations(mutations: MutationRecord[]): void {
    for (const m of mutations) {
      if (m.type === 'childList') {
        for (const node of m.addedNodes) {
          if (node instanceof HTMLElement) {
            if (node.localName === COVER_TAG) continue;
            this.enqueueWithin(node);
            if (node.localName === 'title' || node.localName === 'meta') this.pageStale = true;
          }
        }
        for (const node of m.removedNodes) this.onRemoved(node);
        this.onContextChanged(m.target);
      } else if (m.type === 'characterData') {
        this.onContextChanged(m.target.parentNode);
      } else if (m.type === 'attributes' && m.target instanceof HTMLElement) {
        this.onAttributeChanged(m.target, m.attributeName ?? '');
      }
    }
    this.flush();
  }

  /** Captions written by script after the image: revisit the pictures of that figure. */
  private onContextChanged(target: Node | null): void {
    if (!(target instanceof Element) || this.doc.readyState === 'loading') return;
    const container = target.closest('figure, [class*="caption" i], [class*="slide" i]');
    if (!container) return;
    for (const el of container.querySelectorAll<HTMLElement>(MEDIA_SELECTOR)) {
      if (this.records.get(el)?.state !== 'revealed') this.queue.add(el);
    }
  }

  private onAttributeChanged(el: HTMLElement, name: string): void {
    const record = this.records.get(el);
    if (!record || !this.settings || this.settings.mode === 'off') {
      if (el.matches(MEDIA_SELECTOR)) this.enqueue(el);
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
    } else if (mediaSignature(el) !== record.signature) {
      // A new picture in the same element (lazy loader, carousel): decide again before paint.
      // A covered one stays covered meanwhile (its cover is reused); a revealed or safe one is
      // held again, since the reader chose to see the old picture, not this one.
      if (record.state !== 'covered') {
        if (record.cover) this.dropCover(el, record);
        this.records.delete(el);
        el.removeAttribute(STATE_ATTRIBUTE);
      }
      this.queue.add(el);
    } else if (name === 'alt' || name === 'title') {
      if (record.state !== 'revealed') this.queue.add(el);
    }
  }

  private onRemoved(node: Node): void {
    if (!(node instanceof Element)) return;
    if (node.localName === COVER_TAG) {
      const media = this.coverHosts.get(node) as HTMLElement | undefined;
      const record = media && this.records.get(media);
      // The page stripped a cover: put it back while its image is still there.
      if (media?.isConnected && record?.cover) record.budget.run(() => record.cover?.reattach());
      return;
    }
    // Media removed with their subtree: drop their covers once they are really gone.
    if (this.withCover.size === 0) return;
    queueMicrotask(() => {
      for (const media of [...this.withCover]) {
        if (!media.isConnected) {
          const record = this.records.get(media);
          if (record) this.dropCover(media, record);
        }
      }
    });
  }

  private onParsed(): void {
    this.pageStale = true;
    for (const el of this.deferred) this.queue.add(el);
    this.deferred.clear();
    // The whole article is known now: revisit pictures released early.
    this.enqueueWithin(this.doc, true);
    this.flush();
  }

  // ---- deciding ----------------------------------------------------------------------------

  private flush(): void {
    const settings = this.settings;
    if (!settings || settings.mode === 'off' || this.queue.size === 0) return;
    const items = [...this.queue];
    this.queue.clear();
    let changed = false;
    for (const el of items) {
      if (!el.isConnected) continue;
      changed = this.decide(el, settings) || changed;
    }
    if (changed) this.onCountsChange();
  }

  private pageContext(): PageTextContext {
    if (!this.page || this.pageStale) {
      this.page = gatherPageContext(this.doc);
      this.pageStale = false;
    }
    return this.page;
  }

  private classify(el: HTMLElement, settings: EffectiveSettings): Verdict {
    if (settings.mode === 'cover-all') return COVER_ALL_VERDICT;
    const verdict = classifyImageContext(gatherImageContext(el), this.pageContext());
    const categories = verdict.categories.filter((c) => settings.categories.includes(c));
    // An image that is graphic only in categories the reader chose not to cover is shown.
    if (verdict.categories.length > 0 && categories.length === 0) return { ...verdict, coverAt: null };
    return { ...verdict, categories };
  }

  /** Returns true when the element's covered/revealed state changed. */
  private decide(el: HTMLElement, settings: EffectiveSettings): boolean {
    const previous = this.records.get(el);
    if (previous?.state === 'revealed') return false;
    if (this.doc.readyState === 'loading' && this.pageStale && el.closest('body')) {
      // Late <title>/<meta> changes are rare; refresh page context at most once per batch.
      this.pageStale = false;
      this.page = gatherPageContext(this.doc);
    }
    const verdict = this.classify(el, settings);
    const cover = shouldCover(verdict, settings.sensitivity);
    if (!cover && !previous && this.mayChangeLater(el)) {
      this.deferred.add(el);
      return false;
    }
    const record: MediaRecord = previous ?? {
      state: 'safe',
      verdict,
      signature: mediaSignature(el),
      ariaHidden: el.getAttribute('aria-hidden'),
      budget: new RestoreBudget(this.win),
    };
    record.verdict = verdict;
    record.signature = mediaSignature(el);
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

  private cover(el: HTMLElement, record: MediaRecord): boolean {
    const wasCovered = record.state === 'covered' && record.cover;
    record.state = 'covered';
    if (el instanceof HTMLVideoElement) holdVideo(el, () => record.state !== 'revealed');
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute(STATE_ATTRIBUTE, 'covered');
    const props = this.coverProps(el, record);
    if (record.cover) {
      record.cover.update(props);
      return !wasCovered;
    }
    const placeAfter = el.parentElement?.localName === 'picture' ? el.parentElement : el;
    record.cover = mountCover(el, placeAfter, props, this.win);
    record.cover.host.setAttribute('data-forewarn-state', 'covered');
    record.cover.host.setAttribute('data-forewarn-categories', record.verdict.categories.join(' '));
    this.coverHosts.set(record.cover.host, el);
    this.withCover.add(el);
    return true;
  }

  private coverProps(el: HTMLElement, record: MediaRecord) {
    const width = el.offsetWidth || Number(el.getAttribute('width')) || 0;
    const height = el.offsetHeight || Number(el.getAttribute('height')) || 0;
    return {
      state: 'covered' as const,
      labels: categoryLabels(record.verdict.categories, this.t),
      reason: describeReason(record.verdict.reason, this.t),
      coverAll: record.verdict.reason?.source === 'site-mode',
      blurredUrl: pictureUrl(el),
      compact: isCompactBox(width, height),
      t: this.t,
      onReveal: () => this.reveal(el, true),
      onHide: () => this.hide(el),
    };
  }

  private release(el: HTMLElement, record: MediaRecord): boolean {
    const hadCover = Boolean(record.cover);
    if (record.cover) this.dropCover(el, record);
    record.state = 'safe';
    el.setAttribute(STATE_ATTRIBUTE, 'safe');
    return hadCover;
  }

  private reveal(el: HTMLElement, focus: boolean): void {
    const record = this.records.get(el);
    if (!record?.cover || record.state !== 'covered') return;
    record.state = 'revealed';
    restoreAttribute(el, 'aria-hidden', record.ariaHidden);
    applyRevealStyle(el, this.settings?.revealStyle ?? 'full');
    el.setAttribute(STATE_ATTRIBUTE, 'revealed');
    record.cover.update({ state: 'revealed' }, focus);
    this.onCountsChange();
  }

  private hide(el: HTMLElement): void {
    const record = this.records.get(el);
    if (!record?.cover || record.state !== 'revealed') return;
    record.state = 'covered';
    applyRevealStyle(el, 'full');
    if (el instanceof HTMLVideoElement) el.pause();
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute(STATE_ATTRIBUTE, 'covered');
    record.cover.update({ state: 'covered' }, true);
    this.onCountsChange();
  }

  private dropCover(el: HTMLElement, record: MediaRecord): void {
    record.cover?.remove();
    record.cover = undefined;
    this.withCover.delete(el);
    restoreAttribute(el, 'aria-hidden', record.ariaHidden);
    applyRevealStyle(el, 'full');
  }

  /** Site switched off: take every cover away and hand the page back as it was. */
  private releaseAll(): void {
    for (const el of [...this.withCover]) {
      const record = this.records.get(el);
      if (record) this.dropCover(el, record);
    }
    for (const el of this.doc.querySelectorAll<HTMLElement>(`[${STATE_ATTRIBUTE}]`)) {
      this.records.delete(el);
      el.removeAttribute(STATE_ATTRIBUTE);
    }
    this.deferred.clear();
    this.queue.clear();
    this.onCountsChange();
  }
}

function restoreAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

const REVEAL_FILTERS = { full: '', greyscale: 'grayscale(1)', dimmed: 'grayscale(0.4) brightness(0.6)' };

function applyRevealStyle(el: HTMLElement, style: keyof typeof REVEAL_FILTERS): void {
  if (REVEAL_FILTERS[style]) el.style.setProperty('filter', REVEAL_FILTERS[style], 'important');
  else el.style.removeProperty('filter');
}

const heldVideos = new WeakSet<HTMLVideoElement>();

/** A covered video does not play (autoplay held); after reveal the reader decides. */
function holdVideo(video: HTMLVideoElement, stillHeld: () => boolean): void {
  video.pause();
  if (heldVideos.has(video)) return;
  heldVideos.add(video);
  video.addEventListener('play', () => {
    if (stillHeld()) video.pause();
  });
}
