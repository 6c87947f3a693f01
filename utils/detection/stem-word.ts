// Inflection rules: reduce a normalized word to the form lexicon entries are stored under.
// The same function runs on lexicon words and on page words, so they only need to agree.

import { lazy } from '../lazy-regexp';

/** Strip the longest ending that leaves at least `minStem` letters (endings sorted longest first). */
export function stripSuffix(word: string, endings: readonly string[], minStem: number): string {
  for (const ending of endings) {
    if (word.length - ending.length >= minStem && word.endsWith(ending)) {
      return word.slice(0, word.length - ending.length);
    }
  }
  return word;
}

/**
 * Arabic: conjunction/preposition + article proclitics (وال، بال، لل، و، ف …) first, then sound-plural,
 * dual and pronoun suffixes (ات، ون، ين، ان، ها، هم …). Broken plurals are listed in the lexicon.
 */
export function stripArabic(
  word: string,
  proclitics: readonly string[],
  endings: readonly string[],
  minStem: number,
): string {
  let w = word;
  for (const p of proclitics) {
    if (w.length - p.length >= minStem && w.startsWith(p)) {
      w = w.slice(p.length);
      break;
    }
  }
  return stripSuffix(w, endings, minStem);
}

const TURKISH_VOWELS = lazy(() => /[aeıioöuü]/g);
const SOFTENED: Readonly<Record<string, string>> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' };

/**
 * Turkish consonant softening: a stem's final p, ç, t, k becomes b, c, d, ğ (g after n) before
 * a suffix that opens with a vowel (ceset → cesedi, kemik → kemiği, kırbaç → kırbacın, kaybet →
 * kaybeden), so a stem matched at the start of a word misses its own inflected forms. Returns
 * the softened stem, or null. Words of one syllable mostly keep their consonant (at → atı; darp
 * and darbe "coup" are different words), so only stems of two syllables or more soften. A stem
 * that does not soften in use (iskelet → iskeleti) gets a softened form no word starts with.
 */
export function softenedStem(word: string): string | null {
  const last = word.at(-1) ?? '';
  const soft = SOFTENED[last];
  if (!soft || (word.match(TURKISH_VOWELS())?.length ?? 0) < 2) return null;
  return word.slice(0, -1) + (last === 'k' && word.at(-2) === 'n' ? 'g' : soft);
}

const EAST_SLAVIC_CONSONANT_K = lazy(() => /[бвгґджзклмнпрстфхцчшщ]к$/);

/**
 * East Slavic fleeting vowel: a noun whose stem ends in consonant + к takes o or е between them
 * where no vowel ending follows (кістки → кісток, жінка → жінок, девочки → девочек; nominative
 * знімок, подросток), so no ending the stemmer strips turns one form into the other. Returns the
 * stem with each vowel inserted (both: Russian writes е after soft consonants and hushers, о
 * elsewhere, Ukrainian mostly о), or null. A form with the wrong vowel is one no word starts with.
 */
export function fleetingVowelStems(stem: string): string[] | null {
  if (stem.length < 4 || !EAST_SLAVIC_CONSONANT_K().test(stem)) return null;
  const base = stem.slice(0, -1);
  return [`${base}ок`, `${base}ек`];
}

/**
 * The other forms a matched stem takes in `lang` that no stripped ending reaches, for a key of
 * `type` ("prefix": matched at a word's start; "stem": matched after stemming): Turkish
 * softening (prefix keys), East Slavic fleeting vowels (both). Null where the language has none.
 */
export function stemAlternationsFor(lang: string): ((text: string, type: 'prefix' | 'stem') => readonly string[]) | null {
  if (lang === 'tr') return (text, type) => (type === 'prefix' ? [softenedStem(text)].filter((t): t is string => t !== null) : []);
  if (lang === 'uk' || lang === 'ru') return (text) => fleetingVowelStems(text) ?? [];
  return null;
}
