import { imageUrlsOf } from './image-urls-of';
import { readMarkedVerdict, type MarkedVerdict } from './image-verdict';
import { VERDICT_ATTRS } from './media-mark';

// Verdicts must follow pictures through Readability, which rewrites and replaces <img> elements.
// Before it runs, every URL a marked element could show is recorded with that element's verdict.

export type VerdictsByUrl = Map<string, MarkedVerdict[]>;

export function collectImageVerdicts(doc: Document): VerdictsByUrl {
  // <noscript> text was never an element on the live page, so nothing in it was checked: any
  // verdict attributes there were written by the page itself.
  for (const el of doc.querySelectorAll(`noscript *`)) {
    for (const attr of VERDICT_ATTRS) el.removeAttribute(attr);
  }
  const byUrl: VerdictsByUrl = new Map();
  for (const el of doc.querySelectorAll(`[${VERDICT_ATTRS[0]}]`)) {
    const verdict = readMarkedVerdict(el);
    if (!verdict) continue;
    for (const url of urlsShownBy(el, doc.baseURI)) {
      const list = byUrl.get(url) ?? [];
      list.push(verdict);
      byUrl.set(url, list);
    }
  }
  return byUrl;
}

/** The element's URLs plus those of the <picture> it belongs to (sources share one verdict). */
function urlsShownBy(el: Element, baseUrl: string): string[] {
  const picture = el.localName === 'picture' ? el : el.closest('picture');
  const members = picture ? [picture, ...picture.querySelectorAll('img, source')] : [el];
  if (!members.includes(el)) members.push(el);
  return members.flatMap((m) => imageUrlsOf(m, baseUrl));
}
