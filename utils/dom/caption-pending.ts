// A figure whose caption element is there but still empty is being filled in by a script (a
// gallery writing the slide's caption, a live-blog card rendering). Its picture is held until
// the text arrives or a short wait runs out, so it is not shown and then covered.

const CAPTION_DEPTH = 3;
const MAX_CHILDREN = 8;
const EMPTY_CAPTION = 'figcaption, [class*="caption" i]';

export function isCaptionPending(media: Element): boolean {
  let node: Element | null = media.parentElement;
  for (let depth = 0; node && depth < CAPTION_DEPTH; depth++, node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'body' || tag === 'article' || tag === 'main') return false;
    let seen = 0;
    for (let child = node.firstElementChild; child && seen < MAX_CHILDREN; child = child.nextElementSibling, seen++) {
      if (child === media || child.contains(media)) continue;
      if (child.matches(EMPTY_CAPTION)) return !child.textContent?.trim();
    }
    if (tag === 'figure') return false;
  }
  return false;
}
