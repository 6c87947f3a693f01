import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LEXICON_LANGUAGES } from '../../../utils/detection/lexicon-library';
import { lexiconStorageKey } from '../../../utils/detection-store/lexicon-store';
import {
  discardProblem,
  exportSettings,
  findSettingsProblems,
  getSyncReport,
  importSettings,
  listSites,
  loadGlobalSettings,
  migrateStoredSettings,
  pullFromSync,
  setSiteMode,
  updateGlobalSettings,
} from '../../../utils/settings/settings-store';
import { buildSettingsFile } from '../../../utils/settings/settings-transfer';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-schema';
import { shardKey, shardOf, unpackEntry } from '../../../utils/settings/sync-shards';

// storage.local holds the detection lexicons beside the settings (lexicon:v1:<lang>, about
// 250 KB). Every settings path that walks all stored keys must leave them alone and, where the
// browser can list key names (getKeys), not read them at all. Each case runs twice: with getKeys
// (Chrome 130+, Firefox 142+) and without it (Firefox ESR 140), since WXT's fake browser has none.

const local = fakeBrowser.storage.local;
const realGet = local.get;
type GetArg = Parameters<typeof realGet>[0];

/** What each storage.local.get call asked for: key names, or null for "everything". */
let asked: (string[] | null)[] = [];

function askedFor(keys: GetArg): string[] | null {
  if (keys === null || keys === undefined) return null;
  if (typeof keys === 'string') return [keys];
  return Array.isArray(keys) ? [...keys] : Object.keys(keys);
}

/** A big stand-in for each language's stored lexicon: about 256 KB in all, JSON text like the real ones. */
function lexiconValues(): Record<string, string> {
  return Object.fromEntries(
    LEXICON_LANGUAGES.map((lang) => [
      lexiconStorageKey(lang),
      JSON.stringify({ lang, terms: 'x'.repeat(32 * 1024) }),
    ]),
  );
}

const lexiconKeys = () => LEXICON_LANGUAGES.map(lexiconStorageKey);

async function storedLexicons(): Promise<Record<string, unknown>> {
  return realGet.call(local, lexiconKeys());
}

const v1Storage = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/settings/v1-storage.json', import.meta.url), 'utf8'));

