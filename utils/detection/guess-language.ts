// Guesses a text's language among the lexicon languages, for pages that do not declare one (or
// declare a template default that does not match the text). Script first, then the most common
// short words: cheap, and enough to pick a lexicon.

import { lazy } from '../lazy-regexp';

const ARABIC = lazy(() => /[\u0600-\u06FF]/g);
const CYRILLIC = lazy(() => /[\u0400-\u04FF]/g);
const UKRAINIAN_LETTERS = lazy(() => /[іїєґ]/g);
const RUSSIAN_LETTERS = lazy(() => /[ыэъё]/g);
const WORD = lazy(() => /[\p{L}]+/gu);

/** Frequent function words per Latin-script language (a word may count for several). */
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and of to in is was that for with on are by from at his her were have has'.split(' ')),
  fr: new Set('le la les des et un une du est dans que pour sur par au aux ont été avec qui'.split(' ')),
  es: new Set('el la los las y un una del es en que por con para se al fue han sus como'.split(' ')),
  de: new Set('der die das und ein eine ist von den mit im zu auf für nicht dem des sich wurde'.split(' ')),
  tr: new Set('ve bir bu ile de da için olarak çok daha sonra gibi olan kadar ancak ise'.split(' ')),
};
/** Words read at most. */
const WORD_CAP = 400;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

export interface LanguageGuess {
  lang: string;
  /** How far ahead of the runner-up the guess is (1 = no contest). */
  confidence: number;
}

export function guessLanguage(text: string): LanguageGuess | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const arabic = count(sample, ARABIC());
  const cyrillic = count(sample, CYRILLIC());
  if (arabic > 20 && arabic > cyrillic) return { lang: 'ar', confidence: 1 };
  if (cyrillic > 20) {
    const lower = sample.toLowerCase();
    const uk = count(lower, UKRAINIAN_LETTERS());
    const ru = count(lower, RUSSIAN_LETTERS());
    if (uk === ru) return null;
    return uk > ru ? { lang: 'uk', confidence: ru ? Math.min(1, 1 - ru / uk) : 1 } : { lang: 'ru', confidence: uk ? Math.min(1, 1 - uk / ru) : 1 };
  }
  const scores: Record<string, number> = { en: 0, fr: 0, es: 0, de: 0, tr: 0 };
  let words = 0;
  const word = WORD();
  word.lastIndex = 0;
  for (let m = word.exec(sample); m && words < WORD_CAP; m = word.exec(sample), words++) {
    const w = m[0].toLowerCase();
    for (const lang in STOPWORDS) if (STOPWORDS[lang]!.has(w)) scores[lang]!++;
  }
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 4) return null;
  return { lang: best[0], confidence: 1 - (second?.[1] ?? 0) / best[1] };
}
