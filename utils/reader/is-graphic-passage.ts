import { findTerms } from '../detection/find-terms';
import { selectLexicons } from '../detection/select-lexicons';

// A passage folds when it describes violence in detail: at least two of its sentences, and at
// least half of them, name wounds or graphic acts. Words that only name the topic (prison,
// detainee, disappeared) never fold anything, so a paragraph about a trial for torture stays open.

export const GRAPHIC_PASSAGE_MIN_SHARE = 0.5;
export const GRAPHIC_PASSAGE_MIN_SENTENCES = 2;
/** Short lines (captions, datelines) are not passages. */
export const GRAPHIC_PASSAGE_MIN_CHARS = 80;
/**
 * Sentences, and in Arabic script clauses too: Arabic prose links its clauses with "،" and "؛"
 * where English would end a sentence, so a paragraph of three graphic clauses is often one
 * sentence, and counting sentences folded nothing on Arabic articles.
 */
const SENTENCE = /[^.!?؟。\n،؛]+/g;
const MIN_SENTENCE_CHARS = 12;

export function isGraphicPassage(text: string, lang?: string): boolean {
  if (text.length < GRAPHIC_PASSAGE_MIN_CHARS) return false;
  const lexicons = selectLexicons(text, lang);
  let sentences = 0;
  let graphic = 0;
  for (const sentence of text.match(SENTENCE) ?? []) {
    if (sentence.trim().length < MIN_SENTENCE_CHARS) continue;
    sentences++;
    const hits = findTerms(sentence, lexicons);
    if (hits.some((h) => h.kind === 'fiction')) continue;
    if (hits.some((h) => h.kind === 'graphic' || h.kind === 'injury')) graphic++;
  }
  return graphic >= GRAPHIC_PASSAGE_MIN_SENTENCES && graphic / sentences >= GRAPHIC_PASSAGE_MIN_SHARE;
}
