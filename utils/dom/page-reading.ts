import { lexiconLibraryVersion, readingLacks, triggerWords } from '../detection/lexicon-library';
import { pageDecisionKey, pageTitleKey } from '../detection/page-decision-key';
import type { PageReading } from '../guard/decide-picture';
import { gatherPageContext } from './gather-page-context';

/** The page is read again after load at most this often (live blogs append all the time). */
const REFRESH_MS = 1_000;

export interface VersionedReading extends PageReading {
  /**
   * Changes only when what was read changed in a way a decision can see (pageDecisionKey):
   * pictures decided from an older one are decided again.
   */
  version: number;
  /**
   * Changes only when the title, the standfirst or the language changed (pageTitleKey): what a decision that did
   * not weigh the article depends on.
   */
  titleVersion: number;
}

/**
 * The page's reading (title, description, language, how much of the article is about violence)
 * that every picture's decision shares. Read when the first picture needs it, again when the
 * page says something new (throttled once parsed), and when a lexicon arrived since that the
 * last reading went without.
 */
export class PageReadings {
  #reading: VersionedReading | null = null;
  #key = '';
  #titleKey = '';
  #lexicons = -1;
  /**
   * Whether a lexicon registered later can change the last reading: it went without a language
   * it wanted, or without the trigger words (which make a page quiet). A reading that had every
   * language it asked for reads the same whatever else arrives: each picture's caption asks for
   * its own languages, and reading a long article again for each cost as much as the first time.
   */
  #lexiconsCanChange = true;
  #stale = true;
  #readAt = 0;

  readonly #doc: Document;
  readonly #clock: { performance: { now(): number } };

  constructor(doc: Document, clock: { performance: { now(): number } }) {
    this.#doc = doc;
    this.#clock = clock;
  }

  /** Something that may change the reading was added (a title, a meta, text after parsing). */
  markStale(): void {
    this.#stale = true;
  }

  /** A reading now, whatever the throttle (the parser is done: the whole article is known). */
  readNow(): VersionedReading {
    const { value: context, lacking } = readingLacks(() => gatherPageContext(this.#doc));
    const key = pageDecisionKey(context);
    const titleKey = pageTitleKey(context);
    const last = this.#reading;
    const version = last && key === this.#key ? last.version : (last?.version ?? 0) + 1;
    const titleVersion = last && titleKey === this.#titleKey ? last.titleVersion : (last?.titleVersion ?? 0) + 1;
    this.#reading = { context, lacking, version, titleVersion };
    this.#key = key;
    this.#titleKey = titleKey;
    this.#lexicons = lexiconLibraryVersion();
    this.#lexiconsCanChange = lacking.length > 0 || triggerWords() === null;
    this.#stale = false;
    this.#readAt = this.#clock.performance.now();
    return this.#reading;
  }

  /** The reading to decide with: the last one unless it is out of date. */
  current(): VersionedReading {
    const parsing = this.#doc.readyState === 'loading';
    const throttled = !parsing && this.#clock.performance.now() - this.#readAt < REFRESH_MS;
    const lexiconsChanged = this.#lexiconsCanChange && this.#lexicons !== lexiconLibraryVersion();
    if (!this.#reading || (this.#stale && !throttled) || lexiconsChanged) return this.readNow();
    return this.#reading;
  }
}
