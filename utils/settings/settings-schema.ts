import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { CATEGORIES } from '../detection/detection-types';
import { CategorySchema, RevealStyle, SensitivitySchema, SiteMode } from './effective-settings';
import { ReaderPreferences } from './reader-preferences';
import { DEFAULT_READER_PREFERENCES } from './settings-values';
import { SETTINGS_VERSION } from './settings-keys';

export { DEFAULT_GLOBAL_SETTINGS } from './settings-values';
export {
  BACKUP_KEY_PREFIX,
  GLOBAL_KEY,
  KEPT_KEY_PREFIX,
  SETTINGS_VERSION,
  SITE_KEY_PREFIX,
  SYNC_STATUS_KEY,
  storageKeyForSite,
  storedVersionOf,
} from './settings-keys';

// The stored shape of the settings, version by version. Everything read from storage, from an
// import file or from sync goes through these schemas; types are inferred from them.

/** Reader-wide defaults; stored under one key. */
export const GlobalSettings = lazySchema(() =>
  z.object({
    version: z.literal(SETTINGS_VERSION),
    sensitivity: z._default(SensitivitySchema, 'balanced'),
    /** Categories that get covered; an image only in unlisted categories is left alone. */
    categories: z._default(z.array(CategorySchema), [...CATEGORIES]),
    revealStyle: z._default(RevealStyle, 'full'),
    reader: z._default(ReaderPreferences, DEFAULT_READER_PREFERENCES),
    /**
     * Keep the site list out of the browser's sync storage (and remove what is there). Travels
     * with the other defaults, so every device of the account honours it (version 3).
     */
    siteListOnDeviceOnly: z._default(z.boolean(), false),
    /** When the reader last changed these; the newer copy wins between devices. */
    updatedAt: z._default(z.int().check(z.nonnegative()), 0),
  }),
);
export type GlobalSettings = z.infer<typeof GlobalSettings>;

/**
 * One site's choices. Every field is optional: an absent field falls back to a parent domain's
 * entry, then to the global default. `updatedAt` decides which copy wins between devices.
 */
export const SiteEntry = lazySchema(() =>
  z.object({
    mode: z.optional(SiteMode),
    sensitivity: z.optional(SensitivitySchema),
    autoOpenReader: z.optional(z.boolean()),
    updatedAt: z._default(z.int().check(z.nonnegative()), 0),
  }),
);
export type SiteEntry = z.infer<typeof SiteEntry>;
