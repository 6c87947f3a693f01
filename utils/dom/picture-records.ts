import { describeReason, type Translate } from '../cover-wording';
import { isDecided, nextPictureState, type PictureEvent } from '../guard/picture-state';
import { RevealMemory } from '../guard/reveal-memory';
import type { MediaMark } from '../reader/media-mark';
import type { CoverKeeper } from './cover-keeper';
import type { PictureRecord } from './picture-record';
import { RestoreBudget } from './restore-budget';

/**
 * The record of every picture the guard knows, and the only place their states change: each
 * change goes through nextPictureState and is shown on the page by the cover keeper at once.
 * Also keeps the reader's reveals (RevealMemory) and the pictures waiting for lexicons.
 */
export class PictureRecords {
  readonly #byElement = new WeakMap<Element, PictureRecord>();
  /** Pictures never decided that wait for lexicons: decided again when the loads settle. */
  readonly #waitingForLexicons = new Set<HTMLElement>();
  readonly #reveals = new RevealMemory<HTMLElement>();
  readonly #win: Window & typeof globalThis;
  readonly #t: Translate;
  readonly #keeper: () => CoverKeeper;

  constructor(win: Window & typeof globalThis, t: Translate, keeper: () => CoverKeeper) {
    this.#win = win;
    this.#t = t;
    this.#keeper = keeper;
  }

  get(el: Element): PictureRecord | undefined {
    return this.#byElement.get(el);
  }

  /** The element's record, made (queued) if it has none. */
  ensure(el: HTMLElement, backgroundUrl?: string): PictureRecord {
    let record = this.#byElement.get(el);
    if (!record) {
      record = {
        state: 'queued',
        found: this.#win.performance.now(),
        verdict: null,
        signature: '',
        backgroundUrl,
        decidedFrom: null,
        readsArticle: true,
        wordsKey: '',
        wordsStale: true,
        ariaHidden: el.getAttribute('aria-hidden'),
        budget: new RestoreBudget(this.#win),
      };
      this.#byElement.set(el, record);
    }
    return record;
  }

  /** The element is no picture any more (or the site was switched off): it has no record. */
  forget(el: Element): void {
    this.#byElement.delete(el);
    this.#waitingForLexicons.delete(el as HTMLElement);
  }

  /** Moves a picture to its next state and shows it; `focus` moves focus into its cover. */
  transition(el: HTMLElement, record: PictureRecord, event: PictureEvent, focus = false): void {
    const previous = record.state;
    record.state = nextPictureState(previous, event);
    if (record.state === 'held-for-lexicons') this.#waitingForLexicons.add(el);
    else this.#waitingForLexicons.delete(el);
    this.#keeper().show(el, record, previous, focus);
  }

  /** The pictures that wait for lexicons, handed over once (the loads settled). */
  takeWaitingForLexicons(): HTMLElement[] {
    const waiting = [...this.#waitingForLexicons];
    this.#waitingForLexicons.clear();
    return waiting;
  }

  /** Whether the reader opened this picture (or the one it replaced, showing the same source). */
  revealed(el: HTMLElement, record: PictureRecord, signature: string): boolean {
    return this.#reveals.holds(el, signature, record.found);
  }

  /** The reader's "Show image" (a trusted click or key on the cover, or "Show all" in the popup). */
  reveal(el: HTMLElement, focus: boolean): boolean {
    const record = this.#byElement.get(el);
    if (!record?.cover || record.state !== 'covered') return false;
    this.#reveals.add(el, record.signature, this.#win.performance.now());
    this.transition(el, record, { type: 'reveal' }, focus);
    return true;
  }

  /** The reader's "Hide image" (or "Cover them again" in the popup, which leaves focus alone): the reveal ends. */
  hide(el: HTMLElement, focus = true): boolean {
    const record = this.#byElement.get(el);
    if (!record?.cover || record.state !== 'revealed') return false;
    this.#reveals.remove(el, record.signature);
    this.transition(el, record, { type: 'hide' }, focus);
    return true;
  }

  /** The element shows another picture now: the reader opened the old one, not this one. */
  newPicture(el: HTMLElement, record: PictureRecord): void {
    this.#reveals.remove(el, record.signature);
    this.transition(el, record, { type: 'new-picture' });
    record.decidedFrom = null;
  }

  /** Whether a revealed picture that left the page may be taken over by an element showing `signature`. */
  revealOrphaned(signature: string): boolean {
    return this.#reveals.orphaned(signature);
  }

  /** The site was switched off: switched on again, the page starts afresh. */
  clear(): void {
    this.#reveals.clear();
    this.#waitingForLexicons.clear();
  }

  counts(withCover: Iterable<HTMLElement>): { covered: number; revealed: number } {
    let covered = 0;
    let revealed = 0;
    for (const media of withCover) {
      const state = this.#byElement.get(media)?.state;
      if (state === 'covered') covered++;
      else if (state === 'revealed') revealed++;
    }
    return { covered, revealed };
  }

  /** The decision about one element, for the reading view's snapshot. */
  describe(el: Element): MediaMark {
    const record = this.#byElement.get(el);
    if (!record || !isDecided(record.state)) return { state: 'pending', categories: [] };
    return {
      state: record.state as MediaMark['state'],
      categories: [...(record.verdict?.categories ?? [])],
      reason: (record.verdict && describeReason(record.verdict.reason, this.#t)) || undefined,
    };
  }
}
