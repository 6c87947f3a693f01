import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { PageTextContext } from '../../../utils/detection/detection-types';

// Pages the detection tests read captions on: one that says nothing violent, so a caption's own
// words decide, and one whose article is about killing.

export const neutralPage = (lang: string): PageTextContext => ({ lang, violenceShare: 0, categories: [] });

export const violentPage = (lang: string): PageTextContext => ({ lang, violenceShare: 0.6, categories: ['dead-bodies'], terms: ['killed'] });

/** The level an article-body picture with this caption is covered from, on `page` (neutral by default). */
export const captionCoverAt = (caption: string, lang: string, page: PageTextContext = neutralPage(lang)) =>
  classifyImageContext({ caption, placement: 'article-body' }, page).coverAt;

/** Whether such a picture is covered at the default level (minimal or balanced), on `page`. */
export const coveredByDefault = (caption: string, lang: string, page?: PageTextContext) => {
  const level = captionCoverAt(caption, lang, page);
  return level === 'minimal' || level === 'balanced';
};
