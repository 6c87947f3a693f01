import type { PageTextContext } from '../detection/detection-types';
import { guessLanguage } from '../detection/guess-language';
import { isLexiconLanguage, triggerWords } from '../detection/lexicon-library';
import { ARTICLE_TEXT_CAP, measureArticleViolence } from '../detection/measure-article-violence';
import { pageHasTrigger } from '../detection/trigger-words';

// Page-level context: cheap enough for document_start (no body yet), DOMContentLoaded and after
// large insertions. Reads at most ARTICLE_TEXT_CAP characters of paragraph text.

const ARTICLE_ROOT = 'article, [itemprop="articleBody"], main, [role="main"]';
const MAX_PARAGRAPHS = 80;

function meta(doc: Document, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/** Candidates inspected for the article root: teaser cards are <article>s as well. */
const MAX_ROOT_CANDIDATES = 8;

/** The candidate holding the most paragraphs (the story, not a teaser card), else the body. */
function articleRoot(doc: Document): Element | null {
  const candidates = doc.querySelectorAll(ARTICLE_ROOT);
  let best: Element | null = null;
  let bestCount = 0;
  for (let i = 0; i < candidates.length && i < MAX_ROOT_CANDIDATES; i++) {
    const count = candidates[i]!.getElementsByTagName('p').length;
    if (count > bestCount) {
      best = candidates[i]!;
      bestCount = count;
    }
  }
  return best ?? doc.body;
}

function articleText(doc: Document): string {
  const root = articleRoot(doc);
  if (!root) return '';
  const parts: string[] = [];
  let length = 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS && length < ARTICLE_TEXT_CAP; i++) {
    const text = paragraphs[i]!.textContent ?? '';
    if (text.length < 20) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

/** A guess must beat the runner-up by this much to overrule a declared language. */
const OVERRULE_CONFIDENCE = 0.6;

/**
 * The page's language: the declared one, unless it is missing or not one we read, or the text
 * plainly is another (CMS templates often keep lang="en" on pages in other languages).
 */
function pageLanguage(declared: string | undefined, text: string): string | undefined {
  const guess = text ? guessLanguage(text) : null;
  const base = (declared ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (!guess) return declared;
  if (!isLexiconLanguage(base)) return guess.lang;
  if (guess.lang !== base && guess.confidence >= OVERRULE_CONFIDENCE) return guess.lang;
  return declared;
}

export function gatherPageContext(doc: Document): PageTextContext {
  const declared =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    meta(doc, 'meta[http-equiv="content-language" i]') ||
    meta(doc, 'meta[property="og:locale"]') ||
    undefined;
  const title = doc.title?.trim() || meta(doc, 'meta[property="og:title"]');
  const description = meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]');
  const text = articleText(doc);
  const lang = pageLanguage(declared, [title, description, text].filter(Boolean).join('\n'));
  // Where the first pass's words are here and none is on the page, nothing in it can be violent:
  // the article is not measured, and no lexicon is wanted for it.
  const triggers = triggerWords();
  const quiet = !!triggers && !pageHasTrigger({ title, description, text }, triggers, lang);
  const { violenceShare, categories, terms } = text && !quiet
    ? measureArticleViolence(text, lang)
    : { violenceShare: 0, categories: [], terms: [] };
  return { title, description, lang, violenceShare, categories, terms, ...(triggers ? { quiet } : {}) };
}
