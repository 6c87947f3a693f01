import { readFileSync, statSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_IMPORT_BYTES, parseSettingsFile } from '../../../utils/settings/settings-transfer';
import {
  exportSettings,
  importSettings,
  listSites,
  loadGlobalSettings,
  setSiteMode,
  updateGlobalSettings,
} from '../../../utils/settings/settings-store';

const path = (name: string) => new URL(`../../fixtures/settings/${name}`, import.meta.url);
const readFixture = (name: string) =>
  parseSettingsFile(readFileSync(path(name), 'utf8'), statSync(path(name)).size);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseSettingsFile', () => {
  it('accepts a good file', () => {
    const result = readFixture('import-good.json');
    expect(result.ok).toBe(true);
  });
  it('accepts a file written by version 2, which had no "keep my site list here" choice', () => {
    const result = readFixture('import-good.json'); // a version 2 export
    expect(JSON.parse(readFileSync(path('import-good.json'), 'utf8')).version).toBe(2);
    expect(result.ok && result.file.global).toMatchObject({ version: 3, siteListOnDeviceOnly: false });
  });
  it.each([
    ['import-foreign.json', 'foreign'],
    ['import-truncated.json', 'not-json'],
    ['import-newer.json', 'newer-version'],
    ['import-bad-values.json', 'invalid'],
    ['import-bad-site-name.json', 'invalid'],
  ])('rejects %s as %s', (name, problem) => {
    const result = readFixture(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
  it('rejects an oversized file before reading it', () => {
    const result = parseSettingsFile('{}', MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ ok: false, problem: 'too-large' });
  });
  it('says where an invalid file is wrong in terms a person knows, not in the schema’s words', () => {
    expect(readFixture('import-bad-values.json')).toEqual({ ok: false, problem: 'invalid', where: { part: 'defaults' } });
    expect(readFixture('import-bad-site-name.json')).toEqual({
      ok: false,
      problem: 'invalid',
      where: { part: 'site-name', site: 'WWW.Example.com/path' },
    });
    const good = JSON.parse(readFileSync('tests/fixtures/settings/import-good.json', 'utf8'));
    good.sites['news.example.com'] = { mode: 'sometimes', updatedAt: 1 };
    const text = JSON.stringify(good);
    expect(parseSettingsFile(text, text.length)).toEqual({ ok: false, problem: 'invalid', where: { part: 'site', site: 'news.example.com' } });
    good.sites = {};
    good.exportedAt = 5;
    const other = JSON.stringify(good);
    expect(parseSettingsFile(other, other.length)).toEqual({ ok: false, problem: 'invalid', where: { part: 'file' } });
  });
});

describe('export and import through the store', () => {
  it('round-trips, and import replaces the site list', async () => {
    await updateGlobalSettings({ revealStyle: 'dimmed', sensitivity: 'strict' });
    await setSiteMode('a.example', 'off');
    await setSiteMode('b.example', 'cover-all');
    const exported = await exportSettings();
    const text = JSON.stringify(exported);

    const good = readFixture('import-good.json');
    if (!good.ok) throw new Error('fixture should parse');
    await importSettings(good.file);
    expect((await listSites()).map((r) => r.key)).toEqual(['myblog.example', 'news.example.com', 'warblog.example']);
    expect((await loadGlobalSettings()).categories).toEqual(['dead-bodies', 'execution', 'remains']);

    const back = parseSettingsFile(text, text.length);
    if (!back.ok) throw new Error(back.problem);
    await importSettings(back.file);
    expect((await listSites()).map((r) => [r.key, r.entry.mode])).toEqual([
      ['a.example', 'off'],
      ['b.example', 'cover-all'],
    ]);
    expect(await loadGlobalSettings()).toMatchObject({ revealStyle: 'dimmed', sensitivity: 'strict' });
  });

  it('moves an unreadable stored site aside instead of dropping it on import', async () => {
    await fakeBrowser.storage.local.set({ 'site:broken.example': { mode: 'loud' } });
    const good = readFixture('import-good.json');
    if (!good.ok) throw new Error('fixture should parse');
    await importSettings(good.file);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['kept:site:broken.example']).toMatchObject({ value: { mode: 'loud' } });
    // Replaced by a tombstone, so the replacement also reaches other devices.
    expect(all['site:broken.example']).toEqual({ updatedAt: expect.any(Number) });
  });
});
