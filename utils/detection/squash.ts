import { lazy } from '../lazy-regexp';

const NOT_LETTERS = lazy(() => /[^\p{L}\p{N}]+/gu);

/** Lower case, every run of what is not a letter or digit one space: a headline and a title compared as words. */
export function squash(text: string): string {
  return text.toLowerCase().replace(NOT_LETTERS(), ' ').trim();
}
