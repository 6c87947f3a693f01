// Which pictures the page itself had loaded when the reading view was asked for. The reader
// fetches no other: a picture the page never loaded (a lazy `data-src` never swapped in, a URL
// the page's own img-src policy refused) would tell its server something the page never did.
// Runs in the snapshot script injected into the page; takes the document so tests can pass their own.

/**
 * Resource-timing initiators of picture requests, the ones the page's img-src governs: <img> and
 * <picture>, SVG <image>, CSS images, image buttons. Not fetch/XHR (connect-src) or <link>.
 */
const PICTURE_INITIATORS = new Set(['img', 'image', 'css', 'input']);

/** A URL as the reader compares it: absolute, without its fragment (never sent to a server). */
export function comparableUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function picturesPageLoaded(doc: Document): string[] {
  const loaded = new Set<string>();
  const refused = new Set<string>();
  for (const img of Array.from(doc.images)) {
    const url = img.currentSrc;
    if (!url || !img.complete || !/^https?:/.test(url)) continue;
    // Decoded, so fetched and allowed; done without a size, it was refused or broken.
    (img.naturalWidth > 0 ? loaded : refused).add(comparableUrl(url));
  }
  // Backgrounds, and pictures since removed from the page, are known only to resource timing.
  // Chromium lists a request the page's policy refused too, with no time spent on it: only
  // entries that took time count (duration is exposed even for other origins).
  const performance = doc.defaultView?.performance;
  if (typeof performance?.getEntriesByType === 'function') {
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      if (!PICTURE_INITIATORS.has(entry.initiatorType) || entry.duration <= 0 || !/^https?:/.test(entry.name)) continue;
      const url = comparableUrl(entry.name);
      if (!refused.has(url)) loaded.add(url);
    }
  }
  return [...loaded];
}
