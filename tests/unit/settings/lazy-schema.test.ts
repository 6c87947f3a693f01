import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from '../../../utils/lazy-schema';
import { DEFAULT_GLOBAL_SETTINGS, GlobalSettings, SETTINGS_VERSION, SiteEntry } from '../../../utils/settings/settings-schema';
import { DEFAULT_READER_PREFERENCES, ReaderPreferences } from '../../../utils/settings/reader-preferences';
import { SettingsFile } from '../../../utils/settings/settings-transfer';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0;
    const Point = lazySchema(() => {
      builds++;
      return z.object({ x: z.number(), y: z.number() });
    });
    expect(builds).toBe(0);
    expect(Point.safeParse({ x: 1, y: 2 }).success).toBe(true);
    expect(Point.safeParse({ x: 'one' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('composes into other schemas like the schema itself', () => {
    const Inner = lazySchema(() => z.enum(['a', 'b']));
    const Outer = z.object({ list: z.array(Inner), one: z.optional(Inner) });
    expect(Outer.parse({ list: ['a', 'b'], one: 'b' })).toEqual({ list: ['a', 'b'], one: 'b' });
    expect(Outer.safeParse({ list: ['c'] }).success).toBe(false);
  });
});

describe('defaults written out beside their schemas', () => {
  it('equal what the schemas give for an empty record', () => {
    expect(ReaderPreferences.parse({})).toEqual(DEFAULT_READER_PREFERENCES);
    expect(GlobalSettings.parse({ version: SETTINGS_VERSION })).toEqual(DEFAULT_GLOBAL_SETTINGS);
  });

  it('lazy schemas still refuse what they refused before', () => {
    expect(GlobalSettings.safeParse({ version: 1 }).success).toBe(false);
    expect(SiteEntry.safeParse({ mode: 'sometimes' }).success).toBe(false);
    expect(SiteEntry.parse({ mode: 'off' })).toEqual({ mode: 'off', updatedAt: 0 });
    const file = { format: 'forewarn-settings', version: SETTINGS_VERSION, exportedAt: 'x', global: DEFAULT_GLOBAL_SETTINGS, sites: { 'Not A Site!': {} } };
    expect(SettingsFile.safeParse(file).success).toBe(false);
  });
});
