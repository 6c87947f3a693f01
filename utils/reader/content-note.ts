import { messageKey, type Translate } from '../cover-wording';
import type { Category } from '../detection/detection-types';

// One calm sentence at the top of the reading view, naming what the article describes and no more.

/** Below this share of sentences about violence, an article mentions it but is not about it. */
export const CONTENT_NOTE_MIN_SHARE = 0.12;
const MAX_TOPICS = 3;

export interface ArticleViolenceSummary {
  violenceShare: number;
  categories: Category[];
}

/**
 * "This article describes torture and deaths." in the reader's language, or null when a note is
 * not warranted. `uiLang` joins the topics the way that language lists things.
 */
export function contentNote(
  violence: ArticleViolenceSummary,
  coveredImageCategories: Category[],
  t: Translate,
  uiLang = 'en',
): string | null {
  const categories = [...new Set([...violence.categories.slice(0, MAX_TOPICS), ...coveredImageCategories])].slice(0, MAX_TOPICS);
  if (violence.violenceShare < CONTENT_NOTE_MIN_SHARE || categories.length === 0) return null;
  const topics = categories.map((c) => t(messageKey('reader_note', c)));
  return t('reader_note', [listOf(topics, uiLang)]);
}

function listOf(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
  }
}
