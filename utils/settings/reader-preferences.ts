import { z } from 'zod';

// How the reading view looks. Shared with the reader page, which imports this schema and
// never defines its own copy; the settings store keeps one stored value of this shape.

export const READER_THEMES = ['system', 'light', 'dark', 'sepia', 'high-contrast'] as const;
export const READER_FONTS = ['system-serif', 'system-sans', 'atkinson', 'opendyslexic'] as const;

export const ReaderPreferences = z.object({
  theme: z.enum(READER_THEMES).default('system'),
  font: z.enum(READER_FONTS).default('system-serif'),
  /** Body text size in CSS pixels. */
  fontSize: z.number().int().min(12).max(40).default(19),
  /** Unitless line height. */
  lineHeight: z.number().min(1).max(2.6).default(1.6),
  /** Measure of the text column, in characters (ch). */
  contentWidth: z.number().int().min(30).max(120).default(68),
  /** Fold passages that describe violence in detail behind a "show passage" control. */
  foldGraphicPassages: z.boolean().default(false),
});
export type ReaderPreferences = z.infer<typeof ReaderPreferences>;

export const DEFAULT_READER_PREFERENCES: ReaderPreferences = ReaderPreferences.parse({});
