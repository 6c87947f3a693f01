// Where the settings live in storage and which version a stored record says it is. Apart from
// the schemas (settings-schema.ts) so that the content script, which reads a page's few keys,
// does not carry the schema library.

/** Bump with a migration in migrate-settings.ts and a stored example in tests/fixtures/settings. */
export const SETTINGS_VERSION = 3;

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
