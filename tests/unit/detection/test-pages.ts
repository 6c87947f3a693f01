import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';
import { measureArticleViolence } from '../../../utils/detection/measure-article-violence';

// Pages the detection tests read captions on: one that says nothing violent, so a caption's own
// words decide, and one whose article is about killing.

export const neutralPage = (lang: string): PageTextContext => ({ lang, violenceShare: 0, categories: [] });

export const violentPage = (lang: string): PageTextContext => ({ lang, violenceShare: 0.6, categories: ['dead-bodies'], terms: ['killed'] });

/** The level an article-body picture with this caption is covered from, on `page` (neutral by default). */
export const captionCoverAt = (caption: string, lang: string, page: PageTextContext = neutralPage(lang)) =>
  classifyImageContext({ caption, placement: 'article-body' }, page).coverAt;

/** Whether a picture covered from `level` is covered at the default level (minimal or balanced). */
export const byDefault = (level: string | null | undefined) => level === 'minimal' || level === 'balanced';

/** Whether such a picture is covered at the default level (minimal or balanced), on `page`. */
export const coveredByDefault = (caption: string, lang: string, page?: PageTextContext) => byDefault(captionCoverAt(caption, lang, page));

/** Whether an article-body picture with this caption and `near` (the paragraph after it, a heading…) is covered by default on a violent page, or a neutral one. */
export const besideCoveredByDefault = (lang: string, caption: string, near: Partial<ImageTextContext>, violent = true) =>
  byDefault(classifyImageContext({ caption, placement: 'article-body', ...near }, violent ? violentPage(lang) : neutralPage(lang)).coverAt);

/** Whether an article of this one sentence counts as violent (its violence share above nothing). */
export const sentenceIsViolent = (lang: string, sentence: string) => measureArticleViolence(sentence, lang).violenceShare > 0;
