import type { ArticleViolenceSummary } from './content-note';

// A passage folds when most of its sentences describe violence: a paragraph that mentions a trial
// for torture stays open, one that describes the wounds folds.

export const GRAPHIC_PASSAGE_MIN_SHARE = 0.5;
/** Short lines (captions, datelines) are not passages. */
export const GRAPHIC_PASSAGE_MIN_CHARS = 80;

export function isGraphicPassage(
  text: string,
  measure: (text: string) => ArticleViolenceSummary,
): boolean {
  if (text.length < GRAPHIC_PASSAGE_MIN_CHARS) return false;
  const { violenceShare, categories } = measure(text);
  return violenceShare >= GRAPHIC_PASSAGE_MIN_SHARE && categories.length > 0;
}
