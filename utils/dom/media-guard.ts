import type { ImageTextContext } from '../detection/detection-types';
import { lexiconLibraryVersion } from '../detection/lexicon-library';
import { describeReason, type Translate } from '../cover-wording';
import { decidePicture, type PageReading } from '../guard/decide-picture';
import { LexiconLoads, type LoadLexicons } from '../guard/lexicon-loads';
import { isDecided, nextPictureState, type PictureEvent, type PictureState } from '../guard/picture-state';
import { RevealMemory } from '../guard/reveal-memory';
import type { EffectiveSettings } from '../settings/effective-settings';
import type { MediaMark } from '../reader/media-mark';
import { probeBackgrounds, withInnerText } from './background-picture';
import { isCaptionPending } from './caption-pending';
import { isContextSettled } from './context-settled';
import type { MountCover } from './cover-handle';
import { CoverKeeper } from './cover-keeper';
import { DecisionScheduler } from './decision-scheduler';
import { gatherImageContext } from './gather-image-context';
import { mediaSignature } from './media-signature';
import { PageReadings } from './page-reading';
import { isMediaElement, PageWatcher, type PageChanges } from './page-watcher';
import { OFF_ATTRIBUTE, setCoveredInline, setMark, STATE_ATTRIBUTE } from './picture-marks';
import type { PictureRecord } from './picture-record';
import { RestoreBudget } from './restore-budget';
import { resumeAutoplay } from './video-hold';

/** Longest hold for a picture whose figure has an empty caption (a script is filling it in). */
const CAPTION_WAIT_MS = 1_500;
/** A "background" wrapping this many elements is page layout, not a picture: never covered. */
const LAYOUT_DESCENDANTS = 24;

export interface MediaGuardOptions {
  win: Window & typeof globalThis;
  t: Translate;
  /** Draws a cover (components/cover/mount-cover.ts; the content script hands it in). */
  mountCover: MountCover;
  /** Called after the number of covered or revealed images may have changed. */
  onCountsChange?(): void;
  /**
   * Makes the lexicons of these languages available to detection (the content script reads them
   * from storage). Pictures that need them stay held until it settles, then are decided again.
   */
  loadLexicons?: LoadLexicons;
}

/**
 * Decides about every picture on a page and keeps each decision in force. Each picture has one
 * record with an explicit state (utils/guard/picture-state.ts); the page watcher says what
 * appeared, changed or went, the scheduler says when to decide, decidePicture says what (from
 * the picture's inputs only: a picture whose inputs did not change is not decided again), and
 * the cover keeper makes the page show it. Pictures are <img>, <picture>, <video>, image inputs
 * and CSS backgrounds, in the document, in open shadow roots and (through this script's own
 * instance there) in same-origin frames.
 */
export class MediaGuard {
  readonly #win: Window & typeof globalThis;
  readonly #doc: Document;
  readonly #t: Translate;
  readonly #onCountsChange: () => void;
  readonly #records = new WeakMap<Element, PictureRecord>();
  /** Pictures never decided that wait for lexicons: decided again when the loads settle. */
  readonly #heldForLexicons = new Set<HTMLElement>();
  readonly #reveals = new RevealMemory<HTMLElement>();
  /** Pictures whose marks or cover the page touched in this batch (true: the cover itself). */
  readonly #touched = new Map<HTMLElement, boolean>();
  readonly #watcher: PageWatcher;
  readonly #scheduler: DecisionScheduler;
  readonly #keeper: CoverKeeper;
  readonly #pages: PageReadings;
  readonly #lexicons: LexiconLoads;
  #settings: EffectiveSettings | null = null;
  /** Some picture has a decision (so new lexicons may change one). */
  #decidedAny = false;
  #sweepQueued = false;
  #foreignCoversChecked = false;
  #retired = false;

