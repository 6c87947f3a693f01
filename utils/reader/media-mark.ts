// How a media element's verdict travels from the page into the reading view: as attributes on
// the element in the snapshot. No imports here: the content script bundles this file.

export const IMAGE_STATES = ['safe', 'covered', 'revealed', 'pending'] as const;
export type ImageState = (typeof IMAGE_STATES)[number];

/** What the content script's DOM code knows about one media element. */
export interface MediaMark {
  state: ImageState;
  categories: string[];
  reason?: string;
}

/** Written by the snapshot only; the page's own copies of these attributes are stripped first. */
export const VERDICT_ATTR = 'data-fw-verdict';
export const CATEGORIES_ATTR = 'data-fw-categories';
export const REASON_ATTR = 'data-fw-reason';
export const VERDICT_ATTRS = [VERDICT_ATTR, CATEGORIES_ATTR, REASON_ATTR] as const;
