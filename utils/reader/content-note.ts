import type { Category } from '../detection/detection-types';

// One calm sentence at the top of the reading view, naming what the article describes and no more.

/** Below this share of sentences about violence, an article mentions it but is not about it. */
export const CONTENT_NOTE_MIN_SHARE = 0.12;

const PHRASES: Record<Category, string> = {
  'dead-bodies': 'deaths',
  torture: 'torture',
  execution: 'executions',
  injury: 'serious injuries',
  remains: 'human remains',
  'sexual-violence': 'sexual violence',
};

export interface ArticleViolenceSummary {
  violenceShare: number;
  categories: Category[];
}

/** "This article describes torture and deaths." or null when a note is not warranted. */
export function contentNote(violence: ArticleViolenceSummary, coveredImageCategories: Category[] = []): string | null {
  const categories = [...new Set([...violence.categories.slice(0, 3), ...coveredImageCategories])].slice(0, 3);
  if (violence.violenceShare < CONTENT_NOTE_MIN_SHARE || categories.length === 0) return null;
  const phrases = categories.map((c) => PHRASES[c]);
  const list =
    phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  return `This article describes ${list}.`;
}
