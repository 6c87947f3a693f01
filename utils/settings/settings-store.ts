import { browser } from 'wxt/browser';
import type { EffectiveSettings, SiteMode } from './effective-settings';
import { KeptValue } from './kept-value';
import { needsMigration, planMigration, type MigrationPlan } from './migrate-settings';
import { resolveEffectiveSettings, siteSettingSources } from './resolve-effective-settings';
import { buildSettingsFile, type SettingsFile } from './settings-transfer';
import {
  BACKUP_KEY_PREFIX,
  DEFAULT_GLOBAL_SETTINGS,
  GLOBAL_KEY,
  GlobalSettings,
  KEPT_KEY_PREFIX,
  SETTINGS_VERSION,
  SITE_KEY_PREFIX,
  SYNC_STATUS_KEY,
  SiteEntry,
  storageKeyForSite,
} from './settings-schema';
import { siteKey, siteKeyChain } from './site-key';
import { SHARD_COUNT, SyncShard, fillShard, shardKey, shardOf, unpackEntry } from './sync-shards';

// The one module that touches browser.storage for settings.
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

const local = () => browser.storage.local;
const sync = () => browser.storage.sync;

/** Whether a storage.local key belongs to the settings (every other key belongs to someone else). */
function isSettingsKey(key: string): boolean {
  return (
    key === GLOBAL_KEY ||
    key === SYNC_STATUS_KEY ||
    key.startsWith(SITE_KEY_PREFIX) ||
    key.startsWith(KEPT_KEY_PREFIX) ||
    key.startsWith(BACKUP_KEY_PREFIX)
  );
}

const isSiteStorageKey = (key: string) => key.startsWith(SITE_KEY_PREFIX);

/**
 * The stored settings values whose keys pass `wanted` (all settings keys by default).
 * getKeys (Chrome 130+, Firefox 142+) lists names without values, so only the wanted values are
 * read. Browsers without it (Firefox ESR 140, Safari) can only list by reading everything; there
 * the other modules' values are read once and dropped at once.
 */
