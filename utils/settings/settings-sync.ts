import { needsMigration } from './migrate-settings';
import { GLOBAL_KEY, GlobalSettings, SITE_KEY_PREFIX, SYNC_STATUS_KEY, type SiteEntry, storageKeyForSite } from './settings-schema';
import {
  TOMBSTONE_DAYS,
  isSiteStorageKey,
  isTombstone,
  local,
  parseGlobal,
  parseSite,
  readSettingsKeys,
  sync,
} from './settings-storage-area';
import { siteKey } from './site-key';
import { SHARD_COUNT, SyncShard, fillShard, shardKey, shardOf, unpackEntry } from './sync-shards';

// storage.sync: the global record and as many sites as its quota allows travel with the reader's
// browser account (sync-shards.ts packs them); storage.local stays the source of truth. When sync
// is full or fails, settings keep working here and the failure is recorded for the options page.

export async function writeSync(items: Record<string, unknown>): Promise<boolean> {
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
export async function mirrorToSync(keys: string[] | null): Promise<void> {
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
