/**
 * While the parser is still writing the page, an image's caption and the paragraph after it may
 * not exist yet. An image's context is settled once the parser has moved past its figure (or its
 * parent block): then some node follows that container or one of its ancestors.
 */
const MAX_LEVELS = 8;

export function isContextSettled(media: Element, doc: Document): boolean {
  if (doc.readyState !== 'loading') return true;
  let node: Element | null = media.closest('figure') ?? media.parentElement;
  for (let level = 0; node && node !== doc.body && level < MAX_LEVELS; level++) {
    if (node.nextSibling) return true;
    node = node.parentElement;
  }
  return false;
}
