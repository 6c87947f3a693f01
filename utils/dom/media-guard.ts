import type { Translate } from '../cover-wording';
import { LexiconLoads, type LoadLexicons, type LoadTriggerWords } from '../guard/lexicon-loads';
import { isDecided } from '../guard/picture-state';
import type { EffectiveSettings } from '../settings/effective-settings';
import type { MediaMark } from '../reader/media-mark';
import type { MountCover } from './cover-handle';
import { CoverKeeper } from './cover-keeper';
import { DecisionScheduler } from './decision-scheduler';
import { mediaSignature } from './media-signature';
import { PageReadings } from './page-reading';
import { PictureDecider } from './picture-decider';
import { isMediaElement, PageWatcher, type PageChanges } from './page-watcher';
import { OFF_ATTRIBUTE, setCoveredInline, setMark, STATE_ATTRIBUTE } from './picture-marks';
import type { PictureRecord } from './picture-record';
import { PictureRecords } from './picture-records';
import { resumeAutoplay } from './video-hold';
import type { OpenShadowRoot } from './shadow-root-finder';

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
  /** Registers the first pass's trigger words (trigger-words.ts), read from storage too. */
  loadTriggerWords?: LoadTriggerWords;
  /** Reaches closed shadow roots too (an extension API: the content script hands it in). */
  openShadowRoot?: OpenShadowRoot;
  /** Called once, when the first picture is found (a frame reads its settings only then). */
  onFirstPicture?(): void;
}

/**
 * Decides about every picture on a page and keeps each decision in force. Each picture has one
 * record with an explicit state (picture-records.ts, utils/guard/picture-state.ts); the page
 * watcher says what appeared, changed or went, the scheduler says when to decide, the decider
 * reads a picture's inputs and decidePicture says what (a picture whose inputs did not change
 * is not decided again), and the cover keeper makes the page show it. This class wires them
 * and turns what the page did into work for them. Pictures are <img>, <picture>, <video>, image
 * inputs and CSS backgrounds, in the document, in open shadow roots and (through this script's
 * own instance there) in same-origin frames.
 */
export class MediaGuard {
  readonly #win: Window & typeof globalThis;
  readonly #doc: Document;
  readonly #onCountsChange: () => void;
  readonly #records: PictureRecords;
  /** Pictures whose marks or cover the page touched in this batch. */
  readonly #touched = new Set<HTMLElement>();
  readonly #watcher: PageWatcher;
  readonly #scheduler: DecisionScheduler;
  readonly #keeper: CoverKeeper;
  readonly #pages: PageReadings;
  readonly #lexicons: LexiconLoads;
  readonly #decider: PictureDecider;
  #settings: EffectiveSettings | null = null;
  #sweepQueued = false;
  #foreignCoversChecked = false;
  #retired = false;
  /** Parsing has ended and the fresh reading of the whole page waits for the next paint. */
  #settlingParse = false;
  #onFirstPicture: (() => void) | undefined;
  /** Whether this document has shown a picture (or a background candidate) at all. */
  #anyPicture = false;

