import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { collectImageVerdicts, marksByRef, type VerdictsByUrl } from './collect-image-verdicts';
import { absoluteUrl, imageUrlsOf, srcsetUrls } from './image-urls-of';
import { markedVerdict, mergeVerdicts, type MarkedVerdict } from './image-verdict';
import { CATEGORIES_ATTR, REASON_ATTR, REF_ATTR, UNLOADED_ATTR, VERDICT_ATTR, type SnapshotMark } from './media-mark';
import { comparableUrl } from './pictures-page-loaded';
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
  /** Sanitized content, owned by an inert document. Pictures carry the reader's data-fw-* verdicts
   *  (media-mark.ts), set after every attribute from the page was removed. */
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
  const marks = marksByRef(snapshot.marks);
  const verdicts = collectImageVerdicts(doc, marks);
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
  const loaded = new Set(snapshot.loaded.map(comparableUrl));
  for (const img of Array.from(content.querySelectorAll('img'))) settleImage(img, { marks, verdicts, loaded, baseUrl });
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

interface KnownPictures {
  marks: ReadonlyMap<string, SnapshotMark>;
  verdicts: VerdictsByUrl;
  /** What the page had loaded: the only URLs the reader may fetch. */
  loaded: ReadonlySet<string>;
  baseUrl: string;
}

/**
 * Gives a picture its merged verdict and a single URL, a picture the page had loaded; every other
 * attribute goes. A picture the page never loaded keeps the URL it would have shown (to say
 * which it was) and is marked unloaded: the reader shows a placeholder and fetches nothing.
 */
function settleImage(img: HTMLImageElement, known: KnownPictures): void {
  const { marks, verdicts, loaded, baseUrl } = known;
  const found: MarkedVerdict[] = [];
  const mark = marks.get(img.getAttribute(REF_ATTR) ?? '');
  const own = mark ? markedVerdict(mark) : null;
  if (own) found.push(own);
  const candidates = candidateUrls(img, baseUrl);
  if (mark?.shown) candidates.unshift(comparableUrl(mark.shown));
  for (const url of imageUrlsOf(img, baseUrl)) found.push(...(verdicts.get(comparableUrl(url)) ?? []));
  const verdict = mergeVerdicts(found);
  const src = candidates.find((url) => loaded.has(url)) ?? candidates[0];
  for (const attr of Array.from(img.attributes)) {
    if (!KEPT_IMAGE_ATTRS.has(attr.name)) img.removeAttribute(attr.name);
  }
  if (src) img.setAttribute('src', src);
  if (src && !loaded.has(src)) img.setAttribute(UNLOADED_ATTR, '');
  img.setAttribute(VERDICT_ATTR, verdict.state);
  img.setAttribute(CATEGORIES_ATTR, verdict.categories.join(' '));
  if (verdict.reason) img.setAttribute(REASON_ATTR, verdict.reason);
}

/**
 * The URLs the picture could show, the one the page would have shown first: src unless it is a
 * data: placeholder, then srcset candidates from the largest, then what a lazy loader would have
 * swapped in (data-src and the like).
 */
function candidateUrls(img: HTMLImageElement, baseUrl: string): string[] {
  const urls: string[] = [];
  const src = img.getAttribute('src')?.trim();
  if (src && !src.startsWith('data:')) urls.push(absoluteUrl(src, baseUrl) ?? '');
  urls.push(...srcsetUrls(img.getAttribute('srcset') ?? '').reverse().map((u) => absoluteUrl(u, baseUrl) ?? ''));
  urls.push(...imageUrlsOf(img, baseUrl));
  return [...new Set(urls.filter(Boolean).map(comparableUrl))];
}
