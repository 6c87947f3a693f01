import { PAGE_WORDS_NAMED } from './classify-image-context';
import type { PageTextContext } from './detection-types';
import { ARTICLE_SHARE_STEPS } from './read-surroundings';

// A page's reading changes all the time while the parser writes the article (each new paragraph
// moves its share of violent sentences), and every change used to send every picture on the
// page back to be gathered and classified again: on a front page each picture was decided twice.
// A decision depends on the reading only through what this key holds, so two readings with
// the same key decide every picture alike.

/**
 * Which of the steps a decision compares the article's violence with it has reached: none, "any
 * at all" (decide-picture holds a picture while more of such an article may come), then the
 * steps readPage weighs.
 */
function shareStep(share: number): number {
  if (!(share > 0)) return 0;
  let step = 1;
  for (const bar of ARTICLE_SHARE_STEPS) if (share >= bar) step++;
  return step;
}

/** What of a page's reading a picture's decision can depend on, as one string. */
export function pageDecisionKey(page: PageTextContext): string {
  return JSON.stringify([
    page.title ?? '',
    page.description ?? '',
    page.lang ?? '',
    shareStep(page.violenceShare),
    page.categories.slice(0, PAGE_WORDS_NAMED),
    (page.terms ?? []).slice(0, PAGE_WORDS_NAMED),
  ]);
}

/**
 * What of a page's reading a decision that did not weigh the article depends on (see
 * ClassifiedImage.readsArticle): the title (an alt that repeats it is not a description), the
 * title and the standfirst naming the page's pictures as art ("Drawings by Hiroshima survivors"),
 * and the language their words are read in.
 */
export function pageTitleKey(page: PageTextContext): string {
  return JSON.stringify([page.title ?? '', page.description ?? '', page.lang ?? '']);
}
