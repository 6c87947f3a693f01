// Every URL an element could end up showing. Readability's lazy-image fix copies any attribute
// whose value looks like an image URL into src/srcset, and its <noscript> unwrapping keeps the old
// values under data-old-*, so all of them count, not only src.

const URL_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data-src', 'data-srcset']);
const IMAGE_URL = /\.(jpe?g|png|webp|gif|avif|svg|bmp)(?:[?#\s,]|$)/i;

/** The URLs of a `srcset` value ("a.jpg 1x, b.jpg 2x" → ["a.jpg", "b.jpg"]), per the HTML rules. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    // A URL may contain commas; trailing ones end the candidate without descriptors.
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      while (i < srcset.length && srcset[i] !== ',') i++;
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Absolute URLs found on the element's attributes, without duplicates. */
export function imageUrlsOf(el: Element, baseUrl: string): string[] {
  const found = new Set<string>();
  for (const attr of Array.from(el.attributes)) {
    const value = attr.value.trim();
    if (!value || value.startsWith('data:')) continue;
    const name = attr.name.toLowerCase();
    const named = URL_ATTRIBUTES.has(name) || /^data-.*src(set)?$/.test(name);
    if (!named && !IMAGE_URL.test(value)) continue;
    const candidates = name.endsWith('srcset') || /\s\d+[wx]\b/.test(value) ? srcsetUrls(value) : [value];
    for (const candidate of candidates) {
      const absolute = absoluteUrl(candidate, baseUrl);
      if (absolute) found.add(absolute);
    }
  }
  return [...found];
}

export function absoluteUrl(value: string, baseUrl: string): string | null {
  try {
    return new URL(value, baseUrl).href;
  } catch {
    return null;
  }
}
