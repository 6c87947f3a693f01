import { lazy } from '../lazy-regexp';

/** A word of the text read: letters, marks and digits. */
export const WORD = lazy(() => /[\p{L}\p{M}\p{N}]+/gu);

// Token positions of the text being read, reused between calls: detection runs for every image,
// and allocating fresh arrays each time kept the garbage collector busy.
export const words: string[] = [];
export const starts: number[] = [];
export const ends: number[] = [];

/** Splits `text` into `words`, `starts` and `ends`; returns how many words it holds. */
export function tokenize(text: string): number {
  let n = 0;
  const word = WORD();
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    words[n] = m[0];
    starts[n] = m.index;
    ends[n] = m.index + m[0].length;
    n++;
  }
  return n;
}
