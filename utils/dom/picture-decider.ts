import type { ImageTextContext } from '../detection/detection-types';
import { lexiconLibraryVersion } from '../detection/lexicon-library';
import { decidePicture } from '../guard/decide-picture';
import type { LexiconLoads } from '../guard/lexicon-loads';
import { isDecided } from '../guard/picture-state';
import type { EffectiveSettings } from '../settings/effective-settings';
import { probeBackgrounds, withInnerText } from './background-picture';
import { isCaptionPending } from './caption-pending';
import { isContextSettled } from './context-settled';
import type { CoverKeeper } from './cover-keeper';
import type { DecisionScheduler } from './decision-scheduler';
import { gatherImageContext } from './gather-image-context';
import { holdsContent } from './media-selectors';
import { mediaSignature } from './media-signature';
import type { PageReadings, VersionedReading } from './page-reading';
import { setMark } from './picture-marks';
import type { PictureRecord } from './picture-record';
import type { PictureRecords } from './picture-records';

/** Longest hold for a picture whose figure has an empty caption (a script is filling it in). */
const CAPTION_WAIT_MS = 1_500;
/** A "background" wrapping this many elements is page layout, not a picture: never covered. */
const LAYOUT_DESCENDANTS = 24;

export interface DeciderParts {
  win: Window & typeof globalThis;
  records: PictureRecords;
  pages: PageReadings;
  lexicons: LexiconLoads;
  keeper: CoverKeeper;
  scheduler(): DecisionScheduler;
  /** The settings in force (the scheduler decides only once there are some). */
  settings(): EffectiveSettings;
  /** Whether the page may still say more than its reading so far (the parser, or the reading after it, is not done). */
  parsing(): boolean;
}

/**
 * Decides one picture on the page: reads its inputs from the DOM (its source, its words, the
 * page reading, whether the parser or a script is still writing its caption), leaves a
 * decision standing when none of them changed, otherwise asks decidePicture and moves the
 * picture's record to its next state. Background candidates have their style read first.
 */
export class PictureDecider {
  /** Some picture has a decision (so new lexicons may change one). */
  decidedAny = false;
  readonly #parts: DeciderParts;

  constructor(parts: DeciderParts) {
    this.#parts = parts;
  }

