/** Characters kept of a text that is not the picture's own words (a credit, a background's inner text). */
const TEXT_CAP = 400;

/**
 * The first `cap` characters of a page's text with its runs of whitespace made one space, or
 * undefined for none. Reads at most twice `cap` characters: a page's text can be a whole article.
 */
export function clipText(text: string | null | undefined, cap = TEXT_CAP): string | undefined {
  if (!text) return undefined;
  const squeezed = text.slice(0, cap * 2).replace(/\s+/g, ' ').trim();
  return squeezed ? squeezed.slice(0, cap) : undefined;
}
