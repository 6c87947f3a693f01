import type { RevealStyle } from './effective-settings';
import { REVEAL_STYLE_CHOICES } from './settings-values';

// "How revealed pictures are shown", as a CSS filter: the same look for a picture revealed on the
// page and one revealed in the reading view (the reader sets it as --fw-reveal-filter).
const REVEAL_FILTERS: Record<RevealStyle, string> = {
  full: 'none',
  greyscale: 'grayscale(1)',
  dimmed: 'grayscale(0.4) brightness(0.6)',
};

export const REVEAL_STYLES: readonly RevealStyle[] = REVEAL_STYLE_CHOICES;

/** The filter for a style; 'none' for pictures shown as they are. */
export function revealFilter(style: RevealStyle): string {
  return REVEAL_FILTERS[style];
}