  /** Decides one media element, or (with its URL) one element with a background picture. */
  decide(el: HTMLElement, backgroundUrl?: string): void {
    const settings = this.#parts.settings();
    const record = this.#parts.records.ensure(el, backgroundUrl);
    // Covering every image still reads each picture's words: a graphic one's cover says what it hides.
    this.#parts.lexicons.prime(this.#parts.win.document.documentElement?.lang);
    const signature = backgroundUrl ?? mediaSignature(el);
    const reading = !this.#parts.lexicons.loading;
    const page = reading ? this.#parts.pages.current() : null;
    const revealed = this.#parts.records.revealed(el, record, signature);
    const inputs = this.#inputsKey(settings, page, signature, revealed, record.readsArticle);
    // Decided again only when an input changed; otherwise the decision stands, and what the
    // page may have stripped is put back. A background's words are read again only when they
    // may have changed (it is probed on every style change); a media element's on every visit.
    const standing = isDecided(record.state) && record.decidedFrom === inputs && (record.cover || record.state === 'safe');
    if (standing && backgroundUrl !== undefined && !record.wordsStale) {
      this.#parts.keeper.restore(el, record);
      return;
    }
    const words = reading ? this.#gatherWords(el, backgroundUrl) : null;
    const wordsKey = words ? JSON.stringify(words) : '';
    if (standing && record.wordsKey === wordsKey) {
      record.wordsStale = false;
      this.#parts.keeper.restore(el, record);
      return;
    }
    const decision = decidePicture({
      settings,
      words,
      page,
      lexicons: this.#parts.lexicons,
      parsing: this.#parts.parsing(),
      settled: () => isContextSettled(el, this.#parts.win.document),
      captionPending: () => this.#captionPending(el, record),
      revealed,
    });
    // The inputs as they were read: a lexicon the load below registers at once (read ahead) is
    // not among them, so a picture covered without it is decided again when the load settles.
    const readsArticle = decision.action === 'hold' ? record.readsArticle : decision.readsArticle;
    const decidedFrom = this.#inputsKey(settings, page, signature, revealed, readsArticle);
    if (decision.lacking.length) this.#parts.lexicons.start(decision.lacking);
    if (decision.action === 'hold') {
      if (decision.reason === 'caption') this.#parts.scheduler().wakeAt(el, record.captionWaitUntil!);
      this.#parts.records.transition(el, record, { type: 'decided', decision });
      return;
    }
    record.captionWaitUntil = undefined;
    this.#parts.scheduler().forgetWait(el);
    if (record.state === 'covered' && decision.action === 'release' && el instanceof this.#parts.win.HTMLImageElement && !el.complete) {
      // A covered picture whose new source is safe: the browser keeps painting the old (graphic)
      // bitmap until the new one has loaded, so the cover stays until then.
      this.#parts.records.transition(el, record, { type: 'decided', decision, paintingOld: true });
      this.#decideAgainOnLoad(el);
      return;
    }
    record.verdict = decision.verdict;
    record.readsArticle = decision.readsArticle;
    record.decidedFrom = decidedFrom;
    record.wordsKey = wordsKey;
    record.wordsStale = false;
    record.signature = signature;
    record.backgroundUrl = backgroundUrl;
    this.decidedAny = true;
    this.#parts.records.transition(el, record, { type: 'decided', decision });
  }

  /**
   * Everything but the words a decision is drawn from, as one key: of the page's reading, all a
   * decision can see when it weighs the article, else its title and language only.
   */
  #inputsKey(settings: EffectiveSettings, page: VersionedReading | null, signature: string, revealed: boolean, readsArticle: boolean): string {
    return [
      settings.mode,
      settings.sensitivity,
      settings.categories.join(),
      !page ? -1 : readsArticle ? page.version : `t${page.titleVersion}`,
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
    const now = this.#parts.win.performance.now();
    record.captionWaitUntil ??= now + CAPTION_WAIT_MS;
    return now < record.captionWaitUntil;
  }

  /** A covered picture released while the old bitmap still paints: decided again once the new one loaded. */
  #decideAgainOnLoad(img: HTMLImageElement): void {
    const again = () => {
      img.removeEventListener('load', again);
      img.removeEventListener('error', again);
      this.#parts.scheduler().add(img);
      this.#parts.scheduler().run();
    };
    img.addEventListener('load', again);
    img.addEventListener('error', again);
  }

  /** Reads the background pictures of candidates (one style pass) and decides those that have one. */
  probe(batch: HTMLElement[]): void {
    const urls = probeBackgrounds(batch, this.#parts.win);
    batch.forEach((el, i) => {
      const url = urls[i];
      const record = this.#parts.records.get(el);
      if (!url) {
        // No (longer a) background picture: nothing to hold or cover.
        if (record) this.#forget(el, record);
        // An <object> or <svg> held whole shows no picture: give it back.
        if (holdsContent(el)) setMark(el, 'safe');
      } else if (el.getElementsByTagName('*').length > LAYOUT_DESCENDANTS) {
        // A background behind a whole section is page design, not a picture to cover.
        if (record) this.#forget(el, record);
        setMark(el, 'safe');
      } else if (record && record.backgroundUrl !== url && isDecided(record.state)) {
        this.#parts.records.newPicture(el, record);
        this.decide(el, url);
      } else {
        this.decide(el, url);
      }
    });
  }

  /** The element shows no picture any more: it has no record, and nothing of Forewarn's. */
  #forget(el: HTMLElement, record: PictureRecord): void {
    this.#parts.keeper.dropCover(el, record);
    this.#parts.records.forget(el);
    setMark(el, null);
  }
}
