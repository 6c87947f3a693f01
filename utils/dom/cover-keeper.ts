import { coverLabels, describeReason, shortLabel, type Translate } from '../cover-wording';
import { isHidden, type PictureState } from '../guard/picture-state';
import type { RevealStyle } from '../settings/effective-settings';
import { COVER_TAG, type CoverContent, type MountCover } from './cover-handle';
import {
  hasCoveredInline,
  hasRevealStyle,
  releaseIntact,
  setAttributeValue,
  setCoveredInline,
  setMark,
  setRevealStyle,
  STATE_ATTRIBUTE,
} from './picture-marks';
import type { PictureRecord } from './picture-record';
import { RestoreBudget } from './restore-budget';
import { holdVideo, resumeAutoplay } from './video-hold';

export interface CoverKeeperOptions {
  win: Window & typeof globalThis;
  t: Translate;
  mountCover: MountCover;
  record(el: HTMLElement): PictureRecord | undefined;
  /** The reader's own "Show image" / "Hide image" on a cover. */
  onReveal(el: HTMLElement): void;
  onHide(el: HTMLElement): void;
  /** After covers were mounted or a restore ran (maybe on a budget's timer): our own writes need no answer, and counts may have changed. */
  onOwnWrites(): void;
}

/**
 * Makes the page show each picture's state, and keeps it shown: marks, the inline hold and
 * aria-hidden on the element, the cover beside it (mounted, placed and drawn by
 * components/cover/, handed in as `mountCover`). What the page strips is put back through each
 * picture's restore budget, and covers are mounted within a budget of their own, so Forewarn
 * never loops with a page that re-renders on every change it sees.
 */
export class CoverKeeper {
  /** Media that have a cover (covered or revealed): counted, swept, restyled, revealed all at once. */
  readonly withCover = new Set<HTMLElement>();
  readonly #hosts = new WeakMap<Element, HTMLElement>();
  /** Covered or revealed media waiting for a cover while mounting is throttled. */
  readonly #awaitingCover = new Set<HTMLElement>();
  /** Bounds cover mounting, so a page that re-renders on every cover cannot loop with us. */
  readonly #mountBudget: RestoreBudget;
  #revealStyle: RevealStyle = 'full';
  readonly #options: CoverKeeperOptions;

  constructor(options: CoverKeeperOptions) {
    this.#options = options;
    this.#mountBudget = new RestoreBudget(options.win, { perWindow: 30, windowMs: 1_000 });
  }

  /** The picture a cover host belongs to, if the host is one of this keeper's. */
  mediaOf(host: Element): HTMLElement | undefined {
    return this.#hosts.get(host);
  }

  /**
   * Shows `record`'s state on `el` after it changed (or its verdict did), leaving it as it was
   * before: `previous`. `focus` moves focus into the cover (a reveal or hide from the keyboard).
   */
  show(el: HTMLElement, record: PictureRecord, previous: PictureState, focus = false): void {
    const { win } = this.#options;
    switch (record.state) {
      case 'covered':
        if (el instanceof win.HTMLVideoElement) {
          this.holdVideo(el);
          if (previous === 'revealed') el.pause();
        }
        this.#markCovered(el, record);
        this.#drawCover(el, record, focus);
        return;
      case 'revealed':
        this.#markRevealed(el, record);
        this.#drawCover(el, record, focus);
        return;
      case 'safe': {
        const wasHeld = isHidden(previous) || !el.hasAttribute(STATE_ATTRIBUTE);
        this.dropCover(el, record);
        setMark(el, 'safe');
        if (wasHeld && el instanceof win.HTMLVideoElement) resumeAutoplay(el);
        return;
      }
      default:
        // Queued or held: no mark, so the hold stylesheet keeps it from painting.
        this.dropCover(el, record);
        setMark(el, null);
        if (el instanceof win.HTMLVideoElement) this.holdVideo(el);
    }
  }

