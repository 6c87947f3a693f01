import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SiteEntry } from './settings-schema';

// How site entries are laid out in storage.sync. Chrome's sync area holds at most 102,400
// bytes in total, 8,192 bytes per item and 512 items; Firefox has the same limits. Thousands of
// sites cannot all fit, so storage.local stays the source of truth and sync carries as many
// sites as fit in SHARD_COUNT items of packed entries; the rest stay on this device only.
// Pure: no browser APIs.

export const SHARD_COUNT = 10;
export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
/** Room left in each item for Chrome's own accounting (key length, JSON quoting). */
const ITEM_BUDGET = QUOTA_BYTES_PER_ITEM - 64;

export const SHARD_KEY_PREFIX = 'sites.';
export const shardKey = (index: number) => `${SHARD_KEY_PREFIX}${index}`;

/** A shard: site key → packed entry. */
export const SyncShard = lazySchema(() => z.record(z.string(), z.string()));
export type SyncShard = z.infer<typeof SyncShard>;

/** FNV-1a: spreads sites over shards evenly and stably across devices. */
export function shardOf(siteKey: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < siteKey.length; i++) {
    hash ^= siteKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SHARD_COUNT;
}

const MODE_CODES = { detect: 'd', 'cover-all': 'c', off: 'o' } as const;
const SENSITIVITY_CODES = { minimal: 'm', balanced: 'b', strict: 's' } as const;
const invert = <T extends Record<string, string>>(o: T) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k])) as Record<string, keyof T>;
const MODES = invert(MODE_CODES);
const SENSITIVITIES = invert(SENSITIVITY_CODES);

/** "c" "s" "1" + updatedAt in base 36: about 12 bytes instead of about 60 as JSON. */
export function packEntry(entry: SiteEntry): string {
  return [
    entry.mode ? MODE_CODES[entry.mode] : '-',
    entry.sensitivity ? SENSITIVITY_CODES[entry.sensitivity] : '-',
    entry.autoOpenReader === undefined ? '-' : entry.autoOpenReader ? '1' : '0',
    entry.updatedAt.toString(36),
  ].join('');
}

export function unpackEntry(packed: string): SiteEntry | null {
  const match = /^([dco-])([mbs-])([01-])([0-9a-z]+)$/.exec(packed);
  if (!match) return null;
  const [, m, s, r, t] = match as unknown as [string, string, string, string, string];
  const result = SiteEntry.safeParse({
    mode: m === '-' ? undefined : MODES[m],
    sensitivity: s === '-' ? undefined : SENSITIVITIES[s],
    autoOpenReader: r === '-' ? undefined : r === '1',
    updatedAt: parseInt(t, 36),
  });
  return result.success ? result.data : null;
}

/** Bytes an item costs against the sync quota: its key plus its JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * Builds one shard from the sites that belong in it. Sites already in the shard keep their
 * place; newer ones are added, most recently changed first, while the item stays under its
 * quota. Returns the shard and the sites that did not fit.
 */
export function fillShard(
  index: number,
  sites: ReadonlyMap<string, SiteEntry>,
  previous: SyncShard,
): { shard: SyncShard; left: string[] } {
  const key = shardKey(index);
  const shard: SyncShard = {};
  const left: string[] = [];
  const ordered = [...sites.keys()].sort((a, b) => {
    const byPlace = Number(b in previous) - Number(a in previous);
    return byPlace !== 0 ? byPlace : sites.get(b)!.updatedAt - sites.get(a)!.updatedAt;
  });
  let bytes = itemBytes(key, {});
  for (const site of ordered) {
    const packed = packEntry(sites.get(site)!);
    const cost = itemBytes('', { [site]: packed }) - 2 + 1; // '"k":"v"' plus a comma
    if (bytes + cost > ITEM_BUDGET) {
      left.push(site);
      continue;
    }
    shard[site] = packed;
    bytes += cost;
  }
  return { shard, left };
}
