import { browser } from 'wxt/browser';
import {
  BACKUP_KEY_PREFIX,
  DEFAULT_GLOBAL_SETTINGS,
  GLOBAL_KEY,
  GlobalSettings,
  KEPT_KEY_PREFIX,
  SITE_KEY_PREFIX,
  SYNC_STATUS_KEY,
  SiteEntry,
} from './settings-schema';

// The settings' share of browser.storage: which keys are theirs, reading only those, and parsing
// what is read. settings-store.ts and settings-sync.ts build on it; nothing else imports it.

export const local = () => browser.storage.local;
export const sync = () => browser.storage.sync;

/** Whether a storage.local key belongs to the settings (every other key belongs to someone else). */
export function isSettingsKey(key: string): boolean {
  return (
    key === GLOBAL_KEY ||
    key === SYNC_STATUS_KEY ||
    key.startsWith(SITE_KEY_PREFIX) ||
    key.startsWith(KEPT_KEY_PREFIX) ||
    key.startsWith(BACKUP_KEY_PREFIX)
  );
}

export const isSiteStorageKey = (key: string) => key.startsWith(SITE_KEY_PREFIX);

/**
 * The stored settings values whose keys pass `wanted` (all settings keys by default).
 * getKeys (Chrome 130+, Firefox 142+) lists names without values, so only the wanted values are
 * read. Browsers without it (Firefox ESR 140, Safari) can only list by reading everything; there
 * the other modules' values are read once and dropped at once.
 */
export async function readSettingsKeys(wanted: (key: string) => boolean = isSettingsKey): Promise<Record<string, unknown>> {
  const area = local();
  const accept = (key: string) => isSettingsKey(key) && wanted(key);
  let found: Record<string, unknown>;
  if (typeof area.getKeys === 'function') {
    const keys = (await area.getKeys()).filter(accept);
    found = keys.length > 0 ? await area.get(keys) : {};
  } else {
    found = await area.get(null);
  }
  // A key removed between listing and reading is simply absent, not an unreadable value.
  return Object.fromEntries(Object.entries(found).filter(([key, value]) => value !== undefined && accept(key)));
}

export function parseGlobal(raw: unknown): GlobalSettings | null {
  if (raw === undefined || raw === null) return DEFAULT_GLOBAL_SETTINGS;
  const result = GlobalSettings.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * A removed site stays as a tombstone ({updatedAt} and no choice) so the removal reaches other
 * devices through sync instead of coming back from them; tombstones are not shown or exported.
 */
export const TOMBSTONE_DAYS = 60;
export const isTombstone = (entry: SiteEntry) =>
  entry.mode === undefined && entry.sensitivity === undefined && entry.autoOpenReader === undefined;

export function parseSite(raw: unknown): SiteEntry | undefined {
  if (raw === undefined || raw === null) return undefined;
  const result = SiteEntry.safeParse(raw);
  return result.success ? result.data : undefined;
}
