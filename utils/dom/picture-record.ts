import type { Verdict } from '../detection/detection-types';
import type { PictureState } from '../guard/picture-state';
import type { CoverHandle } from './cover-handle';
import type { RestoreBudget } from './restore-budget';

/** Everything the guard knows about one picture element. One per element, made when it is found. */
export interface PictureRecord {
  state: PictureState;
  /** When the guard found the element (performance.now()): only what appears after a reveal may take it over. */
  found: number;
  /** The last decision's verdict (null until one covers or releases it). */
  verdict: Verdict | null;
  /** What the element shows: its source attributes, or its background picture's URL. */
  signature: string;
  /** Set for elements whose picture is a CSS background. */
  backgroundUrl?: string;
  /**
   * The inputs the current decision was drawn from (settings, page reading, lexicons, source,
   * the reader's reveal), as one key: deciding again with the same ones and the same words
   * changes nothing.
   */
  decidedFrom: string | null;
  /**
   * Whether the current decision weighed the article's reading: one that did not stands when
   * the reading changes, and is drawn again only when the title or the language does.
   */
  readsArticle: boolean;
  /** The words the current decision was drawn from (gatherImageContext, as JSON). */
  wordsKey: string;
  /** Its words may have changed since (a background's are read again only then). */
  wordsStale: boolean;
  cover?: CoverHandle;
  /** The element's own aria-hidden before a cover hid it from screen readers. */
  ariaHidden: string | null;
  /** Bounds how often what the page strips from this picture is put back. */
  budget: RestoreBudget;
  /** When the wait for an empty caption ends (performance.now()), once one began. */
  captionWaitUntil?: number;
}
