import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSyncReport,
  importSettings,
  listSites,
  loadGlobalSettings,
  pullFromSync,
  removeSite,
  setSiteMode,
  updateGlobalSettings,
} from '../../../utils/settings/settings-store';
import { DEFAULT_GLOBAL_SETTINGS } from '../../../utils/settings/settings-schema';
import { buildSettingsFile } from '../../../utils/settings/settings-transfer';
import { packEntry, shardKey, shardOf } from '../../../utils/settings/sync-shards';

// "Keep my site list on this device only" (issue 16.10): host names never reach the browser's
// sync storage while it is on, copies already there are removed, and every device of the account
// honours it; off, the site list travels as before.

/** The site names sync holds now, from every shard. */
async function sitesInSync(): Promise<string[]> {
  const all = await fakeBrowser.storage.sync.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith('sites.'))
    .flatMap(([, shard]) => Object.keys(shard as object))
    .sort();
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keeping the site list on this device', () => {
  it('is off by default, and then sites travel with the account as before', async () => {
    expect(DEFAULT_GLOBAL_SETTINGS.siteListOnDeviceOnly).toBe(false);
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'cover-all');
    expect(await sitesInSync()).toEqual(['a.example', 'b.example']);
    expect(await getSyncReport()).toMatchObject({ sites: 2, syncedSites: 2, localOnly: false });
  });

  it('when turned on, removes the copies in sync and keeps every site here', async () => {
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'cover-all');
    await updateGlobalSettings({ siteListOnDeviceOnly: true });
    expect(await sitesInSync()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual(['settings']);
    // The choice itself travels, so the account's other devices keep their lists home too.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ siteListOnDeviceOnly: true });
    expect((await listSites()).map((row) => row.key)).toEqual(['a.example', 'b.example']);
    expect(await getSyncReport()).toMatchObject({ sites: 2, syncedSites: 0, localOnly: true, error: null });
  });

  it('while on, no change to a site, a removal or an import writes a host name to sync', async () => {
    await updateGlobalSettings({ siteListOnDeviceOnly: true });
    await setSiteMode('a.example', 'off');
    await setSiteMode('news.b.example', 'cover-all');
    await removeSite('a.example');
    const global = await loadGlobalSettings();
    await importSettings(buildSettingsFile(global, { 'c.example': { mode: 'off', updatedAt: 5 } }, new Date(0)));
    expect(await sitesInSync()).toEqual([]);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toMatch(/example/);
  });

  it('when turned off again, copies the site list to sync as before', async () => {
    await updateGlobalSettings({ siteListOnDeviceOnly: true });
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'detect');
    expect(await sitesInSync()).toEqual([]);
    await updateGlobalSettings({ siteListOnDeviceOnly: false });
    expect(await sitesInSync()).toEqual(['a.example', 'b.example']);
    expect(await getSyncReport()).toMatchObject({ syncedSites: 2, localOnly: false });
  });

  it('turned on on another device: this one takes the choice, takes no sites from sync and removes them there', async () => {
    await setSiteMode('mine.example', 'off');
    const later = Date.now() + 60_000;
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_GLOBAL_SETTINGS, siteListOnDeviceOnly: true, updatedAt: later },
      // Written by a device that had not heard of the choice yet.
      [shardKey(shardOf('theirs.example'))]: { 'theirs.example': packEntry({ mode: 'cover-all', updatedAt: later }) },
    });
    await pullFromSync();
    expect((await loadGlobalSettings()).siteListOnDeviceOnly).toBe(true);
    expect((await listSites()).map((row) => row.key)).toEqual(['mine.example']);
    expect(await sitesInSync()).toEqual([]);
  });

  it('turned off on another device: this one sends its sites to sync again', async () => {
    await updateGlobalSettings({ siteListOnDeviceOnly: true });
    await setSiteMode('mine.example', 'off');
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_GLOBAL_SETTINGS, siteListOnDeviceOnly: false, updatedAt: Date.now() + 60_000 },
    });
    await pullFromSync();
    expect((await loadGlobalSettings()).siteListOnDeviceOnly).toBe(false);
    expect(await sitesInSync()).toEqual(['mine.example']);
  });
});
