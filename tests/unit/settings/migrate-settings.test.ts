import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planMigration } from '../../../utils/settings/migrate-settings';
import {
  findSettingsProblems,
  loadEffectiveSettings,
  loadGlobalSettings,
  migrateStoredSettings,
} from '../../../utils/settings/settings-store';
import { GlobalSettings, SETTINGS_VERSION, SiteEntry } from '../../../utils/settings/settings-schema';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8'));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored examples', () => {
  it('the current version example parses as it is', () => {
    const current = fixture(`v${SETTINGS_VERSION}-storage.json`);
    expect(GlobalSettings.safeParse(current.settings).success).toBe(true);
    for (const [key, value] of Object.entries(current)) {
      if (key.startsWith('site:')) expect(SiteEntry.safeParse(value).success, key).toBe(true);
    }
    expect(planMigration(current, 1).set).toEqual({});
  });

  it('there is a stored example for every version up to the current one', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(() => fixture(`v${v}-storage.json`)).not.toThrow();
  });
});

describe('migration 1 → 2 (→ 3)', () => {
  it('splits the site list into per-site entries with normalized keys', () => {
    const plan = planMigration(fixture('v1-storage.json'), 1000);
    expect(plan.from).toBe(1);
    expect(plan.set['site:myblog.example']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set['site:news.example.com']).toEqual({ mode: 'detect', updatedAt: 1000 });
    expect(plan.set['site:xn--bcher-kva.de']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set['site:localhost']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set.settings).toMatchObject({
      version: 3,
      siteListOnDeviceOnly: false,
      sensitivity: 'strict',
      revealStyle: 'greyscale',
      categories: ['dead-bodies', 'torture', 'execution', 'injury', 'remains', 'sexual-violence'],
    });
  });

  it('keeps what it cannot carry forward, and backs up the old record', () => {
    const v1 = fixture('v1-storage.json');
    const plan = planMigration(v1, 1000);
    expect(plan.problems).toHaveLength(1);
    expect(plan.set['kept:v1-site:not a host name!']).toMatchObject({ key: 'not a host name!', value: 'off' });
    expect(plan.set['backup:settings@1']).toEqual(v1.settings);
    expect(plan.remove).toEqual([]);
  });

  it('changes nothing when the old record does not parse, and says why', () => {
    const plan = planMigration({ settings: { version: 1, sensitivity: 'loud', sites: {} } }, 1000);
    expect(plan.set).toEqual({});
    expect(plan.problems[0]).toMatch(/Version 1 settings could not be read/);
  });

  it('leaves a record from a newer version alone', () => {
    expect(planMigration({ settings: { version: 7 } }, 1000).set).toEqual({});
  });

  it('runs through the store: an update from version 1 keeps the reader’s choices', async () => {
    await fakeBrowser.storage.local.set(fixture('v1-storage.json'));
    // Reads migrate on the way.
    expect((await loadEffectiveSettings('https://www.myblog.example/post')).mode).toBe('off');
    expect((await loadEffectiveSettings('news.example.com')).sensitivity).toBe('strict');
    expect((await loadGlobalSettings()).revealStyle).toBe('greyscale');
    const problems = await findSettingsProblems();
    expect(problems.map((p) => p.source)).toEqual(['not a host name!']);
    expect((await migrateStoredSettings()).from).toBe(SETTINGS_VERSION); // already done: a second run is a no-op
  });
});

describe('migration 2 → 3', () => {
  it('keeps every choice, backs up the old record, and keeps the site list in sync as before', () => {
    const v2 = fixture('v2-storage.json');
    const plan = planMigration(v2, 1000);
    expect(plan).toMatchObject({ from: 2, remove: [], problems: [] });
    expect(plan.set.settings).toEqual({ ...v2.settings, version: 3, siteListOnDeviceOnly: false });
    expect(plan.set['backup:settings@2']).toEqual(v2.settings);
    // Site entries did not change shape.
    expect(Object.keys(plan.set).filter((k) => k.startsWith('site:'))).toEqual([]);
  });

  it('changes nothing when the version 2 record does not parse, and says why', () => {
    const plan = planMigration({ settings: { version: 2, revealStyle: 'sparkly' } }, 1000);
    expect(plan.set).toEqual({});
    expect(plan.problems[0]).toMatch(/Version 2 settings could not be read/);
  });

  it('runs through the store on the first read after the update', async () => {
    await fakeBrowser.storage.local.set(fixture('v2-storage.json'));
    const global = await loadGlobalSettings();
    expect(global).toMatchObject({ version: 3, siteListOnDeviceOnly: false, revealStyle: 'dimmed', sensitivity: 'balanced' });
    expect(global.reader.theme).toBe('sepia');
    expect((await loadEffectiveSettings('example.org')).autoOpenReader).toBe(true);
    expect(await findSettingsProblems()).toEqual([]);
  });
});