async function readSettingsKeys(wanted: (key: string) => boolean = isSettingsKey): Promise<Record<string, unknown>> {
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

function parseGlobal(raw: unknown): GlobalSettings | null {
  if (raw === undefined || raw === null) return DEFAULT_GLOBAL_SETTINGS;
  const result = GlobalSettings.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * A removed site stays as a tombstone ({updatedAt} and no choice) so the removal reaches other
 * devices through sync instead of coming back from them; tombstones are not shown or exported.
 */
const TOMBSTONE_DAYS = 60;
const isTombstone = (entry: SiteEntry) =>
  entry.mode === undefined && entry.sensitivity === undefined && entry.autoOpenReader === undefined;

function parseSite(raw: unknown): SiteEntry | undefined {
  if (raw === undefined || raw === null) return undefined;
  const result = SiteEntry.safeParse(raw);
  return result.success ? result.data : undefined;
}

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

async function readLocal(keys: string[]): Promise<Record<string, unknown>> {
  let stored = await local().get(keys);
  if (needsMigration(stored[GLOBAL_KEY])) {
    await migrateStoredSettings();
    stored = await local().get(keys);
  }
  return stored;
}

// ---------------------------------------------------------------- reading

/** The global settings in force; an unreadable record gives defaults but stays stored. */
export async function loadGlobalSettings(): Promise<GlobalSettings> {
  const stored = await readLocal([GLOBAL_KEY]);
  return parseGlobal(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
}

function keysFor(hostname: string): string[] {
  const key = siteKey(hostname);
  const siteKeys = key ? siteKeyChain(key).map(storageKeyForSite) : [];
  return [GLOBAL_KEY, ...siteKeys];
}

/**
 * The settings for a page. `hostname` may be `location.hostname`, a host with port, or a whole
 * URL (a file: URL gives the local-files entry). Something that names no site gets defaults.
 */
export async function loadEffectiveSettings(hostname: string): Promise<EffectiveSettings> {
  const keys = keysFor(hostname);
  const stored = await readLocal(keys);
  const global = parseGlobal(stored[GLOBAL_KEY]) ?? DEFAULT_GLOBAL_SETTINGS;
  return resolveEffectiveSettings(global, keys.slice(1).map((k) => parseSite(stored[k])));
}

/** For each per-site field, the site key whose entry set it (absent: the global default). */
export async function loadSettingSources(hostname: string) {
  const keys = keysFor(hostname);
  const stored = await readLocal(keys);
  const chain = keys.slice(1).map((k) => k.slice(SITE_KEY_PREFIX.length));
  return siteSettingSources(chain, keys.slice(1).map((k) => parseSite(stored[k])));
}

/**
 * Calls `onChange` with freshly read and parsed settings whenever a stored value that affects
 * this page changes. Returns the function that stops watching.
 */
export function watchEffectiveSettings(
  hostname: string,
  onChange: (settings: EffectiveSettings) => void,
): () => void {
  const keys = keysFor(hostname);
  let stopped = false;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (stopped || area !== 'local') return;
    if (!Object.keys(changes).some((k) => keys.includes(k))) return;
    void loadEffectiveSettings(hostname).then((settings) => {
      if (!stopped) onChange(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
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

// ---------------------------------------------------------------- sync

async function writeSync(items: Record<string, unknown>): Promise<boolean> {
  try {
    await sync().set(items);
    await local().remove(SYNC_STATUS_KEY);
    return true;
  } catch (error) {
    // Full, rate-limited or unavailable: the settings still work here; say so on the options page.
    await local().set({ [SYNC_STATUS_KEY]: { error: String(error), at: Date.now() } });
    return false;
  }
}

/** Rebuilds the sync shards that hold `keys` (null: all of them) from storage.local. */
async function mirrorToSync(keys: string[] | null): Promise<void> {
  const global = parseGlobal((await local().get(GLOBAL_KEY))[GLOBAL_KEY]);
  if (global?.siteListOnDeviceOnly) {
    await removeSitesFromSync();
    if (keys === null) await writeSync({ [GLOBAL_KEY]: global });
    return;
  }
  const shards = keys === null ? [...Array(SHARD_COUNT).keys()] : [...new Set(keys.map(shardOf))];
  // Only the sites of the shards being rebuilt (a popup change rebuilds one of SHARD_COUNT).
  const all = await readSettingsKeys(
    (key) =>
      (keys === null && key === GLOBAL_KEY) ||
      (isSiteStorageKey(key) && shards.includes(shardOf(key.slice(SITE_KEY_PREFIX.length)))),
  );
  let previous: Record<string, unknown> = {};
  try {
    previous = await sync().get(shards.map(shardKey));
  } catch {
    /* sync unavailable: writeSync will record it */
  }
  const bySite = new Map<number, Map<string, SiteEntry>>(shards.map((i) => [i, new Map()]));
  for (const [storageKey, raw] of Object.entries(all)) {
    if (!isSiteStorageKey(storageKey)) continue;
    const key = storageKey.slice(SITE_KEY_PREFIX.length);
    const entry = parseSite(raw);
    const expired = entry && isTombstone(entry) && entry.updatedAt < Date.now() - TOMBSTONE_DAYS * 86_400_000;
    if (entry && !expired) bySite.get(shardOf(key))?.set(key, entry);
  }
  const writes: Record<string, unknown> = {};
  for (const index of shards) {
    const old = SyncShard.safeParse(previous[shardKey(index)]);
    const { shard } = fillShard(index, bySite.get(index)!, old.success ? old.data : {});
    const unchanged = old.success
      ? JSON.stringify(shard) === JSON.stringify(old.data)
      : Object.keys(shard).length === 0; // nothing to add to an item that does not exist
    if (!unchanged) {
      writes[shardKey(index)] = shard;
    }
  }
  if (keys === null) {
    const global = parseGlobal(all[GLOBAL_KEY]);
    if (global && all[GLOBAL_KEY] !== undefined) writes[GLOBAL_KEY] = global;
  }
  if (Object.keys(writes).length > 0) await writeSync(writes);
}

/** "Keep my site list on this device only": the shards that exist in sync are removed. */
async function removeSitesFromSync(): Promise<void> {
  const shardKeys = [...Array(SHARD_COUNT).keys()].map(shardKey);
  try {
    const present = Object.keys(await sync().get(shardKeys));
    if (present.length > 0) await sync().remove(present);
    await local().remove(SYNC_STATUS_KEY);
  } catch (error) {
    await local().set({ [SYNC_STATUS_KEY]: { error: String(error), at: Date.now() } });
  }
}

/** Copies this device's settings to sync now (the options page calls it when it opens). */
export async function resyncSettings(): Promise<void> {
  await mirrorToSync(null);
}

export interface SyncReport {
  sites: number;
  syncedSites: number;
  /** The site list is kept on this device only (nothing of it in sync). */
  localOnly: boolean;
  /** The last error from storage.sync, if the last write failed. */
  error: string | null;
}

/** How many of this device's sites travel with the reader's browser account. */
export async function getSyncReport(): Promise<SyncReport> {
  const all = await readSettingsKeys((key) => key === SYNC_STATUS_KEY || key === GLOBAL_KEY || isSiteStorageKey(key));
  const sites = Object.keys(all).filter((k) => {
    const entry = isSiteStorageKey(k) ? parseSite(all[k]) : undefined;
    return entry !== undefined && !isTombstone(entry);
  });
  let synced = new Set<string>();
  try {
    const shards = await sync().get([...Array(SHARD_COUNT).keys()].map(shardKey));
    for (const value of Object.values(shards)) {
      const shard = SyncShard.safeParse(value);
      if (shard.success) synced = new Set([...synced, ...Object.keys(shard.data)]);
    }
  } catch {
    /* reported below through the status record */
  }
  const status = all[SYNC_STATUS_KEY] as { error?: unknown } | undefined;
  return {
    sites: sites.length,
    syncedSites: sites.filter((k) => synced.has(k.slice(SITE_KEY_PREFIX.length))).length,
    localOnly: parseGlobal(all[GLOBAL_KEY])?.siteListOnDeviceOnly ?? false,
    error: typeof status?.error === 'string' ? status.error : null,
  };
}

/** Copies newer settings from sync (another device) into local. Never overwrites newer local. */
export async function pullFromSync(): Promise<number> {
  let remote: Record<string, unknown>;
  try {
    remote = await sync().get(null);
  } catch {
    return 0;
  }
  // Only the keys sync can change here: the global record and the sites the shards carry.
  const shards = [...Array(SHARD_COUNT).keys()].map((i) => SyncShard.safeParse(remote[shardKey(i)]));
  const remoteSiteKeys = shards.flatMap((shard) => (shard.success ? Object.keys(shard.data) : []));
  const all = await local().get([GLOBAL_KEY, ...remoteSiteKeys.map(storageKeyForSite)]);
  const writes: Record<string, unknown> = {};
  const remoteGlobal = GlobalSettings.safeParse(remote[GLOBAL_KEY]);
  const localGlobal = parseGlobal(all[GLOBAL_KEY]);
  if (
    remoteGlobal.success &&
    localGlobal !== null &&
    !needsMigration(all[GLOBAL_KEY]) &&
    remoteGlobal.data.updatedAt > localGlobal.updatedAt
  ) {
    writes[GLOBAL_KEY] = remoteGlobal.data;
  }
  // Kept on this device only (here, or by the newer choice just pulled): sites are neither
  // taken from sync nor left there; another device that wrote them before it knew is undone.
  const global = (writes[GLOBAL_KEY] as GlobalSettings | undefined) ?? localGlobal;
  if (global?.siteListOnDeviceOnly) {
    if (Object.keys(writes).length > 0) await local().set(writes);
    await removeSitesFromSync();
    return Object.keys(writes).length;
  }
  for (const shard of shards) {
    if (!shard.success) continue;
    for (const [key, packed] of Object.entries(shard.data)) {
      const entry = unpackEntry(packed);
      if (!entry || siteKey(key) !== key) continue;
      const storageKey = storageKeyForSite(key);
      const raw = all[storageKey];
      const mine = parseSite(raw);
      if (raw !== undefined && mine === undefined) continue; // unreadable here: leave it for the reader
      if (!mine || entry.updatedAt > mine.updatedAt) writes[storageKey] = entry;
    }
  }
  if (Object.keys(writes).length > 0) await local().set(writes);
  // Turned off on another device: this device's sites go back to sync too.
  if (localGlobal?.siteListOnDeviceOnly && writes[GLOBAL_KEY]) await mirrorToSync(null);
  return Object.keys(writes).length;
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
