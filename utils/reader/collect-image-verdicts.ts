import { imageUrlsOf } from './image-urls-of';
import { markedVerdict, type MarkedVerdict } from './image-verdict';
import { REF_ATTR, type SnapshotMark } from './media-mark';
import { comparableUrl } from './pictures-page-loaded';

// Verdicts must follow pictures through Readability, which rewrites and replaces <img> elements.
// Before it runs, every URL a referenced element could show is recorded with that element's
// verdict. The verdicts come only from the snapshot's list: attributes in the HTML are the page's.

export type VerdictsByUrl = Map<string, MarkedVerdict[]>;

/** The snapshot's marks by reference (only those the reader can use). */
export function marksByRef(marks: readonly SnapshotMark[]): Map<string, SnapshotMark> {
  return new Map(marks.map((mark) => [mark.ref, mark]));
}

export function collectImageVerdicts(doc: Document, marks: ReadonlyMap<string, SnapshotMark>): VerdictsByUrl {
  // <noscript> content was never an element on the live page, so nothing in it was checked.
  for (const el of Array.from(doc.querySelectorAll(`noscript [${REF_ATTR}]`))) el.removeAttribute(REF_ATTR);
  const byUrl: VerdictsByUrl = new Map();
  for (const el of Array.from(doc.querySelectorAll(`[${REF_ATTR}]`))) {
    const mark = marks.get(el.getAttribute(REF_ATTR) ?? '');
    if (!mark) continue;
    const verdict = markedVerdict(mark);
    if (!verdict) continue;
    const urls = urlsShownBy(el, doc.baseURI);
    if (mark.shown) urls.push(comparableUrl(mark.shown));
    for (const url of new Set(urls)) {
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
  const members = picture ? [picture, ...Array.from(picture.querySelectorAll('img, source'))] : [el];
  if (!members.includes(el)) members.push(el);
  return members.flatMap((m) => imageUrlsOf(m, baseUrl)).map(comparableUrl);
}
