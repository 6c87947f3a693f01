import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { collectImageVerdicts, type VerdictsByUrl } from './collect-image-verdicts';
import { absoluteUrl, imageUrlsOf, srcsetUrls } from './image-urls-of';
import { mergeVerdicts, readMarkedVerdict, type MarkedVerdict } from './image-verdict';
import { CATEGORIES_ATTR, REASON_ATTR, VERDICT_ATTR } from './media-mark';
import type { ReaderSnapshot } from './reader-snapshot';
import { sanitizeArticleHtml } from './sanitize-article-html';
import { removeRepeatedHeader } from './remove-repeated-header';
import { keepFigureGroups } from './keep-figure-groups';
import { spaceOutBylines } from './space-out-bylines';
import { textDirection } from './text-direction';

// The reader pipeline: snapshot HTML → inert document → Readability → DOMPurify → pictures with
// resolved verdicts. Runs in the reader page (or any window given), never on the live page.

/** Below this much text, what Readability found is a fragment, not an article. */
const MIN_ARTICLE_CHARS = 250;
/** A page that Readability's own pre-check rejects needs more text than this to count. */
const MIN_UNREADERABLE_CHARS = 800;
/** Attributes a picture keeps in the reader; its URL is decided here, once. */
const KEPT_IMAGE_ATTRS = new Set(['alt', 'title', 'width', 'height']);

export interface ReaderArticle {
  kind: 'article';
  url: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Sanitized content, owned by an inert document. Pictures carry data-fw-* verdicts. */
  content: DocumentFragment;
  text: string;
  readabilityMs: number;
}

export interface NoArticle {
  kind: 'no-article';
  url: string;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function extractReaderArticle(
  snapshot: ReaderSnapshot,
  win: Window & typeof globalThis = globalThis.window,
): ReaderArticle | NoArticle {
  const doc = new win.DOMParser().parseFromString(snapshot.html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', snapshot.url);
    doc.head.prepend(base);
  }
  const baseUrl = doc.baseURI;
  const verdicts = collectImageVerdicts(doc);
  spaceOutBylines(doc);
  keepFigureGroups(doc);
  const readerable = isProbablyReaderable(doc);
  const started = win.performance.now();
  const parsed = new Readability(doc).parse();
  const readabilityMs = win.performance.now() - started;

  const lang = snapshot.lang || parsed?.lang || '';
  const dir = textDirection(snapshot.dir || parsed?.dir || '', lang);
  const title = (parsed?.title || snapshot.title || '').trim();
  const text = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!parsed?.content || text.length < (readerable ? MIN_ARTICLE_CHARS : MIN_UNREADERABLE_CHARS)) {
    return { kind: 'no-article', url: snapshot.url, title, lang, dir };
  }
  const content = sanitizeArticleHtml(parsed.content, win);
  for (const img of content.querySelectorAll('img')) settleImage(img, verdicts, baseUrl);
  const byline = (parsed.byline ?? '').replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
  removeRepeatedHeader(content, title, byline);
  return {
    kind: 'article',
    url: snapshot.url,
    title,
    byline,
    siteName: (parsed.siteName ?? '').trim(),
    publishedTime: (parsed.publishedTime ?? '').trim(),
    lang,
    dir,
    content,
    text,
    readabilityMs,
  };
}

/** Gives a picture its merged verdict and a single URL; every other URL attribute goes. */
function settleImage(img: HTMLImageElement, verdicts: VerdictsByUrl, baseUrl: string): void {
  const known: MarkedVerdict[] = [];
  const own = readMarkedVerdict(img);
  if (own) known.push(own);
  for (const url of imageUrlsOf(img, baseUrl)) known.push(...(verdicts.get(url) ?? []));
  const verdict = mergeVerdicts(known);
  const src = displayUrl(img, baseUrl);
  for (const attr of Array.from(img.attributes)) {
    if (!KEPT_IMAGE_ATTRS.has(attr.name)) img.removeAttribute(attr.name);
  }
  if (src) img.setAttribute('src', src);
  img.setAttribute(VERDICT_ATTR, verdict.state);
  img.setAttribute(CATEGORIES_ATTR, verdict.categories.join(' '));
  if (verdict.reason) img.setAttribute(REASON_ATTR, verdict.reason);
}

/**
 * The URL the page would have shown: src unless it is a data: placeholder, else the largest srcset
 * candidate, else what a lazy loader would have swapped in (data-src and the like).
 */
function displayUrl(img: HTMLImageElement, baseUrl: string): string | null {
  const src = img.getAttribute('src')?.trim();
  if (src && !src.startsWith('data:')) return absoluteUrl(src, baseUrl);
  const candidates = srcsetUrls(img.getAttribute('srcset') ?? '');
  const last = candidates[candidates.length - 1];
  if (last) return absoluteUrl(last, baseUrl);
  return imageUrlsOf(img, baseUrl)[0] ?? null;
}
