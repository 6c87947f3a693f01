import { browser } from 'wxt/browser';
import type { EffectiveSettings } from './effective-settings';
import { resolveEffectiveSettings } from './resolve-effective-settings';
import { readGlobalRecord, readSiteRecord } from './read-stored-settings';
import { GLOBAL_KEY, SETTINGS_VERSION, storageKeyForSite, storedVersionOf } from './settings-keys';
import { DEFAULT_GLOBAL_SETTINGS } from './settings-values';
import { siteKey, siteKeyChain } from './site-key';

// The settings one page needs: the global record and its site's chain of entries, read and
// parsed. Content scripts import only this, so every frame of every page does not carry the
// migrations, the sync code or the schema library (read-stored-settings.ts reads as the schemas
// do): an old record is brought up to date by whoever `migrate` asks (the background, for a
// content script; settings-store.ts's migration, everywhere else).

const local = () => browser.storage.local;

/** Brings stored settings to the current version; resolves when they have been rewritten. */
export type MigrateSettings = () => Promise<unknown>;

/** The storage keys a page's settings live under: the global record, then its sites, nearest first. */
export function keysFor(hostname: string): string[] {
  const key = siteKey(hostname);
  const siteKeys = key ? siteKeyChain(key).map(storageKeyForSite) : [];
  return [GLOBAL_KEY, ...siteKeys];
}

/**
 * Reads `keys` (or takes `firstRead`, a read of them already asked for, other keys with them); a
 * record from an older version is migrated first, then read again.
 */
export async function readCurrentSettings(keys: string[], migrate: MigrateSettings, firstRead?: Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  let stored = await (firstRead ?? local().get(keys));
  // Older than this build: migrate (a version no step carries stays as it is and reads as defaults).
  const version = storedVersionOf(stored[GLOBAL_KEY]);
  if (version !== null && version < SETTINGS_VERSION) {
    // Unreachable migrator (an extension being updated): the old record reads as the defaults.
    await migrate().catch(() => undefined);
    stored = await local().get(keys);
  }
  return stored;
}

/**
 * The settings for a page. `hostname` may be `location.hostname`, a host with port, or a whole
 * URL (a file: URL gives the local-files entry). Something that names no site gets defaults.
 * `firstRead`: a read of keysFor(hostname) already asked for (readCurrentSettings).
 */
export async function loadPageSettings(hostname: string, migrate: MigrateSettings, firstRead?: Promise<Record<string, unknown>>): Promise<EffectiveSettings> {
  const keys = keysFor(hostname);
  const stored = await readCurrentSettings(keys, migrate, firstRead);
  // No record yet, or one out of shape (settings-store.ts keeps that aside before it writes
  // again): the defaults.
  const global = readGlobalRecord(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
  return resolveEffectiveSettings(global, keys.slice(1).map((k) => readSiteRecord(stored[k])));
}

/**
 * Calls `onChange` with freshly read and parsed settings whenever a stored value that affects
 * this page changes. Returns the function that stops watching.
 */
export function watchPageSettings(
  hostname: string,
  onChange: (settings: EffectiveSettings) => void,
  migrate: MigrateSettings,
): () => void {
  const keys = keysFor(hostname);
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (stopped || area !== 'local') return;
    if (!Object.keys(changes).some((k) => keys.includes(k))) return;
    void loadPageSettings(hostname, migrate).then((settings) => {
      if (!stopped) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
