// How much of the text around a picture detection reads. The page reader (gather-image-context.ts)
// gathers no more than this, and the first pass (trigger-words.ts) reads what the full reading
// reads, so that the eval's corpus contexts, copied whole, are read as the extension reads a page.

/**
 * The shortest paragraph the page reader takes as the text before or after a picture: a shorter
 * one is a label or a dateline, and it reads on to the next (gather-image-context.ts).
 */
export const MIN_NEARBY_PARAGRAPH = 40;
/** Characters of nearby text read per side: the end of the paragraph before, the start of the one after. */
export const NEARBY_CAP = 400;
/** Further characters read to end the sentence the cap falls in. */
export const SENTENCE_TAIL = 200;
/**
 * What is kept of the paragraph after a picture: the cap, the sentence it falls in, and a sentence
 * there that points at the picture.
 */
export const AFTER_CAP = NEARBY_CAP + SENTENCE_TAIL;
