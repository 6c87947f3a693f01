import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { CATEGORIES } from '../detection/detection-types';
import { CategorySchema, RevealStyle, SensitivitySchema, SiteMode } from './effective-settings';
import { DEFAULT_READER_PREFERENCES, ReaderPreferences } from './reader-preferences';

// The stored shape of the settings, version by version. Everything read from storage, from an
// import file or from sync goes through these schemas; types are inferred from them.

/** Bump with a migration in migrate-settings.ts and a stored example in tests/fixtures/settings. */
export const SETTINGS_VERSION = 3;

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

/** What GlobalSettings.parse({ version }) gives (a unit test holds them equal); written out so
 * that nothing is parsed while the content script is evaluated. */
export const DEFAULT_GLOBAL_SETTINGS: GlobalSettings = {
  version: SETTINGS_VERSION,
  sensitivity: 'balanced',
  categories: [...CATEGORIES],
  revealStyle: 'full',
  reader: DEFAULT_READER_PREFERENCES,
  siteListOnDeviceOnly: false,
  updatedAt: 0,
};

/** Storage keys. Site entries live one per key so a page reads only its own few keys. */
export const GLOBAL_KEY = 'settings';
export const SITE_KEY_PREFIX = 'site:';
/** Values that failed to parse and were moved aside before being overwritten. */
export const KEPT_KEY_PREFIX = 'kept:';
/** The untouched record of an older version, saved before a migration rewrote it. */
export const BACKUP_KEY_PREFIX = 'backup:';
/** Last problem met while copying settings to sync storage (local only). */
export const SYNC_STATUS_KEY = 'sync-status';

export function storageKeyForSite(siteKey: string): string {
  return SITE_KEY_PREFIX + siteKey;
}

/** The version a stored global record says it has (null: none, or not a record). */
export function storedVersionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = (raw as { version?: unknown }).version;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}