describe.each([
  ['with getKeys', true],
  ['without getKeys (Firefox ESR 140)', false],
])('settings beside stored lexicons, %s', (_name, hasGetKeys) => {
  beforeEach(async () => {
    fakeBrowser.reset();
    asked = [];
    local.get = (async (keys?: GetArg) => {
      asked.push(askedFor(keys));
      return realGet.call(local, keys);
    }) as typeof realGet;
    if (hasGetKeys) {
      // Lists names from the store without going through the recorded get.
      (local as { getKeys?: () => Promise<string[]> }).getKeys = async () => Object.keys(await realGet.call(local, null));
    }
    await local.set(lexiconValues());
    asked = [];
  });

  afterEach(() => {
    local.get = realGet;
    delete (local as { getKeys?: unknown }).getKeys;
  });

  /** Whether any recorded read could have returned a lexicon value. */
  function readLexicons(): boolean {
    return asked.some((keys) => keys === null || keys.some((k) => k.startsWith('lexicon:')));
  }

  /** With getKeys nothing may read the whole area; without it, only a listing may. */
  function expectNoLexiconReads(listingAllowed: boolean) {
    if (hasGetKeys || !listingAllowed) expect(readLexicons()).toBe(false);
  }

  async function expectLexiconsUntouched() {
    expect(await storedLexicons()).toEqual(lexiconValues());
    const all = await realGet.call(local, null);
    // Nothing copied aside, backed up or otherwise derived from them.
    expect(Object.keys(all).filter((k) => k.includes('lexicon')).sort()).toEqual(lexiconKeys().sort());
  }

  it('an update from version 1 migrates the settings and leaves the lexicons alone', async () => {
    await local.set(v1Storage());
    asked = [];
    const plan = await migrateStoredSettings(1000);
    expect(plan.from).toBe(1);
    expect(plan.problems).toHaveLength(1);
    expect(Object.keys(plan.set).filter((k) => k.includes('lexicon'))).toEqual([]);
    expect(plan.remove).toEqual([]);
    const after = await realGet.call(local, ['settings', 'site:myblog.example', 'backup:settings@1']);
    expect(after.settings).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'strict', revealStyle: 'greyscale' });
    expect(after['site:myblog.example']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(after['backup:settings@1']).toEqual(v1Storage().settings);
    expectNoLexiconReads(true);
    await expectLexiconsUntouched();
  });

  it('a start-up with current settings reads only the global record to decide there is nothing to migrate', async () => {
    await updateGlobalSettings({ sensitivity: 'strict' });
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'cover-all');
    asked = [];
    const plan = await migrateStoredSettings();
    expect(plan).toMatchObject({ from: SETTINGS_VERSION, set: {}, remove: [] });
    expect(asked).toEqual([['settings']]);
  });

  it('lists and exports only sites, without reading the lexicons', async () => {
    await setSiteMode('a.example', 'off');
    await setSiteMode('news.b.example', 'cover-all');
    asked = [];
    expect((await listSites()).map((row) => row.key)).toEqual(['a.example', 'news.b.example']);
    const file = await exportSettings(new Date(0));
    expect(Object.keys(file.sites)).toEqual(['a.example', 'news.b.example']);
    expect(JSON.stringify(file)).not.toMatch(/lexicon|xxxx/);
    expectNoLexiconReads(true);
  });

  it('reports unreadable settings and kept values, never the lexicons', async () => {
    await local.set({
      'site:broken.example': { mode: 42 },
      'kept:settings': { key: 'settings', value: { version: 2, revealStyle: 'sparkly' }, keptAt: 1 },
    });
    asked = [];
    const problems = await findSettingsProblems();
    expect(problems.map((p) => [p.storageKey, p.kept]).sort()).toEqual([
      ['kept:settings', true],
      ['site:broken.example', false],
    ]);
    expectNoLexiconReads(true);
  });

  it('refuses to discard a lexicon as if it were a settings problem', async () => {
    await expect(discardProblem(lexiconStorageKey('en'))).rejects.toThrow(/Not a settings key/);
    await expectLexiconsUntouched();
  });

  it('an import replaces the sites and leaves the lexicons as they were', async () => {
    await setSiteMode('old.example', 'off');
    await local.set({ 'site:broken.example': { mode: 42 } });
    const global = await loadGlobalSettings();
    asked = [];
    await importSettings(buildSettingsFile(global, { 'new.example': { mode: 'cover-all', updatedAt: 5 } }, new Date(0)));
    expect((await listSites()).map((row) => row.key)).toEqual(['new.example']);
    // The unreadable site was moved aside, as before; nothing else was.
    const all = await realGet.call(local, null);
    expect(Object.keys(all).filter((k) => k.startsWith('kept:'))).toEqual(['kept:site:broken.example']);
    expectNoLexiconReads(true);
    await expectLexiconsUntouched();
  });

  it('a site change in the popup reads only the sites of its own sync shard', async () => {
    for (let i = 0; i < 60; i++) await local.set({ [`site:site${i}.example`]: { mode: 'off', updatedAt: 1 } });
    asked = [];
    await setSiteMode('chosen.example', 'cover-all');
    expectNoLexiconReads(true);
    const shard = shardOf('chosen.example');
    if (hasGetKeys) {
      const sitesRead = asked.flatMap((keys) => keys ?? []).filter((k) => k.startsWith('site:'));
      const sameShard = Array.from({ length: 60 }, (_, i) => `site${i}.example`).filter((k) => shardOf(k) === shard);
      expect(sameShard.length).toBeGreaterThan(0); // the case below is not empty
      expect([...new Set(sitesRead)].sort()).toEqual([...sameShard, 'chosen.example'].map((k) => `site:${k}`).sort());
    }
    // The rebuilt shard still carries its other sites, as before.
    const synced = await fakeBrowser.storage.sync.get(null);
    const rebuilt = synced[shardKey(shard)] as Record<string, string>;
    expect(unpackEntry(rebuilt['chosen.example']!)).toMatchObject({ mode: 'cover-all' });
    expect(Object.keys(rebuilt)).toHaveLength(
      1 + Array.from({ length: 60 }, (_, i) => `site${i}.example`).filter((k) => shardOf(k) === shard).length,
    );
    expect(JSON.stringify(synced)).not.toMatch(/lexicon|xxxx/);
  });

  it('the sync report and a pull from sync never read the lexicons as settings', async () => {
    await setSiteMode('a.example', 'off');
    asked = [];
    expect(await getSyncReport()).toMatchObject({ sites: 1, syncedSites: 1 });
    expectNoLexiconReads(true);
    asked = [];
    await pullFromSync();
    // A pull knows from the sync shards which keys it may change: no listing, in any browser.
    expectNoLexiconReads(false);
    await expectLexiconsUntouched();
  });
});
