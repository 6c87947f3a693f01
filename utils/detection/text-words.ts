import { lazy } from '../lazy-regexp';

/** A word of the text read: letters, marks and digits. */
export const WORD = lazy(() => /[\p{L}\p{M}\p{N}]+/gu);

// Token positions of the text being read, reused between calls: detection runs for every image,
// and allocating fresh arrays each time kept the garbage collector busy.
export const words: string[] = [];
export const starts: number[] = [];
export const ends: number[] = [];
/** The text the words are from. */
let read = '';
/** The longest aside `pastAside` steps over, in words ("(mutmaßlich russischer)"). */
const ASIDE_WORDS = 4;

/** Splits `text` into `words`, `starts` and `ends`; returns how many words it holds. */
export function tokenize(text: string): number {
  let n = 0;
  read = text;
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

/**
 * The word after a short aside in parentheses that opens right after word `j` and closes before
 * a word ("ein toter (mutmaßlich russischer) Soldat", "убитый (предположительно российский)
 * солдат"): the phrase around it goes on past it. `count` when none does (a mark beside a
 * parenthesis, "(1914). Soldaten", ends the phrase).
 */
export function pastAside(j: number, count: number): number {
  if (j + 1 >= count || read.slice(ends[j]!, starts[j + 1]!).trim() !== '(') return count;
  for (let m = j + 1; m < count - 1 && m <= j + ASIDE_WORDS; m++) {
    if (read.slice(ends[m]!, starts[m + 1]!).trim() === ')') return m + 1;
  }
  return count;
}
