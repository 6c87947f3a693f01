import type { RevealStyle } from './effective-settings';

// "How revealed pictures are shown", as a CSS filter: the same look for a picture revealed on the
// page and one revealed in the reading view (the reader sets it as --fw-reveal-filter).
// utils/dom/media-guard.ts holds the same values for pages; keep the two equal.
const REVEAL_FILTERS: Record<RevealStyle, string> = {
  full: 'none',
  greyscale: 'grayscale(1)',
  dimmed: 'grayscale(0.4) brightness(0.6)',
};

export function revealFilter(style: RevealStyle): string {
  return REVEAL_FILTERS[style];
}
