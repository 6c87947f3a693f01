import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadEffectiveSettings,
  setSiteMode,
  updateSite,
  watchEffectiveSettings,
} from '../../../utils/settings/settings-store';
import type { EffectiveSettings } from '../../../utils/settings/effective-settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings store', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await loadEffectiveSettings('news.example.com')).toMatchObject({
      mode: 'detect',
      sensitivity: 'balanced',
      revealStyle: 'full',
      autoOpenReader: false,
    });
  });

  it('remembers a mode per site and applies it to subdomains on dot boundaries', async () => {
    await setSiteMode('www.example.com', 'off');
    expect((await loadEffectiveSettings('example.com')).mode).toBe('off');
    expect((await loadEffectiveSettings('news.example.com')).mode).toBe('off');
    expect((await loadEffectiveSettings('badexample.com')).mode).toBe('detect');
    await setSiteMode('news.example.com', 'cover-all');
    expect((await loadEffectiveSettings('https://news.example.com:8443/a')).mode).toBe('cover-all');
    expect((await loadEffectiveSettings('example.com')).mode).toBe('off');
  });

  it('merges fields from the most specific entry that sets them', async () => {
    await setSiteMode('example.com', 'cover-all');
    await updateSite('live.example.com', { sensitivity: 'strict' });
    const s = await loadEffectiveSettings('live.example.com');
    expect(s.mode).toBe('cover-all');
    expect(s.sensitivity).toBe('strict');
  });

  it('tells a watcher about changes to its site, re-parsed, and stops when asked', async () => {
    const seen: EffectiveSettings[] = [];
    let resolve!: () => void;
    const arrived = new Promise<void>((r) => (resolve = r));
    const stop = watchEffectiveSettings('news.example.com', (s) => {
      seen.push(s);
      resolve();
    });
    await setSiteMode('other.org', 'off'); // unrelated: no call
    await setSiteMode('example.com', 'cover-all');
    await arrived;
    expect(seen.map((s) => s.mode)).toEqual(['cover-all']);
    stop();
    await setSiteMode('example.com', 'off');
    await loadEffectiveSettings('example.com');
    expect(seen).toHaveLength(1);
  });

  it('keeps an unreadable site entry aside before writing over it', async () => {
    await fakeBrowser.storage.local.set({ 'site:example.com': { mode: 'sometimes' } });
    expect((await loadEffectiveSettings('example.com')).mode).toBe('detect');
    await setSiteMode('example.com', 'off');
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['kept:site:example.com']).toMatchObject({ key: 'site:example.com', value: { mode: 'sometimes' } });
    expect((await loadEffectiveSettings('example.com')).mode).toBe('off');
  });
});

describe('setting sources', () => {
  it('names the parent domain a choice is inherited from', async () => {
    const { loadSettingSources } = await import('../../../utils/settings/settings-store');
    await setSiteMode('example.com', 'cover-all');
    await updateSite('live.news.example.com', { sensitivity: 'strict' });
    expect(await loadSettingSources('live.news.example.com')).toEqual({
      mode: 'example.com',
      sensitivity: 'live.news.example.com',
    });
    expect(await loadSettingSources('other.org')).toEqual({});
  });
});
