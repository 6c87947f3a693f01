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
    const v2 = fixture(`v${SETTINGS_VERSION}-storage.json`);
    expect(GlobalSettings.safeParse(v2.settings).success).toBe(true);
    for (const [key, value] of Object.entries(v2)) {
      if (key.startsWith('site:')) expect(SiteEntry.safeParse(value).success, key).toBe(true);
    }
    expect(planMigration(v2, 1).set).toEqual({});
  });

  it('there is a stored example for every version up to the current one', () => {
    for (let v = 1; v <= SETTINGS_VERSION; v++) expect(() => fixture(`v${v}-storage.json`)).not.toThrow();
  });
});

describe('migration 1 → 2', () => {
  it('splits the site list into per-site entries with normalized keys', () => {
    const plan = planMigration(fixture('v1-storage.json'), 1000);
    expect(plan.from).toBe(1);
    expect(plan.set['site:myblog.example']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set['site:news.example.com']).toEqual({ mode: 'detect', updatedAt: 1000 });
    expect(plan.set['site:xn--bcher-kva.de']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set['site:localhost']).toEqual({ mode: 'off', updatedAt: 1000 });
    expect(plan.set.settings).toMatchObject({
      version: 2,
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
    expect((await migrateStoredSettings()).from).toBe(2); // already done: a second run is a no-op
  });
});