  /**
   * Puts back what the page stripped (a sanitizer removing unknown attributes, styles and
   * children), without drawing the cover again.
   */
  #reassert(el: HTMLElement, record: PictureRecord): void {
    switch (record.state) {
      case 'covered':
        this.#markCovered(el, record);
        break;
      case 'revealed':
        this.#markRevealed(el, record);
        break;
      case 'safe':
        setMark(el, 'safe');
        return;
      default:
        // Nothing of Forewarn's belongs on an undecided picture: a mark there is not ours.
        setMark(el, null);
        return;
    }
    if (!record.cover) return;
    record.cover.reattach();
    this.#nameCategories(record);
  }

  /**
   * After the page touched a picture's marks or its cover: puts back what it stripped, through
   * the picture's restore budget. Nothing is spent when all is as Forewarn left it: records of
   * its own writes (a cover re-measured where anchor positioning is missing) are no touch.
   */
  restore(el: HTMLElement, record: PictureRecord): void {
    if (this.#intact(el, record)) return;
    record.budget.run(() => {
      this.#reassert(el, record);
      this.#options.onOwnWrites();
    });
  }

  /** Whether what the page shows of this picture is as its state says (nothing to put back). */
  #intact(el: HTMLElement, record: PictureRecord): boolean {
    const mark = el.getAttribute(STATE_ATTRIBUTE);
    // A release attribute where it does not belong (copied by the page) or gone from a released picture.
    if (!releaseIntact(el, record.state === 'safe' || record.state === 'revealed' ? record.state : null)) return false;
    const coverUp = !record.cover || (record.cover.host.isConnected && record.cover.aligned());
    switch (record.state) {
      case 'covered':
        return (
          mark === 'covered' &&
          coverUp &&
          el.getAttribute('aria-hidden') === 'true' &&
          (record.backgroundUrl !== undefined || hasCoveredInline(el))
        );
      case 'revealed':
        return mark === 'revealed' && coverUp && hasRevealStyle(el, this.#revealStyle);
      case 'safe':
        return mark === 'safe';
      default:
        return mark === null;
    }
  }

  /** Keeps a video paused while its picture is held or covered (autoplay would show it). */
  holdVideo(video: HTMLVideoElement): void {
    holdVideo(video, () => isHidden(this.#options.record(video)?.state ?? 'queued'));
  }

  /** How revealed pictures are shown changed: every revealed one follows at once. */
  setRevealStyle(style: RevealStyle): void {
    if (style === this.#revealStyle) return;
    this.#revealStyle = style;
    for (const el of this.withCover) {
      if (this.#options.record(el)?.state === 'revealed') setRevealStyle(el, style);
    }
  }

  /** Mounts the covers decided in this batch, unless the page makes us mount too many. */
  mountPending(): void {
    if (this.#awaitingCover.size === 0) return;
    this.#mountBudget.run(() => {
      for (const el of this.#awaitingCover) {
        const record = this.#options.record(el);
        if (!el.isConnected || !record || record.cover || (record.state !== 'covered' && record.state !== 'revealed')) continue;
        this.#mount(el, record);
      }
      this.#awaitingCover.clear();
      this.#options.onOwnWrites();
    });
  }

  /**
   * Takes a picture's cover away (or the one it was waiting for) and gives the element back its
   * own aria-hidden and style.
   */
  dropCover(el: HTMLElement, record: PictureRecord): void {
    this.#awaitingCover.delete(el);
    setAttributeValue(el, 'aria-hidden', record.ariaHidden);
    setCoveredInline(el, false);
    setRevealStyle(el, 'full');
    if (!record.cover) return;
    record.cover.remove();
    record.cover = undefined;
    this.withCover.delete(el);
  }

  /** Media whose covers are still up though they left the page. */
  *gone(): Iterable<HTMLElement> {
    for (const el of [...this.withCover]) if (!el.isConnected) yield el;
  }

  /** Covers in `root` that this keeper did not make (an earlier instance of this script left them). */
  *foreignCovers(root: Document | ShadowRoot): Iterable<Element> {
    for (const host of root.querySelectorAll(COVER_TAG)) if (!this.#hosts.has(host)) yield host;
  }

  /** Forgets every pending mount (the site was switched off). */
  clearPending(): void {
    this.#awaitingCover.clear();
  }

  #markCovered(el: HTMLElement, record: PictureRecord): void {
    setAttributeValue(el, 'aria-hidden', 'true');
    setRevealStyle(el, 'full');
    setMark(el, 'covered');
    if (record.backgroundUrl === undefined) setCoveredInline(el, true);
  }

  #markRevealed(el: HTMLElement, record: PictureRecord): void {
    setAttributeValue(el, 'aria-hidden', record.ariaHidden);
    setCoveredInline(el, false);
    setRevealStyle(el, this.#revealStyle);
    setMark(el, 'revealed');
  }

  #drawCover(el: HTMLElement, record: PictureRecord, focus: boolean): void {
    if (!record.cover) {
      this.#awaitingCover.add(el);
      return;
    }
    this.#nameCategories(record);
    record.cover.update(this.#content(el, record), focus);
  }

  #mount(el: HTMLElement, record: PictureRecord): void {
    const { win, mountCover } = this.#options;
    const placeAfter = el.parentElement?.localName === 'picture' ? el.parentElement : el;
    const cover = mountCover(el, placeAfter, this.#content(el, record), win);
    record.cover = cover;
    this.#nameCategories(record);
    this.#hosts.set(cover.host, el);
    this.withCover.add(el);
  }

  /** What the cover hides, on its host, for the light-DOM contract (tests, the reader's snapshot). */
  #nameCategories(record: PictureRecord): void {
    setAttributeValue(record.cover!.host, 'data-forewarn-categories', (record.verdict?.categories ?? []).join(' '));
  }

  #content(el: HTMLElement, record: PictureRecord): CoverContent {
    const { t } = this.#options;
    const verdict = record.verdict;
    const categories = verdict?.categories ?? [];
    const coverAll = verdict?.reason?.source === 'site-mode';
    return {
      state: record.state === 'revealed' ? 'revealed' : 'covered',
      labels: coverLabels(categories, coverAll, t),
      short: shortLabel(categories, coverAll, t),
      reason: verdict ? describeReason(verdict.reason, t) : '',
      coverAll,
      graphic: categories.length > 0,
      t,
      onReveal: () => this.#options.onReveal(el),
      onHide: () => this.#options.onHide(el),
    };
  }
}
