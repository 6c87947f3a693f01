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

export function mediaSignature(media: Element): string {
  let signature = '';
  for (const name of SOURCE_ATTRIBUTES) signature += `${media.getAttribute(name) ?? ''}\u0001`;
  return signature;
}

/** The best URL to draw blurred inside the cover, or undefined when there is none yet. */
export function pictureUrl(media: Element): string | undefined {
  if (media instanceof HTMLImageElement) return media.currentSrc || media.src || undefined;
  if (media instanceof HTMLVideoElement) return media.poster || undefined;
  if (media instanceof HTMLInputElement) return media.src || undefined;
  return undefined;
}
