// Which elements can show a picture. Kept in one place because three things must agree: the
// manifest hold stylesheet (entrypoints/content/hold-media.css), the sheet adopted into shadow
// roots (hold-sheet.ts) and the guard's discovery (page-watcher.ts). A unit test checks the CSS.

/** Elements that are pictures themselves. */
export const MEDIA_SELECTOR = 'img, video, input[type="image"]';

/**
 * Elements that may paint a CSS background picture. Knowing which elements really have one
 * needs resolved styles, which the stylesheet cannot wait for and the guard cannot afford on
 * every element; so these candidates (inline background styles, lazy-background attributes,
 * role="img" and picture-ish class names, the usual homes of hero and gallery backgrounds) have
 * their background held until the guard has looked, and everything else is never touched.
 */
export const BACKGROUND_SELECTOR = [
  '[role="img"]',
  '[style*="background" i]',
  '[data-bg]',
  '[data-background]',
  '[data-background-image]',
  '[data-bgset]',
  '[class*="image" i]',
  '[class*="img" i]',
  '[class*="photo" i]',
  '[class*="pic" i]',
  '[class*="hero" i]',
  '[class*="thumb" i]',
  '[class*="slide" i]',
  '[class*="visual" i]',
  '[class*="bg" i]',
  '[class*="background" i]',
  // In a figure (issue 16.8): a plain <div> painted by a stylesheet background or a ::before
  // picture, an <object> showing a picture file, an <svg> drawing one with <image>.
  'figure div',
  'figure object',
  'figure svg',
].join(', ');

/**
 * Candidates held beyond their background until decided (hold-media.css, hold-sheet.ts): an
 * <object>, an <svg>'s images, a figure <div>'s ::before/::after. One that turns out to show no
 * picture is released as safe.
 */
export function holdsContent(el: Element): boolean {
  const tag = el.localName;
  return tag === 'object' || tag === 'svg' || (tag === 'div' && el.closest('figure') !== null);
}

/** Everything the guard discovers in an added subtree. */
export const DISCOVERY_SELECTOR = `${MEDIA_SELECTOR}, ${BACKGROUND_SELECTOR}`;
