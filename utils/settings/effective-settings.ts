import type { Category, Sensitivity } from '../detection/detection-types';

/** detect: classify each image · cover-all: cover every image · off: leave the page alone. */
export type SiteMode = 'detect' | 'cover-all' | 'off';
/** How a revealed image is shown: as it is, in greyscale, or dimmed. */
export type RevealStyle = 'full' | 'greyscale' | 'dimmed';

/** The settings that apply to one page: global defaults merged with its site's entry. */
export interface EffectiveSettings {
  mode: SiteMode;
  sensitivity: Sensitivity;
  categories: Category[];
  revealStyle: RevealStyle;
  autoOpenReader: boolean;
}
