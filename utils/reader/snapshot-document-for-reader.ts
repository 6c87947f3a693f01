import { VERDICT_ATTR, CATEGORIES_ATTR, REASON_ATTR, VERDICT_ATTRS, type MediaMark } from './media-mark';

// Runs in the content script when the reader opens, so it stays small: no Readability here.
// The clone is what travels; the live page is never changed.

/** Elements that can show a picture; `describe` is asked about each one. */
const MEDIA_SELECTOR = 'img, picture, video, input[type=image], [data-forewarn]';
/** Never useful to the reader: executable, Forewarn's own UI, or styling Readability ignores
 *  (dropping styles keeps big pages' snapshots small). JSON-LD stays: Readability reads the
 *  byline and date from it, and in the reader's inert document it is only text. */
const DROP_SELECTOR =
  'script:not([type="application/ld+json"]), template, forewarn-cover, iframe, object, embed, base, style, link';

export interface DocumentSnapshot {
  html: string;
  url: string;
  title: string;
  lang: string;
  dir: string;
}

function unhide(el: Element): void {
  el.removeAttribute('aria-hidden');
  el.removeAttribute('hidden');
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return;
  for (const property of ['display', 'visibility', 'opacity']) style.removeProperty(property);
}

export function snapshotDocumentForReader(
  doc: Document,
  describe: (el: Element) => MediaMark | undefined,
): DocumentSnapshot {
  const root = doc.documentElement;
  const originals = root.querySelectorAll(MEDIA_SELECTOR);
  const clone = root.cloneNode(true) as Element;
  // A page could forge verdicts by writing our attributes itself: strip them before marking.
  const forged = clone.querySelectorAll(VERDICT_ATTRS.map((a) => `[${a}]`).join(','));
  for (const el of forged) for (const a of VERDICT_ATTRS) el.removeAttribute(a);
  // cloneNode keeps document order, so the n-th match in the clone is the n-th original.
  const copies = clone.querySelectorAll(MEDIA_SELECTOR);
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const mark = describe(original);
    // A cover hides its picture (aria-hidden, inline visibility/opacity); Readability would take
    // that for a hidden node and drop the picture from the article, cover and all. The reader
    // covers it again itself.
    if (mark?.state !== 'safe') unhide(copy);
    if (!mark) return; // no attribute: the reader fails closed and covers it
    copy.setAttribute(VERDICT_ATTR, mark.state);
    copy.setAttribute(CATEGORIES_ATTR, mark.categories.join(' '));
    if (mark.reason) copy.setAttribute(REASON_ATTR, mark.reason);
  });
  for (const el of clone.querySelectorAll(DROP_SELECTOR)) el.remove();
  // Relative URLs must keep resolving against the page once the HTML is parsed elsewhere.
  const base = doc.createElement('base');
  base.setAttribute('href', doc.baseURI);
  const head = clone.querySelector('head');
  if (head) head.prepend(base);
  return {
    html: `<!DOCTYPE html>${clone.outerHTML}`,
    url: doc.URL,
    title: doc.title,
    lang: root.getAttribute('lang') ?? '',
    dir: root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '',
  };
}
