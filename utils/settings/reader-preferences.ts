import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { READER_FONTS, READER_THEMES } from './settings-values';

// How the reading view looks. Shared with the reader page, which imports this schema and
// never defines its own copy; the settings store keeps one stored value of this shape.

export { DEFAULT_READER_PREFERENCES, READER_FONTS, READER_THEMES } from './settings-values';

export const ReaderPreferences = lazySchema(() =>
  z.object({
    theme: z._default(z.enum(READER_THEMES), 'system'),
    font: z._default(z.enum(READER_FONTS), 'system-serif'),
    /** Body text size in CSS pixels. */
    fontSize: z._default(z.int().check(z.minimum(12), z.maximum(40)), 19),
    /** Unitless line height. */
    lineHeight: z._default(z.number().check(z.minimum(1), z.maximum(2.6)), 1.6),
    /** Measure of the text column, in characters (ch). */
    contentWidth: z._default(z.int().check(z.minimum(30), z.maximum(120)), 68),
    /** Fold passages that describe violence in detail behind a "show passage" control. */
    foldGraphicPassages: z._default(z.boolean(), false),
  }),
);
export type ReaderPreferences = z.infer<typeof ReaderPreferences>;