  constructor(options: MediaGuardOptions) {
    this.#onFirstPicture = options.onFirstPicture;
    this.#win = options.win;
    this.#doc = options.win.document;
    this.#onCountsChange = options.onCountsChange ?? (() => {});
    this.#records = new PictureRecords(this.#win, options.t, () => this.#keeper);
    this.#pages = new PageReadings(this.#doc, this.#win);
    this.#lexicons = new LexiconLoads(options.loadLexicons, () => this.#onLexiconsSettled(), options.loadTriggerWords);
    this.#keeper = new CoverKeeper({
      win: this.#win,
      t: options.t,
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
      decide: (el) => this.#decider.decide(el),
      probe: (batch) => this.#decider.probe(batch),
      done: () => {
        this.#keeper.mountPending();
        this.#watcher.dropOwnChanges();
        this.#onCountsChange();
      },
    });
    this.#decider = new PictureDecider({
      win: this.#win,
      records: this.#records,
      pages: this.#pages,
      lexicons: this.#lexicons,
      keeper: this.#keeper,
      scheduler: () => this.#scheduler,
      settings: () => this.#settings!,
      parsing: () => this.#settlingParse || this.#win.document.readyState === 'loading',
    });
    this.#watcher = new PageWatcher(this.#win, this.#pageChanges(), (host) => this.#keeper.mediaOf(host), options.openShadowRoot);
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
    // The first settings end the pictures' wait (the trigger words come in the same read).
    if (previous) this.#scheduler.run();
    else this.#scheduler.runAfterWait();
  }

  counts(): { covered: number; revealed: number } {
    return this.#records.counts(this.#keeper.withCover);
  }

  /** Reveal every covered image; only called from the reader's own trusted UI (popup). */
  revealAll(): void {
    for (const media of [...this.#keeper.withCover]) this.#reveal(media, false);
  }

  /** Cover again every revealed image (the popup's "Cover them again"): their reveals end. */
  coverAgain(): void {
    for (const media of [...this.#keeper.withCover]) this.#hide(media, false);
  }

  /** Decides now the pictures still waiting to near the viewport (the reading view wants every verdict). */
  decideWaiting(): void {
    this.#scheduler.decideWaiting();
  }

  /** The decision about one element, for the reading view's snapshot. */
  describe(el: Element): MediaMark | undefined {
    return isMediaElement(el) ? this.#records.describe(el) : undefined;
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
        this.#firstPicture();
        if (again || !this.#records.get(el)) this.#scheduler.addBackground(el);
      },
      attributes: (el) => this.#onAttributes(el),
      words: (el) => this.#onMedia(el, true),
      marks: (el) => this.#touched.add(el),
      foreignCover: (host) => this.#removeForeignCover(host),
      removed: () => this.#sweepSoon(),
      pageChanged: () => this.#pages.markStale(),
      parsed: () => this.#onParsed(),
      batchEnd: (inOwnTask) => this.#onBatchEnd(inOwnTask),
    };
  }

  #onMedia(el: HTMLElement, again: boolean): void {
    const known = this.#records.get(el);
    if (known && !again && isDecided(known.state)) return;
    this.#records.ensure(el);
    this.#firstPicture();
    this.#lexicons.prime(this.#doc.documentElement?.lang);
    // Autoplay must not start while the video is undecided.
    if (el instanceof this.#win.HTMLVideoElement) this.#keeper.holdVideo(el);
    this.#scheduler.add(el);
  }

  #firstPicture(): void {
    this.#anyPicture = true;
    const first = this.#onFirstPicture;
    this.#onFirstPicture = undefined;
    first?.();
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
    this.#records.newPicture(el, record);
    if (isMediaElement(el)) this.#scheduler.add(el);
  }

  #onParsed(): void {
    // A document without pictures has nothing to decide again (text-only pages, most frames).
    if (!this.#anyPicture) return;
    // The whole article is known now: every picture is decided again from a fresh reading (and
    // fresh words), and classified again only if they changed. That reads the whole document,
    // so it waits for the next paint: pictures released while the page was parsed paint first,
    // and the parser's last task (which dispatches this event) does not grow by it. Until then
    // pictures are decided as while parsing (the reading of a half-parsed page may still grow).
    this.#settlingParse = true;
    this.#scheduler.afterNextPaint(() => {
      this.#settlingParse = false;
      if (this.#retired) return;
      // While lexicons load, the reading would miss their words: it is read when they land.
      if (!this.#lexicons.loading) this.#pages.readNow();
      else this.#pages.markStale();
      this.#watcher.rescan();
      this.#scheduler.run();
    });
  }

  #onLexiconsSettled(): void {
    if (this.#retired) return;
    // Pictures decided without these lexicons are decided again (the lexicons are among their
    // inputs, and the page is read again).
    if (this.#decider.decidedAny) this.#watcher.rescan();
    for (const el of this.#records.takeWaitingForLexicons()) {
      if (isMediaElement(el)) this.#scheduler.add(el);
      else this.#scheduler.addBackground(el);
    }
    // The first decision reads the page cold for all of them; the first viewport's others follow in this task.
    this.#scheduler.runAfterWait();
  }

  #onBatchEnd(decideInOwnTask: boolean): void {
    // A site switched off is the page's own again.
    if (this.#settings?.mode === 'off') this.#touched.clear();
    for (const el of this.#touched) {
      const record = this.#records.get(el);
      if (record && el.isConnected) this.#keeper.restore(el, record);
    }
    this.#touched.clear();
    // Marks are put back at once (above); deciding waits for a task of its own when the batch
    // already took the page's task its share.
    if (decideInOwnTask) this.#scheduler.runSoon();
    else this.#scheduler.run();
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
          if (record?.state === 'covered' && this.#records.revealOrphaned(record.signature)) this.#scheduler.add(el);
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

  /** Deciding waits for settings, stops on a site switched off and for good once retired. */
  #ready(): boolean {
    return this.#settings !== null && this.#settings.mode !== 'off' && !this.#retired;
  }

  // ---- the reader's own choices --------------------------------------------------------------

  #reveal(el: HTMLElement, focus: boolean): void {
    if (!this.#records.reveal(el, focus)) return;
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }

  #hide(el: HTMLElement, focus = true): void {
    if (!this.#records.hide(el, focus)) return;
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }

  /** Site switched off: take every cover away and hand the page back as it was. */
  #releaseAll(): void {
    for (const el of [...this.#keeper.withCover]) {
      const record = this.#records.get(el);
      if (record) this.#keeper.dropCover(el, record);
    }
    for (const root of this.#watcher.roots) {
      for (const el of root.querySelectorAll<HTMLElement>(`[${STATE_ATTRIBUTE}]`)) {
        this.#records.forget(el);
        setCoveredInline(el, false);
        setMark(el, null);
        if (el instanceof this.#win.HTMLVideoElement) resumeAutoplay(el);
      }
    }
    // Switched on again, the page starts afresh: the reveals were for the page as it was.
    this.#records.clear();
    this.#scheduler.clear();
    this.#keeper.clearPending();
    this.#watcher.dropOwnChanges();
    this.#onCountsChange();
  }
}
