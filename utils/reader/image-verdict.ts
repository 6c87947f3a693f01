import { CATEGORIES, type Category } from '../detection/detection-types';
import { CATEGORIES_ATTR, REASON_ATTR, VERDICT_ATTR, IMAGE_STATES, type ImageState } from './media-mark';

// A verdict as the reading view uses it. Anything not known to be safe is covered there,
// including pictures the page showed after a reveal: the reader starts calm again.

export type ReaderImageState = 'safe' | 'covered' | 'unchecked';

export interface ReaderImageVerdict {
  state: ReaderImageState;
  categories: Category[];
  reason: string;
}

export interface MarkedVerdict {
  state: ImageState;
  categories: Category[];
  reason: string;
}

/** The verdict written on an element by the snapshot, or null when it has none (or a bad one). */
export function readMarkedVerdict(el: Element): MarkedVerdict | null {
  const state = el.getAttribute(VERDICT_ATTR);
  if (!state || !(IMAGE_STATES as readonly string[]).includes(state)) return null;
  const categories = (el.getAttribute(CATEGORIES_ATTR) ?? '')
    .split(/\s+/)
    .filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  return { state: state as ImageState, categories, reason: el.getAttribute(REASON_ATTR) ?? '' };
}

/**
 * Merges every verdict known for one picture (its own attributes, and each of its URLs). The most
 * careful wins: one non-safe verdict covers it; no verdict at all covers it too (fail closed).
 */
export function mergeVerdicts(verdicts: readonly MarkedVerdict[]): ReaderImageVerdict {
  if (verdicts.length === 0) return { state: 'unchecked', categories: [], reason: '' };
  const unsafe = verdicts.filter((v) => v.state !== 'safe');
  if (unsafe.length === 0) return { state: 'safe', categories: [], reason: '' };
  const categories = CATEGORIES.filter((c) => unsafe.some((v) => v.categories.includes(c)));
  const reason = unsafe.find((v) => v.reason)?.reason ?? '';
  return { state: 'covered', categories, reason };
}
