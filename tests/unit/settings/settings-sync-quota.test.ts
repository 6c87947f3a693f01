import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSyncReport,
  importSettings,
  loadEffectiveSettings,
  pullFromSync,
  setSiteMode,
  updateGlobalSettings,
} from '../../../utils/settings/settings-store';
import { DEFAULT_GLOBAL_SETTINGS, type SiteEntry } from '../../../utils/settings/settings-schema';
import { buildSettingsFile } from '../../../utils/settings/settings-transfer';
import {
  QUOTA_BYTES,
  QUOTA_BYTES_PER_ITEM,
  itemBytes,
  packEntry,
  shardKey,
  shardOf,
  unpackEntry,
} from '../../../utils/settings/sync-shards';

// WXT's fake browser exposes storage.sync's quota constants but enforces none of them (checked
// in @webext-core/fake-browser 0.20: set() just stores). These tests put Chrome's documented
// limits in front of it: 8,192 bytes per item (key + JSON), 102,400 bytes in all, 512 items.
function enforceSyncQuotas() {
  const area = fakeBrowser.storage.sync;
  const realSet = area.set.bind(area);
  return vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await area.get(null);
    const next = { ...current, ...items };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    if (Object.keys(next).length > 512) throw new Error('MAX_ITEMS quota exceeded');
    const total = Object.entries(next).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    if (total > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  });
}

async function syncBytes(): Promise<number> {
  const all = await fakeBrowser.storage.sync.get(null);
  return Object.entries(all).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
}

function manySites(count: number): Record<string, SiteEntry> {
  const sites: Record<string, SiteEntry> = {};
  const modes = ['detect', 'cover-all', 'off'] as const;
  for (let i = 0; i < count; i++) {
    sites[`site-${i}.news-${i % 97}.example`] = { mode: modes[i % 3], updatedAt: 1_764_000_000_000 + i };
  }
  return sites;
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('5,000 sites within storage quotas', () => {
  it('keeps all 5,000 locally, syncs what fits, and stays under every sync quota', async () => {
    const spy = enforceSyncQuotas();
    const sites = manySites(5000);
    await importSettings(buildSettingsFile(DEFAULT_GLOBAL_SETTINGS, sites, new Date()));
    // Every site works on this device.
    expect((await loadEffectiveSettings('site-4999.news-52.example')).mode).toBe(sites['site-4999.news-52.example']!.mode);
    expect((await loadEffectiveSettings('deep.site-3001.news-91.example')).mode).toBe('cover-all');
    const report = await getSyncReport();
    console.log(`sync: ${report.syncedSites} of ${report.sites} sites, ${await syncBytes()} bytes`);
    expect(report.sites).toBe(5000);
    expect(report.syncedSites).toBeGreaterThan(1000);
    expect(report.syncedSites).toBeLessThan(5000);
    expect(report.error).toBeNull();
    expect(await syncBytes()).toBeLessThanOrEqual(QUOTA_BYTES);
    // One write operation for the whole import (Chrome allows 120 per minute).
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('degrades gracefully when sync refuses a write: local settings still change', async () => {
    await setSiteMode('a.example', 'off');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'),
    );
    await setSiteMode('b.example', 'cover-all');
    await updateGlobalSettings({ revealStyle: 'dimmed' });
    expect((await loadEffectiveSettings('b.example')).mode).toBe('cover-all');
    expect((await loadEffectiveSettings('b.example')).revealStyle).toBe('dimmed');
    const report = await getSyncReport();
    expect(report.error).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);
    expect(report).toMatchObject({ sites: 2, syncedSites: 1 });
  });
});

describe('pulling from another device', () => {
  it('takes newer entries from sync and never overwrites newer local ones', async () => {
    await setSiteMode('mine.example', 'off');
    const mineTime = ((await fakeBrowser.storage.local.get('site:mine.example'))['site:mine.example'] as SiteEntry)
      .updatedAt;
    // Another device's shards: one new site, and an older copy of ours.
    const theirs = { mode: 'cover-all', updatedAt: mineTime + 10 } as const;
    const oldMine = { mode: 'detect', updatedAt: mineTime - 10 } as const;
    const shards: Record<string, Record<string, string>> = {};
    for (const [key, entry] of [['theirs.example', theirs], ['mine.example', oldMine]] as const) {
      const name = shardKey(shardOf(key));
      shards[name] = { ...shards[name], [key]: packEntry(entry) };
    }
    await fakeBrowser.storage.sync.set(shards);
    expect(await pullFromSync()).toBe(1);
    expect((await loadEffectiveSettings('theirs.example')).mode).toBe('cover-all');
    expect((await loadEffectiveSettings('mine.example')).mode).toBe('off');
  });
});

describe('packed sync entries', () => {
  it('round-trip and stay small', () => {
    const entry: SiteEntry = { mode: 'cover-all', sensitivity: 'strict', autoOpenReader: true, updatedAt: 1_764_000_000_000 };
    expect(unpackEntry(packEntry(entry))).toEqual(entry);
    expect(unpackEntry(packEntry({ updatedAt: 5 }))).toEqual({ updatedAt: 5 });
    expect(packEntry(entry).length).toBeLessThan(16);
    expect(unpackEntry('zz')).toBeNull();
  });
});

describe('two devices sharing one sync area', () => {
  /** Swaps storage.local to another device's copy; sync stays shared, as between two browsers. */
  async function switchDevice(next: Record<string, unknown>): Promise<Record<string, unknown>> {
    const current = await fakeBrowser.storage.local.get(null);
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(next);
    return current;
  }

  it('a site removed on one device does not come back from the other', async () => {
    const { listSites, removeSite } = await import('../../../utils/settings/settings-store');
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'cover-all');
    // Device B starts empty and pulls both sites.
    const deviceA = await switchDevice({});
    expect(await pullFromSync()).toBe(2);
    expect((await listSites()).map((r) => r.key)).toEqual(['a.example', 'b.example']);
    await new Promise((r) => setTimeout(r, 2)); // a later clock tick than A's writes
    await removeSite('a.example');
    // B changes another site in the same shard family: its copy of sync must not resurrect a.example.
    await setSiteMode('c.example', 'detect');
    const deviceB = await switchDevice(deviceA);
    await pullFromSync();
    expect((await listSites()).map((r) => r.key)).toEqual(['b.example', 'c.example']);
    expect((await loadEffectiveSettings('a.example')).mode).toBe('detect');
    // And A's next write does not push a.example back either.
    await setSiteMode('b.example', 'off');
    await switchDevice(deviceB);
    await pullFromSync();
    expect((await listSites()).map((r) => [r.key, r.entry.mode])).toEqual([
      ['b.example', 'off'],
      ['c.example', 'detect'],
    ]);
  });
});
