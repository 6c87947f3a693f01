import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keysFor, loadPageSettings } from '../../../utils/settings/page-settings';
import { GLOBAL_KEY } from '../../../utils/settings/settings-keys';
import { setSiteMode } from '../../../utils/settings/settings-store';

// A page's settings read with the content script's first read (its settings and the trigger
// words in one storage.local.get), or on their own.

const local = () => fakeBrowser.storage.local;
const noMigration = () => Promise.resolve();

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('loadPageSettings', () => {
  it('takes the settings from a read already asked for, with other keys, and reads nothing more', async () => {
    await setSiteMode('news.example', 'cover-all');
    const first = local().get([...keysFor('news.example'), 'triggers:v2']);
    const get = vi.spyOn(local(), 'get');
    expect((await loadPageSettings('news.example', noMigration, first)).mode).toBe('cover-all');
    expect(get).not.toHaveBeenCalled();
  });

  it('migrates a record of an older version found in that read, then reads again', async () => {
    await local().set({ [GLOBAL_KEY]: { version: 1 } });
    const migrate = vi.fn(() => local().set({ [GLOBAL_KEY]: { version: 3, sensitivity: 'strict' } }));
    const first = local().get(keysFor('news.example'));
    const settings = await loadPageSettings('news.example', migrate, first);
    expect(migrate).toHaveBeenCalledOnce();
    expect(settings.sensitivity).toBe('strict');
  });
});