  constructor(options: MediaGuardOptions) {
    this.#win = options.win;
    this.#doc = options.win.document;
    this.#t = options.t;
    this.#onCountsChange = options.onCountsChange ?? (() => {});
    this.#pages = new PageReadings(this.#doc, this.#win);
    this.#lexicons = new LexiconLoads(options.loadLexicons, () => this.#onLexiconsSettled());
    this.#keeper = new CoverKeeper({
      win: this.#win,
      t: this.#t,
      mountCover: options.mountCover,
      record: (el) => this.#records.get(el),
      onReveal: (el) => this.#reveal(el, true),
      onHide: (el) => this.#hide(el),
      onOwnWrites: () => {
        this.#watcher.dropOwnChanges();
        this.#onCountsChange();
      },
    });
    this.#scheduler = new DecisionScheduler(this.#win, {
      ready: () => this.#ready(),
      decide: (el) => this.#decide(el),
      probe: (batch) => this.#probe(batch),
      done: () => {
        this.#keeper.mountPending();
        this.#watcher.dropOwnChanges();
        this.#onCountsChange();
      },
    });
    this.#watcher = new PageWatcher(this.#win, this.#pageChanges(), (host) => this.#keeper.mediaOf(host));
  }

  /** Start watching at once; decisions wait for settings, pictures stay held meanwhile. */
  observe(): void {
    this.#watcher.start();
    this.#scheduler.run();
  }

  setSettings(settings: EffectiveSettings): void {
    if (this.#retired) return;
    const previous = this.#settings;
    this.#settings = settings;
    // How revealed pictures look is no decision: revealed ones follow at once.
    this.#keeper.setRevealStyle(settings.revealStyle);
    const root = this.#doc.documentElement;
    if (settings.mode === 'off') {
      this.#releaseAll();
      root?.setAttribute(OFF_ATTRIBUTE, '');
      this.#watcher.setHoldEnabled(false);
      return;
    }
    root?.removeAttribute(OFF_ATTRIBUTE);
    this.#watcher.setHoldEnabled(true);
    if (!this.#foreignCoversChecked) {
      this.#foreignCoversChecked = true;
      for (const host of [...this.#keeper.foreignCovers(this.#doc)]) this.#removeForeignCover(host);
    }
    if (
      previous &&
      previous.mode === settings.mode &&
      previous.sensitivity === settings.sensitivity &&
      previous.categories.join() === settings.categories.join()
    ) {
      return;
    }
    // Every picture's settings input changed: each is decided again (revealed ones stay revealed).
    this.#watcher.rescan();
    this.#scheduler.run();
  }

  counts(): { covered: number; revealed: number } {
    let covered = 0;
    let revealed = 0;
    for (const media of this.#keeper.withCover) {
      const state = this.#records.get(media)?.state;
      if (state === 'covered') covered++;
      else if (state === 'revealed') revealed++;
    }
    return { covered, revealed };
  }

  /** Reveal every covered image; only called from the reader's own trusted UI (popup). */
  revealAll(): void {
    for (const media of [...this.#keeper.withCover]) this.#reveal(media, false);
  }

  /** The decision about one element, for the reading view's snapshot. */
  describe(el: Element): MediaMark | undefined {
    if (!isMediaElement(el)) return undefined;
    const record = this.#records.get(el);
    if (!record || !isDecided(record.state)) return { state: 'pending', categories: [] };
    return {
      state: record.state as MediaMark['state'],
      categories: [...(record.verdict?.categories ?? [])],
      reason: (record.verdict && describeReason(record.verdict.reason, this.#t)) || undefined,
    };
  }

  /** Stop watching (the page keeps its covers, which still work: they need no extension API). */
  disconnect(): void {
    this.#watcher.stop();
    this.#scheduler.stop();
  }

  /**
   * A newer instance of this script took over the page (extension updated): stop, and leave
   * the covers where they are until the newer guard replaces them with its own.
   */
  retire(): void {
    this.#retired = true;
    this.disconnect();
  }

  // ---- what the page did ---------------------------------------------------------------------

  #pageChanges(): PageChanges {
    return {
      media: (el, again) => this.#onMedia(el, again),
      background: (el, again) => {
        if (again || !this.#records.has(el)) this.#scheduler.addBackground(el);
      },
      attributes: (el) => this.#onAttributes(el),
      words: (el) => this.#onMedia(el, true),
      marks: (el, cover) => this.#touched.set(el, cover || (this.#touched.get(el) ?? false)),
      foreignCover: (host) => this.#removeForeignCover(host),
      removed: () => this.#sweepSoon(),
      pageChanged: () => this.#pages.markStale(),
      parsed: () => this.#onParsed(),
      batchEnd: () => this.#onBatchEnd(),
    };
  }

  #onMedia(el: HTMLElement, again: boolean): void {
    let record = this.#records.get(el);
    if (record && !again && isDecided(record.state)) return;
    if (!record) {
      record = this.#newRecord(el);
      this.#records.set(el, record);
    }
    this.#lexicons.prime(this.#doc.documentElement?.lang);
    // Autoplay must not start while the video is undecided.
    if (el instanceof this.#win.HTMLVideoElement) this.#keeper.holdVideo(el);
    this.#scheduler.add(el);
  }

  /** Its source or its own words changed: a new picture, or the same one to decide again. */
  #onAttributes(el: HTMLElement): void {
    const record = this.#records.get(el);
    if (!isMediaElement(el)) {
      if (!record) return;
      record.wordsStale = true;
      this.#scheduler.addBackground(el);
    } else if (record && isDecided(record.state) && mediaSignature(el) !== record.signature) {
      this.#onNewPicture(el, record);
    } else {
      this.#onMedia(el, true);
    }
  }

  /**
   * A new picture in the same element (lazy loader, carousel, <source> swap): decide again
   * before it paints. A covered one stays covered meanwhile; a revealed or safe one is held
   * again, since the reader chose to see the old picture, not this one.
   */
  #onNewPicture(el: HTMLElement, record: PictureRecord): void {
    this.#reveals.remove(el, record.signature);
    this.#transition(el, record, { type: 'new-picture' });
    record.decidedFrom = null;
    if (isMediaElement(el)) this.#scheduler.add(el);
  }

  #onParsed(): void {
    // The whole article is known now: every picture is decided again from a fresh reading (and
    // fresh words), and classified again only if they changed. While lexicons load, the
    // reading would miss their words: it is read when they land.
    if (!this.#lexicons.loading) this.#pages.readNow();
    else this.#pages.markStale();
    this.#watcher.rescan();
    this.#scheduler.run();
  }

  #onLexiconsSettled(): void {
    if (this.#retired) return;
    // Pictures decided without these lexicons are decided again (the lexicons are among their
    // inputs, and the page is read again).
    if (this.#decidedAny) this.#watcher.rescan();
    for (const el of this.#heldForLexicons) {
      if (isMediaElement(el)) this.#scheduler.add(el);
      else this.#scheduler.addBackground(el);
    }
    this.#heldForLexicons.clear();
    this.#scheduler.run();
  }

  #onBatchEnd(): void {
    // A site switched off is the page's own again.
    if (this.#settings?.mode === 'off') this.#touched.clear();
    for (const [el, cover] of this.#touched) {
      const record = this.#records.get(el);
      if (record && el.isConnected) this.#keeper.restore(el, record, cover);
    }
    this.#touched.clear();
    this.#scheduler.run();
    this.#watcher.dropOwnChanges();
  }

  /**
   * Pictures removed with their subtree: their covers come down once they are really gone. One
   * sweep per batch of removals (a feed dropping fifty stories a frame would otherwise check
   * every cover fifty times).
   */
  #sweepSoon(): void {
    if (this.#keeper.withCover.size === 0 || this.#sweepQueued) return;
    this.#sweepQueued = true;
    queueMicrotask(() => {
      this.#sweepQueued = false;
      let handOver = false;
      for (const el of this.#keeper.gone()) {
        const record = this.#records.get(el);
        if (!record) continue;
        handOver ||= record.state === 'revealed';
        this.#keeper.dropCover(el, record);
      }
      // A revealed picture left: a covered copy put in its place before it left takes it over.
      if (handOver) {
        for (const el of this.#keeper.withCover) {
          const record = this.#records.get(el);
          if (record?.state === 'covered' && this.#reveals.orphaned(record.signature)) this.#scheduler.add(el);
        }
        this.#scheduler.run();
      }
      this.#watcher.dropOwnChanges();
      this.#onCountsChange();
    });
  }

  /**
   * A cover left by an earlier instance of this script (the extension was updated under an open
   * page): its picture is decided by this instance, which draws its own cover in the same task,
   * so nothing shows in between (the picture stays held by the stylesheet).
   */
  #removeForeignCover(host: Element): void {
    const media = host.previousElementSibling;
    host.remove();
    const img = media?.localName === 'picture' ? media.querySelector('img') : media;
    if (img instanceof this.#win.HTMLElement) this.#onMedia(img, false);
  }

  // ---- deciding ------------------------------------------------------------------------------

  #ready(): boolean {
    return this.#settings !== null && this.#settings.mode !== 'off' && !this.#retired;
  }

  #newRecord(el: HTMLElement, backgroundUrl?: string): PictureRecord {
    return {
      state: 'queued',
      verdict: null,
      signature: '',
      backgroundUrl,
      decidedFrom: null,
      wordsKey: '',
      wordsStale: true,
      ariaHidden: el.getAttribute('aria-hidden'),
      budget: new RestoreBudget(this.#win),
    };
  }

  /** Decides one media element, or (with its URL) one element with a background picture. */
  #decide(el: HTMLElement, backgroundUrl?: string): void {
    const settings = this.#settings!;
    const record = this.#records.get(el) ?? this.#newRecord(el, backgroundUrl);
    this.#records.set(el, record);
    const detect = settings.mode !== 'cover-all';
    if (detect) this.#lexicons.prime(this.#doc.documentElement?.lang);
    const signature = backgroundUrl ?? mediaSignature(el);
    const reading = detect && !this.#lexicons.loading;
    const page = reading ? this.#pages.current() : null;
    const revealed = this.#reveals.holds(el, signature);
    const inputs = this.#inputsKey(settings, page, signature, revealed);
    // Decided again only when an input changed; otherwise the decision stands, and what the
    // page may have stripped is put back. A background's words are read again only when they
    // may have changed (it is probed on every style change); a media element's on every visit.
    const standing = isDecided(record.state) && record.decidedFrom === inputs && (record.cover || record.state === 'safe');
    if (standing && backgroundUrl !== undefined && !record.wordsStale) {
      this.#keeper.restore(el, record, false);
      return;
    }
    const words = reading ? this.#gatherWords(el, backgroundUrl) : null;
    const wordsKey = words ? JSON.stringify(words) : '';
    if (standing && record.wordsKey === wordsKey) {
      record.wordsStale = false;
      this.#keeper.restore(el, record, false);
      return;
    }
    const decision = decidePicture({
      settings,
      words,
      page,
      lexicons: this.#lexicons,
      parsing: this.#doc.readyState === 'loading',
      settled: () => isContextSettled(el, this.#doc),
      captionPending: () => this.#captionPending(el, record),
      revealed,
    });
    if (decision.lacking.length) this.#lexicons.start(decision.lacking);
    if (decision.action === 'hold') {
      if (decision.reason === 'caption') this.#scheduler.wakeAt(el, record.captionWaitUntil!);
      if (decision.reason === 'lexicons' && !isDecided(record.state)) this.#heldForLexicons.add(el);
      this.#transition(el, record, { type: 'decided', decision });
      return;
    }
    record.captionWaitUntil = undefined;
    this.#scheduler.forgetWait(el);
    if (record.state === 'covered' && decision.action === 'release' && el instanceof this.#win.HTMLImageElement && !el.complete) {
      // A covered picture whose new source is safe: the browser keeps painting the old (graphic)
      // bitmap until the new one has loaded, so the cover stays until then.
      this.#transition(el, record, { type: 'decided', decision, paintingOld: true });
      this.#decideAgainOnLoad(el);
      return;
    }
    record.verdict = decision.verdict;
    record.decidedFrom = inputs;
    record.wordsKey = wordsKey;
    record.wordsStale = false;
    record.signature = signature;
    record.backgroundUrl = backgroundUrl;
    this.#decidedAny = true;
    this.#transition(el, record, { type: 'decided', decision });
  }

  /** Everything but the words a decision is drawn from, as one key. */
  #inputsKey(settings: EffectiveSettings, page: (PageReading & { version: number }) | null, signature: string, revealed: boolean): string {
    return [
      settings.mode,
      settings.sensitivity,
      settings.categories.join(),
      page ? page.version : -1,
      page ? lexiconLibraryVersion() : -1,
      signature,
      revealed ? 1 : 0,
    ].join('\u0000');
  }

  #gatherWords(el: HTMLElement, backgroundUrl: string | undefined): ImageTextContext {
    const context = gatherImageContext(el);
    return backgroundUrl ? withInnerText(context, el, backgroundUrl) : context;
  }

  /** An empty caption next to the picture: hold it (bounded) until the text is written. */
  #captionPending(el: HTMLElement, record: PictureRecord): boolean {
    if (!isCaptionPending(el)) return false;
    const now = this.#win.performance.now();
    record.captionWaitUntil ??= now + CAPTION_WAIT_MS;
    return now < record.captionWaitUntil;
  }

  /** A covered picture released while the old bitmap still paints: decided again once the new one loaded. */
  #decideAgainOnLoad(img: HTMLImageElement): void {
    const again = () => {
      img.removeEventListener('load', again);
      img.removeEventListener('error', again);
      this.#scheduler.add(img);
      this.#scheduler.run();
    };
    img.addEventListener('load', again);
    img.addEventListener('error', again);
  }

  /** Reads the background pictures of candidates (one style pass) and decides those that have one. */
  #probe(batch: HTMLElement[]): void {
    const urls = probeBackgrounds(batch, this.#win);
    batch.forEach((el, i) => {
      const url = urls[i];
      const record = this.#records.get(el);
      if (!url) {
        // No (longer a) background picture: nothing to hold or cover.
        if (record) this.#forget(el, record);
      } else if (el.getElementsByTagName('*').length > LAYOUT_DESCENDANTS) {
        // A background behind a whole section is page design, not a picture to cover.
        if (record) this.#forget(el, record);
        setMark(el, 'safe');
      } else if (record && record.backgroundUrl !== url && isDecided(record.state)) {
        this.#onNewPicture(el, record);
        this.#decide(el, url);
      } else {
        this.#decide(el, url);
      }
    });
  }

  /** The element shows no picture any more: it has no record, and nothing of Forewarn's. */
  #forget(el: HTMLElement, record: PictureRecord): void {
    this.#keeper.dropCover(el, record);
    this.#records.delete(el);
    this.#heldForLexicons.delete(el);
    el.removeAttribute(STATE_ATTRIBUTE);
  }

  // ---- the reader's own choices --------------------------------------------------------------

  #reveal(el: HTMLElement, focus: boolean): void {
    const record = this.#records.get(el);
    if (!record?.cover || record.state !== 'covered') return;
    this.#reveals.add(el, record.signature);
    this.#transition(el, record, { type: 'reveal' }, focus);
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }

  #hide(el: HTMLElement): void {
    const record = this.#records.get(el);
    if (!record?.cover || record.state !== 'revealed') return;
    this.#reveals.remove(el, record.signature);
    this.#transition(el, record, { type: 'hide' }, true);
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }

  #transition(el: HTMLElement, record: PictureRecord, event: PictureEvent, focus = false): void {
    const previous: PictureState = record.state;
    record.state = nextPictureState(previous, event);
    if (record.state !== 'held-for-lexicons') this.#heldForLexicons.delete(el);
    this.#keeper.show(el, record, previous, focus);
  }

  /** Site switched off: take every cover away and hand the page back as it was. */
  #releaseAll(): void {
    for (const el of [...this.#keeper.withCover]) {
      const record = this.#records.get(el);
      if (record) this.#keeper.dropCover(el, record);
    }
    for (const root of this.#watcher.roots) {
      for (const el of root.querySelectorAll<HTMLElement>(`[${STATE_ATTRIBUTE}]`)) {
        this.#records.delete(el);
        setCoveredInline(el, false);
        el.removeAttribute(STATE_ATTRIBUTE);
        if (el instanceof this.#win.HTMLVideoElement) resumeAutoplay(el);
      }
    }
    // Switched on again, the page starts afresh: the reveals were for the page as it was.
    this.#reveals.clear();
    this.#heldForLexicons.clear();
    this.#scheduler.clear();
    this.#keeper.clearPending();
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }
}
