import type { LexiconData } from './lexicons/lexicon-types';
import { normalizeText } from './normalize-text';
import { stripArabic, stripSuffix } from './stem-word';

/**
 * The few facts a language's stemmer is made of. A compiled lexicon keeps them so its stored
 * form (stored-lexicon.ts) can rebuild the stemmer: a function cannot be stored.
 */
export interface StemRule {
  inflection: LexiconData['inflection'];
  /** Normalized endings, longest first. */
  endings: readonly string[];
  /** Normalized Arabic proclitic clusters, longest first (empty for other languages). */
  proclitics: readonly string[];
  minStem: number;
}

function wordsOf(list: readonly string[] | undefined): string[] {
  // sort is stable: endings of equal length keep the order the lexicon lists them in (which
  // cannot matter: two endings of one length never both end the same word).
  return (list ?? []).map(normalizeText).sort((a, b) => b.length - a.length);
}

export function stemRuleOf(data: LexiconData): StemRule {
  return {
    inflection: data.inflection,
    endings: wordsOf(data.endings),
    proclitics: data.inflection === 'arabic' ? wordsOf(data.proclitics) : [],
    minStem: data.minStem,
  };
}

export function makeStemmer(rule: StemRule): (word: string) => string {
  const { endings, proclitics, minStem } = rule;
  if (rule.inflection === 'arabic') return (w) => stripArabic(w, proclitics, endings, minStem);
  if (rule.inflection === 'prefix') return (w) => w;
  return (w) => stripSuffix(w, endings, minStem);
}
