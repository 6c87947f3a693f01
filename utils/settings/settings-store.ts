import { browser } from 'wxt/browser';
import type { EffectiveSettings, SiteMode } from './effective-settings';
import { KeptValue } from './kept-value';
import { needsMigration, planMigration, type MigrationPlan } from './migrate-settings';
import { siteSettingSources } from './resolve-effective-settings';
import { keysFor, loadPageSettings, readCurrentSettings, watchPageSettings } from './page-settings';
import { buildSettingsFile, type SettingsFile } from './settings-transfer';
import {
  DEFAULT_GLOBAL_SETTINGS,
  GLOBAL_KEY,
  GlobalSettings,
  KEPT_KEY_PREFIX,
  SETTINGS_VERSION,
  SITE_KEY_PREFIX,
  SiteEntry,
  storageKeyForSite,
} from './settings-schema';
import {
  isSettingsKey,
  isSiteStorageKey,
  isTombstone,
  local,
  parseGlobal,
  parseSite,
  readSettingsKeys,
} from './settings-storage-area';
import { mirrorToSync, pullFromSync, writeSync } from './settings-sync';
import { siteKey } from './site-key';

export { getSyncReport, pullFromSync, resyncSettings, type SyncReport } from './settings-sync';

// What the rest of the extension calls to read and write settings. With settings-sync.ts and
// settings-storage-area.ts beneath it, it is the only code that touches browser.storage for them.
// - storage.local is the source of truth: the global record under "settings", one key per site
//   ("site:example.com") so a page reads only its own few keys, and thousands of sites fit.
// - storage.sync carries the global record and as many sites as its quota allows (see
//   sync-shards.ts); when it is full or fails, settings keep working on this device and the
//   options page says how many sites are not synced.
// - Every value read is parsed. A value that fails to parse is never overwritten before it has
//   been moved aside under "kept:<key>", and the options page lists it.
// - storage.local is shared: the detection lexicons live there too ("lexicon:v1:en", about
//   250 KB in all). Nothing here reads the whole area: paths that need every site list the key
//   names first and read only settings keys, so other modules' keys are never read, listed as
//   problems, exported, moved aside or removed.

// ---------------------------------------------------------------- migrations

let migrating: Promise<MigrationPlan> | null = null;

/**
 * Brings stored settings to the current version (the background calls this on install and
 * update; reads call it when they meet an old record). Safe to call repeatedly.
 */
export function migrateStoredSettings(now = Date.now()): Promise<MigrationPlan> {
  migrating ??= (async () => {
    // The global record's version decides whether anything is to be done; only then are all
    // the settings read (the background calls this at every start-up, with thousands of sites).
    const head = await local().get(GLOBAL_KEY);
    const snapshot = needsMigration(head[GLOBAL_KEY]) ? await readSettingsKeys() : head;
    const plan = planMigration(snapshot, now);
    if (Object.keys(plan.set).length > 0) await local().set(plan.set);
    if (plan.remove.length > 0) await local().remove(plan.remove);
    if (plan.from !== null && plan.from < SETTINGS_VERSION && Object.keys(plan.set).length > 0) {
      await mirrorToSync(null);
    }
    return plan;
  })().finally(() => {
    migrating = null;
  });
  return migrating;
}

const readLocal = (keys: string[]) => readCurrentSettings(keys, migrateStoredSettings);

// ---------------------------------------------------------------- reading

