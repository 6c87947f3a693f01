import { CATEGORIES, type Category } from './detection-types';
import { findTerms, type TermHit } from './find-terms';
import { dropThingHits } from './picture-subject';
import { selectLexicons } from './select-lexicons';
import { lazy } from '../lazy-regexp';

/** Article text read at most; the opening of an article says what it is about. */
export const ARTICLE_TEXT_CAP = 12_000;
const SENTENCE = lazy(() => /[^.!?؟。\n]+/g);
const MIN_SENTENCE_CHARS = 12;

export interface ArticleViolence {
  /** Share (0..1) of sentences that speak of violence outside fiction. */
  violenceShare: number;
  /** Categories mentioned, most mentioned first. */
  categories: Category[];
  /** Violence words as written, most frequent first (up to 4). */
  terms: string[];
}

/**
 * Whether the hits of one sentence or title name a natural disaster, a disease or an accident
 * (`[calamity]`) and no armed attack (`[attack]`): a fire or a collapse a strike caused is the
 * strike's ("A missile strike started a fire that killed five people"), its dead are violence.
 */
export function namesCalamity(hits: readonly TermHit[]): boolean {
  return hits.some((h) => h.kind === 'calamity') && !hits.some((h) => h.attack);
}

/** How much of an article is about graphic violence, sentence by sentence. */
export function measureArticleViolence(text: string, lang?: string): ArticleViolence {
  const capped = text.length > ARTICLE_TEXT_CAP ? text.slice(0, ARTICLE_TEXT_CAP) : text;
  const lexicons = selectLexicons(capped, lang);
  const perCategory = new Map<Category, number>();
  const perTerm = new Map<string, number>();
  let sentences = 0;
  let violent = 0;
  for (const sentence of capped.match(SENTENCE()) ?? []) {
    if (sentence.length < MIN_SENTENCE_CHARS) continue;
    sentences++;
    // A harm word a verb of belonging gives to an animal ("кости, которые принадлежат древнему
    // животному") or a death word before one ("ölü yunuslar") is no violence the page speaks of
    // (round 151).
    const hits = dropThingHits(sentence, findTerms(sentence, lexicons), lexicons, true);
    // A murder in a play or a film is not violence the reader is about to see.
    if (hits.some((h) => h.kind === 'fiction')) continue;
    // The dead, injured and infected of an earthquake or an epidemic are its toll ("30 new
    // coronavirus cases bring the number of المصابين to 196"): only a graphic word counts there.
    const calamity = namesCalamity(hits);
    let counted = false;
    for (const hit of hits) {
      const violence = hit.kind === 'graphic' || (!calamity && (hit.kind === 'injury' || hit.kind === 'topic'));
      if (!violence) continue;
      counted = true;
      if (hit.category) perCategory.set(hit.category, (perCategory.get(hit.category) ?? 0) + (hit.kind === 'topic' ? 1 : 2));
      const term = hit.text.toLowerCase();
      perTerm.set(term, (perTerm.get(term) ?? 0) + (hit.kind === 'topic' ? 1 : 3));
    }
    if (counted) violent++;
  }
  const categories = [...perCategory.entries()]
    .sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))
    .map(([c]) => c);
  const terms = [...perTerm.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t]) => t);
  return { violenceShare: sentences ? violent / sentences : 0, categories, terms };
}
