import type { ImageTextContext } from '../detection/detection-types';
import { hasAtMostChildren } from './element-children';
import { lazy } from '../lazy-regexp';
import { urlFileName } from './url-file-name';
import { clipText } from './clip-text';

// CSS background pictures: which candidates really paint one, and the text an element with a
// background carries inside itself (a hero with its headline, a slide with its caption), which
// gatherImageContext does not read because an <img> has no children.

const URL_IN_CSS = lazy(() => /url\(\s*(['"]?)(.*?)\1\s*\)/);
const INNER_CAPTION = 'figcaption, [class*="caption" i], [class*="legend" i], [class*="title" i], h1, h2, h3, h4, p';
const INNER_TEXT_CAP = 400;

/** The first picture URL of a computed `background-image`, or undefined for none/gradients only. */
export function backgroundUrl(computed: string): string | undefined {
  const match = URL_IN_CSS().exec(computed);
  return match?.[2] || undefined;
}

/**
 * Reads the background picture of each element in one style pass. The hold sizes a candidate's
 * background to nothing and leaves background-image as the page wrote it, so the read needs no
 * exemption. Writing one to each element and taking it off again invalidated every candidate's
 * style twice (~5 ms over a gallery's 120 candidates, measured in Chromium).
 */
export function probeBackgrounds(elements: readonly Element[], win: Window): (string | undefined)[] {
  return elements.map((el) => backgroundUrl(win.getComputedStyle(el).backgroundImage) ?? contentPictureUrl(el, win));
}

const PICTURE_FILE = lazy(() => /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)(?:[?#]|$)/i);

/**
 * A picture an element shows otherwise than as its background (issue 16.8): an <object>'s picture
 * file, an <svg>'s first <image>, or, in a figure, a ::before/::after `content: url()`.
 */
function contentPictureUrl(el: Element, win: Window): string | undefined {
  const tag = el.localName;
  if (tag === 'object') {
    const data = el.getAttribute('data');
    const type = el.getAttribute('type') ?? '';
    return data && (type.startsWith('image/') || PICTURE_FILE().test(data)) ? absolute(data, el) : undefined;
  }
  if (tag === 'svg') {
    const image = el.querySelector('image');
    const href = image?.getAttribute('href') ?? image?.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    return href ? absolute(href, el) : undefined;
  }
  // Two more style reads: only where a caption makes a picture likely.
  if (!el.closest('figure')) return undefined;
  for (const pseudo of ['::before', '::after']) {
    const url = backgroundUrl(win.getComputedStyle(el, pseudo).content);
    if (url) return url;
  }
  return undefined;
}

function absolute(url: string, el: Element): string {
  try {
    return new URL(url, el.baseURI).href;
  } catch {
    return url;
  }
}

/** Adds the element's own inner caption and its picture's file name to its gathered context. */
export function withInnerText(context: ImageTextContext, el: Element, url: string): ImageTextContext {
  let caption = context.caption;
  // The first caption-like child; the whole text only of a small element (bounded work).
  const source = el.querySelector(INNER_CAPTION) ?? (hasAtMostChildren(el, 3) ? el : null);
  const text = clipText(source?.textContent, INNER_TEXT_CAP);
  if (text) caption = caption ? `${text} · ${caption}` : text;
  let fileName = context.fileName;
  if (!fileName && !url.startsWith('data:')) fileName = urlFileName(url);
  return { ...context, caption, fileName };
}
