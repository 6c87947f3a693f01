import type { Translate } from '../cover-wording';

// What the guard needs from a cover, and nothing of how it is drawn: the cover itself (drawn in
// a closed shadow root, placed over the picture) lives in components/cover/, and
// the content script hands its `mountCover` to the guard. So DOM code here never imports UI.

/** The element name of every cover host; page scripts and tests find covers by it. */
export const COVER_TAG = 'forewarn-cover';

/** What a cover says and does. */
export interface CoverContent {
  state: 'covered' | 'revealed';
  /** Category labels, already translated ("Dead bodies", "Torture or abuse"). */
  labels: string[];
  /** The categories in a word or two each ("Bodies · Torture"), what a thumbnail has room for. */
  short: string;
  /** One short human reason ("Caption mentions bodies, burn marks"). */
  reason: string;
  /** Set when every image on the site is hidden by choice rather than by detection. */
  coverAll: boolean;
  /**
   * The words name a graphic category. A cover whose words name none (mourners, a coffin, a
   * wound told in a later sentence) says its image may be distressing, not that it is graphic.
   */
  graphic: boolean;
  t: Translate;
  /** Called only for a trusted click or key press on "Show image". */
  onReveal(): void;
  /** Called only for a trusted click or key press on "Hide image". */
  onHide(): void;
}

export interface CoverHandle {
  host: HTMLElement;
  /** Draws the cover again with these changes; `focus` moves focus to its button. */
  update(content: Partial<CoverContent>, focus?: boolean): void;
  /** Whether the cover is beside its picture, styled and placed as Forewarn last left it (a page resetting styles undoes that). */
  aligned(): boolean;
  /** Put the host back beside its picture after the page removed, moved or restyled it, and re-align it. */
  reattach(): void;
  remove(): void;
}

/** Draws a cover over `media`, its host inserted right after `placeAfter` (the media or its <picture>). */
export type MountCover = (
  media: HTMLElement,
  placeAfter: Element,
  content: CoverContent,
  win: Window & typeof globalThis,
) => CoverHandle;
