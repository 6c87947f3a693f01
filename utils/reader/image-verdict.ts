import { CATEGORIES, type Category } from '../detection/detection-types';
import { IMAGE_STATES, type ImageState, type MediaMark } from './media-mark';

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

/** A verdict from the snapshot's list, or null when its state is not one Forewarn gives. */
export function markedVerdict(mark: MediaMark): MarkedVerdict | null {
  if (!(IMAGE_STATES as readonly string[]).includes(mark.state)) return null;
  const categories = mark.categories.filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  return { state: mark.state, categories, reason: mark.reason ?? '' };
}

/**
 * Merges every verdict known for one picture (its own reference's, and each of its URLs'). The most
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
