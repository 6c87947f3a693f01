// How a media element's verdict travels from the page into the reading view. No imports here:
// the snapshot script injected into the page bundles this file (the content script its types).
//
// The page can write any attribute on its own elements, in any case and any namespace, so no
// attribute it could have written is believed. The snapshot gives each media element a reference
// made of a random nonce the page never sees and the element's number; the verdicts travel
// beside the HTML in a list keyed by those references. A reference the list does not know (a
// guess, a copy, markup that re-parsed differently) carries no verdict, and the reader covers
// the picture (fail closed).

export const IMAGE_STATES = ['safe', 'covered', 'revealed', 'pending'] as const;
export type ImageState = (typeof IMAGE_STATES)[number];

/** What the content script's DOM code knows about one media element. */
export interface MediaMark {
  state: ImageState;
  categories: string[];
  reason?: string;
}

/** One element's verdict in the snapshot, and the picture the page had loaded for it. */
export interface SnapshotMark extends MediaMark {
  ref: string;
  /** The URL the element showed on the page (currentSrc of a loaded picture), if any. */
  shown?: string;
}

/** The reference attribute, written on the snapshot's copy only. */
export const REF_ATTR = 'data-fw-ref';
/** Every attribute of the page whose name starts so (any case, any namespace) is removed first. */
export const OWN_ATTR_PREFIX = 'data-fw-';

// The reader's own marks on the sanitized article (set after every other attribute is removed).
export const VERDICT_ATTR = 'data-fw-verdict';
export const CATEGORIES_ATTR = 'data-fw-categories';
export const REASON_ATTR = 'data-fw-reason';
/** Present when the page had not loaded the picture: the reader shows a placeholder instead. */
export const UNLOADED_ATTR = 'data-fw-unloaded';