/** The global settings in force; an unreadable record gives defaults but stays stored. */
export async function loadGlobalSettings(): Promise<GlobalSettings> {
  const stored = await readLocal([GLOBAL_KEY]);
  return parseGlobal(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
}

/** The settings for a page (see page-settings.ts); an old record is migrated here first. */
export function loadEffectiveSettings(hostname: string): Promise<EffectiveSettings> {
  return loadPageSettings(hostname, migrateStoredSettings);
}

/** For each per-site field, the site key whose entry set it (absent: the global default). */
export async function loadSettingSources(hostname: string) {
  const keys = keysFor(hostname);
  const stored = await readLocal(keys);
  const chain = keys.slice(1).map((k) => k.slice(SITE_KEY_PREFIX.length));
  return siteSettingSources(chain, keys.slice(1).map((k) => parseSite(stored[k])));
}

/** Follows a page's settings as they change (see page-settings.ts). */
export function watchEffectiveSettings(hostname: string, onChange: (settings: EffectiveSettings) => void): () => void {
  return watchPageSettings(hostname, onChange, migrateStoredSettings);
}

/** Calls `onChange` after any settings change, here or in sync (for the options page). */
export function watchAllSettings(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' || area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface SiteRow {
  key: string;
  entry: SiteEntry;
}

/** Every site with its own entry, sorted by key. */
export async function listSites(): Promise<SiteRow[]> {
  const all = await readSettingsKeys(isSiteStorageKey);
  const rows: SiteRow[] = [];
  for (const [storageKey, raw] of Object.entries(all)) {
    const entry = parseSite(raw);
    if (entry && !isTombstone(entry)) rows.push({ key: storageKey.slice(SITE_KEY_PREFIX.length), entry });
  }
  return rows.sort((a, b) => a.key.localeCompare(b.key));
}

export interface SettingsProblem {
  /** Storage key of the unreadable value (or of the kept copy). */
  storageKey: string;
  /** Where the value came from, for people. */
  source: string;
  value: unknown;
  reason: string;
  /** true: already moved aside; false: still in place, currently replaced by defaults. */
  kept: boolean;
}

/** Stored values that could not be read, and values kept aside earlier: shown, never dropped. */
export async function findSettingsProblems(): Promise<SettingsProblem[]> {
  const all = await readSettingsKeys(
    (key) => key === GLOBAL_KEY || isSiteStorageKey(key) || key.startsWith(KEPT_KEY_PREFIX),
  );
  const problems: SettingsProblem[] = [];
  for (const [storageKey, raw] of Object.entries(all)) {
    if (storageKey === GLOBAL_KEY) {
      if (needsMigration(raw)) {
        // An older record that cannot be carried forward stays as it is, and is said so.
        const plan = planMigration({ [GLOBAL_KEY]: raw }, Date.now());
        const failed = Object.keys(plan.set).length === 0 && plan.problems.length > 0;
        if (failed) problems.push({ storageKey, source: storageKey, value: raw, reason: plan.problems[0]!, kept: false });
        continue;
      }
      const result = GlobalSettings.safeParse(raw);
      if (!result.success) {
        problems.push({ storageKey, source: storageKey, value: raw, reason: summarize(result.error), kept: false });
      }
    } else if (storageKey.startsWith(SITE_KEY_PREFIX)) {
      const result = SiteEntry.safeParse(raw);
      if (!result.success) {
        problems.push({ storageKey, source: storageKey, value: raw, reason: summarize(result.error), kept: false });
      }
    } else if (storageKey.startsWith(KEPT_KEY_PREFIX)) {
      const kept = KeptValue.safeParse(raw);
      problems.push({
        storageKey,
        source: kept.success ? kept.data.key : storageKey,
        value: kept.success ? kept.data.value : raw,
        reason: (kept.success && kept.data.reason) || 'could not be read',
        kept: true,
      });
    }
  }
  return problems;
}

function summarize(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'value'}: ${i.message}`)
    .join('; ');
}

/** Removes a problem value the reader has looked at and chosen to discard. */
export async function discardProblem(storageKey: string): Promise<void> {
  // Only settings are offered for discarding; a key from elsewhere (a lexicon) is not ours to remove.
  if (!isSettingsKey(storageKey)) throw new Error(`Not a settings key: ${storageKey}`);
  await local().remove(storageKey);
}

// ---------------------------------------------------------------- writing

async function keepAsideIfUnreadable(key: string, raw: unknown, readable: boolean): Promise<void> {
  if (raw === undefined || raw === null || readable) return;
  const kept: KeptValue = { key, value: raw, keptAt: Date.now(), reason: 'could not be read' };
  await local().set({ [`${KEPT_KEY_PREFIX}${key}`]: kept });
}

/** Changes some global settings; the rest stay as they are. */
export async function updateGlobalSettings(
  patch: Partial<Omit<GlobalSettings, 'version' | 'updatedAt'>>,
): Promise<void> {
  const raw = (await readLocal([GLOBAL_KEY]))[GLOBAL_KEY];
  const current = parseGlobal(raw);
  await keepAsideIfUnreadable(GLOBAL_KEY, raw, current !== null);
  const next = GlobalSettings.parse({
    ...(current ?? DEFAULT_GLOBAL_SETTINGS),
    ...patch,
    version: SETTINGS_VERSION,
    updatedAt: Date.now(),
  });
  await local().set({ [GLOBAL_KEY]: next });
  await writeSync({ [GLOBAL_KEY]: next });
  // On: the copies of the site list in sync go; off: they are written again.
  if ((current ?? DEFAULT_GLOBAL_SETTINGS).siteListOnDeviceOnly !== next.siteListOnDeviceOnly) await mirrorToSync(null);
}

/** Changes some of one site's choices; fields set to undefined fall back to the defaults. */
export async function updateSite(
  hostname: string,
  patch: Partial<Omit<SiteEntry, 'updatedAt'>>,
): Promise<void> {
  const key = siteKey(hostname);
  if (!key) throw new Error(`Not a site: ${hostname}`);
  const storageKey = storageKeyForSite(key);
  const raw = (await readLocal([storageKey]))[storageKey];
  const current = parseSite(raw);
  await keepAsideIfUnreadable(storageKey, raw, current !== undefined);
  const next = SiteEntry.parse({ ...(current ?? {}), ...patch, updatedAt: Date.now() });
  await local().set({ [storageKey]: next });
  await mirrorToSync([key]);
}

/** Sets how Forewarn treats a site (and its subdomains without their own entry). */
export async function setSiteMode(hostname: string, mode: SiteMode): Promise<void> {
  await updateSite(hostname, { mode });
}

/** Forgets a site's own entry; it falls back to its parent domain or the defaults. */
export async function removeSite(key: string): Promise<void> {
  await local().set({ [storageKeyForSite(key)]: { updatedAt: Date.now() } satisfies SiteEntry });
  await mirrorToSync([key]);
}

// ---------------------------------------------------------------- export / import

export async function exportSettings(now = new Date()): Promise<SettingsFile> {
  const global = await loadGlobalSettings();
  const sites: Record<string, SiteEntry> = {};
  for (const row of await listSites()) sites[row.key] = row.entry;
  return buildSettingsFile(global, sites, now);
}

/**
 * Replaces all settings with a parsed file's. Unreadable stored values are moved aside first,
 * so an import cannot lose them.
 */
export async function importSettings(file: SettingsFile): Promise<void> {
  const all = await readSettingsKeys((key) => key === GLOBAL_KEY || isSiteStorageKey(key));
  const now = Date.now();
  const writes: Record<string, unknown> = {
    [GLOBAL_KEY]: { ...file.global, updatedAt: Date.now() },
  };
  for (const [storageKey, raw] of Object.entries(all)) {
    const isSite = isSiteStorageKey(storageKey);
    const readable = isSite ? SiteEntry.safeParse(raw).success : GlobalSettings.safeParse(raw).success;
    if (!readable && !needsMigration(raw)) {
      writes[`${KEPT_KEY_PREFIX}${storageKey}`] = { key: storageKey, value: raw, keptAt: Date.now() };
    }
    // Sites not in the file become tombstones, so the replacement reaches other devices too.
    if (isSite && !(storageKey.slice(SITE_KEY_PREFIX.length) in file.sites)) {
      writes[storageKey] = { updatedAt: now } satisfies SiteEntry;
    }
  }
  for (const [key, entry] of Object.entries(file.sites)) writes[storageKeyForSite(key)] = entry;
  await local().set(writes);
  await mirrorToSync(null);
}

/** For the background: migrate, pull once, then follow changes made on other devices. */
export function startSettingsSync(): () => void {
  // Pull first so another device's newer choices are not pushed over, then push what is here.
  void migrateStoredSettings()
    .then(() => pullFromSync())
    .then(() => mirrorToSync(null));
  const listener = (_changes: Record<string, unknown>, area: string) => {
    if (area === 'sync') void pullFromSync();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
