import { OWN_ATTR_PREFIX, REF_ATTR, type MediaMark, type SnapshotMark } from './media-mark';
import { picturesPageLoaded } from './pictures-page-loaded';

// Runs in the page's top frame when the reader opens, injected there in the content script's
// world (entrypoints/reader-snapshot.ts, take-reader-snapshot.ts), so it stays small: no
// Readability here.
// The copy is what travels; the live page is never changed.

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
  /** Each media element's verdict, keyed by the reference written on its copy (media-mark.ts). */
  marks: SnapshotMark[];
  /** Pictures the page had loaded (absolute URLs): the only ones the reader may fetch. */
  loaded: string[];
}

function unhide(el: Element): void {
  el.removeAttribute('aria-hidden');
  el.removeAttribute('hidden');
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return;
  for (const property of ['display', 'visibility', 'opacity']) style.removeProperty(property);
}

const looksLikeOurs = (name: string) => name.toLowerCase().includes(OWN_ATTR_PREFIX);

/**
 * Removes every attribute named like Forewarn's own, whatever its case or namespace. Names are
 * read as strings first: touching each element's Attr nodes cost 35 ms on a 9,600-element page
 * (they are made on first access), the names 6 ms; Attr nodes are read only where one matches.
 */
function removeLookalikes(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    // Qualified names: what the serializer writes, with any prefix (xlink:data-fw-…).
    if (!el.getAttributeNames().some(looksLikeOurs)) continue;
    for (const attr of Array.from(el.attributes)) if (looksLikeOurs(attr.name)) el.removeAttributeNode(attr);
  }
}

/** 128 random bits as hex: the page cannot guess the references the reader will believe. */
function randomNonce(doc: Document): string {
  const crypto = doc.defaultView?.crypto ?? globalThis.crypto;
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(16).padStart(8, '0')).join('');
}

/** The picture an element showed on the page, if it had loaded one. */
function shownBy(el: Element): string | undefined {
  const img = el.localName === 'picture' ? el.querySelector('img') : el;
  if (!img || img.localName !== 'img') return undefined;
  const { currentSrc, complete, naturalWidth } = img as HTMLImageElement;
  return currentSrc && complete && naturalWidth > 0 && /^https?:/.test(currentSrc) ? currentSrc : undefined;
}

export function snapshotDocumentForReader(
  doc: Document,
  describe: (el: Element) => MediaMark | undefined,
  nonce = randomNonce(doc),
): DocumentSnapshot {
  const root = doc.documentElement;
  const originals = root.querySelectorAll(MEDIA_SELECTOR);
  // The copy goes into a document of its own, without a browsing context: there no custom element
  // of the page is constructed or told of attribute changes (it could read or move the
  // references), no picture is fetched, and nothing runs.
  const inert = doc.implementation.createHTMLDocument('');
  const clone = inert.importNode(root, true);
  removeLookalikes(clone);
  // The copy keeps document order, so the n-th match in it is the n-th original.
  const copies = clone.querySelectorAll(MEDIA_SELECTOR);
  const marks: SnapshotMark[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const mark = describe(original);
    // A cover hides its picture (aria-hidden, inline visibility/opacity); Readability would take
    // that for a hidden node and drop the picture from the article, cover and all. The reader
    // covers it again itself.
    if (mark?.state !== 'safe') unhide(copy);
    if (!mark) return; // no reference: the reader fails closed and covers it
    const ref = `${nonce}-${i}`;
    copy.setAttribute(REF_ATTR, ref);
    marks.push({ ref, state: mark.state, categories: mark.categories, reason: mark.reason, shown: shownBy(original) });
  });
  // <noscript> holds text on a page that runs scripts; the reader reads it as markup (lazy-image
  // fallbacks live there). The inert document would serialize it as escaped text, so it is parsed
  // here, where nothing loads, and cleaned like the rest. Nothing in it was ever judged.
  for (const noscript of Array.from(clone.querySelectorAll('noscript'))) {
    // Parsed through a <template>: markup there is always markup, whatever the document's scripting.
    const parsed = inert.createElement('template');
    parsed.innerHTML = noscript.textContent ?? '';
    noscript.replaceChildren(parsed.content);
    removeLookalikes(noscript);
  }
  for (const el of Array.from(clone.querySelectorAll(DROP_SELECTOR))) el.remove();
  // Relative URLs must keep resolving against the page once the HTML is parsed elsewhere.
  const base = inert.createElement('base');
  base.setAttribute('href', doc.baseURI);
  const head = clone.querySelector('head');
  if (head) head.prepend(base);
  return {
    html: `<!DOCTYPE html>${clone.outerHTML}`,
    url: doc.URL,
    title: doc.title,
    lang: root.getAttribute('lang') ?? '',
    dir: root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '',
    marks,
    loaded: picturesPageLoaded(doc),
  };
}
