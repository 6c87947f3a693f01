/** The attributes that decide which picture an element shows; a change means a new decision. */
export const SOURCE_ATTRIBUTES = [
  'src',
  'srcset',
  'poster',
  'data-src',
  'data-srcset',
  'data-lazy-src',
  'data-original',
] as const;

const SOURCE_CHILD_ATTRIBUTES = ['src', 'srcset', 'media', 'type'] as const;
const MAX_SOURCES = 12;

/**
 * What an element shows: its own source attributes and, for an <img> in a <picture> or a
 * <video>, those of its <source> children (a swap there is a new picture too).
 */
export function mediaSignature(media: Element): string {
  let signature = '';
  for (const name of SOURCE_ATTRIBUTES) signature += `${media.getAttribute(name) ?? ''}\u0001`;
  const parent = media.parentElement;
  const owner = media.localName === 'video' ? media : parent?.localName === 'picture' ? parent : null;
  if (owner) {
    let n = 0;
    for (let child = owner.firstElementChild; child && n < MAX_SOURCES; child = child.nextElementSibling) {
      if (child.localName !== 'source') continue;
      n++;
      for (const name of SOURCE_CHILD_ATTRIBUTES) signature += `${child.getAttribute(name) ?? ''}\u0002`;
    }
  }
  return signature;
}
