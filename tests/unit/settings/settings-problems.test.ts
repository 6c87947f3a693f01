import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../utils/settings/settings-schema';
import {
  discardProblem,
  findSettingsProblems,
  loadGlobalSettings,
  updateGlobalSettings,
} from '../../../utils/settings/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('values that fail to parse', () => {
  it('are reported in place, not replaced, while defaults apply', async () => {
    const broken = { version: SETTINGS_VERSION, sensitivity: 'extreme' };
    await fakeBrowser.storage.local.set({ settings: broken, 'site:a.example': { mode: 42 } });
    expect((await loadGlobalSettings()).sensitivity).toBe('balanced');
    const problems = await findSettingsProblems();
    expect(problems.map((p) => [p.storageKey, p.kept])).toEqual([
      ['settings', false],
      ['site:a.example', false],
    ]);
    expect(problems[0]!.reason).toMatch(/sensitivity/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(broken);
  });

  it('an older record that cannot be carried forward is reported too, and left as it was', async () => {
    const broken = { version: 2, sensitivity: 'extreme' };
    await fakeBrowser.storage.local.set({ settings: broken });
    expect((await loadGlobalSettings()).sensitivity).toBe('balanced');
    const problems = await findSettingsProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ storageKey: 'settings', kept: false, value: broken });
    expect(problems[0]!.reason).toMatch(/Version 2 settings could not be read.*sensitivity/s);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(broken);
  });

  it('are moved aside before a write replaces them, and go only when discarded', async () => {
    const broken = { version: SETTINGS_VERSION, revealStyle: 'sparkly' };
    await fakeBrowser.storage.local.set({ settings: broken });
    await updateGlobalSettings({ sensitivity: 'strict' });
    expect((await loadGlobalSettings()).sensitivity).toBe('strict');
    const problems = await findSettingsProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ storageKey: 'kept:settings', value: broken, kept: true });
    await discardProblem('kept:settings');
    expect(await findSettingsProblems()).toEqual([]);
  });
});
