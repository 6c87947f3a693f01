import { CATEGORIES } from '../detection/detection-types';
import type { ReaderPreferences } from './reader-preferences';
import { SETTINGS_VERSION } from './settings-keys';
import type { GlobalSettings } from './settings-schema';

// The values settings can take, and those of a reader who never changed one, written out (unit
// tests hold the defaults equal to what the schemas give for an empty record): the schemas are
// built from these lists, and the content script uses them without carrying a schema.

/** detect: classify each image · cover-all: cover every image · off: leave the page alone. */
export const SITE_MODES = ['detect', 'cover-all', 'off'] as const;
/** How a revealed image is shown: as it is, in greyscale, or dimmed. */
export const REVEAL_STYLE_CHOICES = ['full', 'greyscale', 'dimmed'] as const;
export const READER_THEMES = ['system', 'light', 'dark', 'sepia', 'high-contrast'] as const;
export const READER_FONTS = ['system-serif', 'system-sans', 'atkinson', 'opendyslexic'] as const;

/** What ReaderPreferences.parse({}) gives. */
export const DEFAULT_READER_PREFERENCES: ReaderPreferences = {
  theme: 'system',
  font: 'system-serif',
  fontSize: 19,
  lineHeight: 1.6,
  contentWidth: 68,
  foldGraphicPassages: false,
};

/** What GlobalSettings.parse({ version }) gives. */
export const DEFAULT_GLOBAL_SETTINGS: GlobalSettings = {
  version: SETTINGS_VERSION,
  sensitivity: 'balanced',
  categories: [...CATEGORIES],
  revealStyle: 'full',
  reader: DEFAULT_READER_PREFERENCES,
  siteListOnDeviceOnly: false,
  updatedAt: 0,
};
