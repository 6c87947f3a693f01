import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { CATEGORIES, SENSITIVITIES } from '../detection/detection-types';
import { REVEAL_STYLE_CHOICES, SITE_MODES } from './settings-values';

// The zod schemas are the single source of truth for these types (see settings-schema.ts).
// zod/mini: this module reaches the content script, where classic zod would cost ~18 KB gzipped.

/** detect: classify each image · cover-all: cover every image · off: leave the page alone. */
export const SiteMode = lazySchema(() => z.enum(SITE_MODES));
export type SiteMode = z.infer<typeof SiteMode>;
/** How a revealed image is shown: as it is, in greyscale, or dimmed. */
export const RevealStyle = lazySchema(() => z.enum(REVEAL_STYLE_CHOICES));
export type RevealStyle = z.infer<typeof RevealStyle>;

export const SensitivitySchema = lazySchema(() => z.enum(SENSITIVITIES));
export const CategorySchema = lazySchema(() => z.enum(CATEGORIES));

/** The settings that apply to one page: global defaults merged with its site's entry. */
export const EffectiveSettings = lazySchema(() =>
  z.object({
    mode: SiteMode,
    sensitivity: SensitivitySchema,
    categories: z.array(CategorySchema),
    revealStyle: RevealStyle,
    autoOpenReader: z.boolean(),
  }),
);
export type EffectiveSettings = z.infer<typeof EffectiveSettings>;
