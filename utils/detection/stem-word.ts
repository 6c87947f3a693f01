// Inflection rules: reduce a normalized word to the form lexicon entries are stored under.
// The same function runs on lexicon words and on page words, so they only need to agree.

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
