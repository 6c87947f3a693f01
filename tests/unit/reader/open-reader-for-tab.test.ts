import { describe, expect, it } from 'vitest';
import {
  KEPT_SNAPSHOTS,
  openReaderForTab,
  type OpenReaderPorts,
  type ReaderHandoff,
} from '../../../utils/reader/open-reader-for-tab';
import { SnapshotAbandoned } from '../../../utils/reader/snapshot-while-tab-stays';
import { AutoOpenGuard, AUTO_OPEN_QUIET_MS, TAB_HOST_QUIET_MS } from '../../../utils/reader/auto-open-guard';

/** An in-memory session store and tab strip standing in for the browser's. */
function memoryPorts(answer: () => Promise<unknown>) {
  const store = new Map<string, ReaderHandoff>();
  const opened: string[] = [];
  const focused: boolean[] = [];
  let clock = 1_000;
  let id = 0;
  const ports: OpenReaderPorts = {
    requestSnapshot: answer,
    sourceUrl: async () => 'https://news.example/a',
    store: async (key, value) => void store.set(key, value),
    listKeys: async () => [...store.keys(), 'settings'],
    remove: async (keys) => keys.forEach((k) => store.delete(k)),
    openTab: async (key, _source, focus) => {
      opened.push(key);
      focused.push(focus);
      return 100 + opened.length;
    },
    now: () => clock++,
    randomId: () => String(id++),
  };
  return { ports, store, opened, focused };
}

const SNAPSHOT = { html: '<p>x</p>', url: 'https://news.example/a', title: 'A', lang: 'en', dir: '', marks: [], loaded: [] };

describe('openReaderForTab', () => {
  it('stores the snapshot and opens one reader tab for it', async () => {
    const { ports, store, opened } = memoryPorts(async () => SNAPSHOT);
    const result = await openReaderForTab(7, ports);
    expect(result).toEqual({ ok: true, readerTabId: 101, failure: undefined });
    expect(opened).toHaveLength(1);
    expect(store.get(opened[0]!)).toMatchObject({ snapshot: SNAPSHOT, sourceTabId: 7, sourceUrl: SNAPSHOT.url });
  });

  it('takes focus when asked for, and not when it opens by itself', async () => {
    const { ports, focused } = memoryPorts(async () => SNAPSHOT);
    await openReaderForTab(7, ports);
    await openReaderForTab(7, ports, { focus: false });
    expect(focused).toEqual([true, false]);
  });

  it('still opens the reader, with the reason, when the page does not answer or answers nonsense', async () => {
    const unreachable = memoryPorts(() => Promise.reject(new Error('Receiving end does not exist')));
    expect(await openReaderForTab(7, unreachable.ports)).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(unreachable.store.get(unreachable.opened[0]!)).toMatchObject({ snapshot: null, failure: 'unreachable', sourceUrl: 'https://news.example/a' });

    const invalid = memoryPorts(async () => ({ html: 42 }));
    expect(await openReaderForTab(7, invalid.ports)).toMatchObject({ ok: false, failure: 'invalid' });
  });

  it('opens the reader saying why, when the page moved on or did not answer in time', async () => {
    for (const reason of ['navigated', 'slow'] as const) {
      const abandoned = memoryPorts(() => Promise.reject(new SnapshotAbandoned(reason)));
      expect(await openReaderForTab(7, abandoned.ports, { focus: false })).toMatchObject({ ok: false, failure: reason, readerTabId: 101 });
      expect(abandoned.store.get(abandoned.opened[0]!)).toMatchObject({ snapshot: null, failure: reason });
    }
  });

  it(`keeps only the newest ${KEPT_SNAPSHOTS} snapshots and leaves other keys alone`, async () => {
    const { ports, store, opened } = memoryPorts(async () => SNAPSHOT);
    for (let i = 0; i < KEPT_SNAPSHOTS + 3; i++) await openReaderForTab(7, ports);
    expect([...store.keys()]).toEqual(opened.slice(-KEPT_SNAPSHOTS));
  });
});

describe('openReaderForTab under the session storage quota', () => {
  it('drops older snapshots to make room, and says so when one page alone is too large', async () => {
    const { ports, store, opened } = memoryPorts(async () => SNAPSHOT);
    await openReaderForTab(7, ports);
    await openReaderForTab(7, ports);
    // A store that takes only one snapshot at a time, like a full quota.
    const roomy = ports.store;
    ports.store = async (key, value) => {
      if (value.snapshot && store.size > 0) throw new Error('QUOTA_BYTES quota exceeded');
      await roomy(key, value);
    };
    expect(await openReaderForTab(7, ports)).toMatchObject({ ok: true });
    expect([...store.keys()]).toEqual([opened[2]]);

    ports.store = async (key, value) => {
      if (value.snapshot) throw new Error('QUOTA_BYTES quota exceeded');
      await roomy(key, value);
    };
    expect(await openReaderForTab(7, ports)).toMatchObject({ ok: false, failure: 'too-large' });
    expect(store.get(opened[3]!)).toMatchObject({ snapshot: null, failure: 'too-large', sourceUrl: SNAPSHOT.url });
  });
});

describe('AutoOpenGuard', () => {
  it('opens a page once, again after the quiet period, and ignores the #fragment', () => {
    const guard = new AutoOpenGuard();
    expect(guard.claim(1, 'https://news.example/a', 0)).toBe(true);
    expect(guard.claim(2, 'https://news.example/a#comments', 10)).toBe(false);
    expect(guard.claim(2, 'https://news.example/b', 10)).toBe(true);
    expect(guard.claim(3, 'https://news.example/a', AUTO_OPEN_QUIET_MS + 1)).toBe(true);
  });

  it('opens once per tab and host however the page changes its query string, then again after a while', () => {
    const guard = new AutoOpenGuard();
    expect(guard.claim(1, 'https://news.example/live?n=0', 0)).toBe(true);
    for (let n = 1; n < 50; n++) expect(guard.claim(1, `https://news.example/live?n=${n}`, n * 300)).toBe(false);
    // Another site in the same tab, or the same site in another tab, is another matter.
    expect(guard.claim(1, 'https://other.example/story', 20_000)).toBe(true);
    expect(guard.claim(2, 'https://news.example/live?n=99', 20_000)).toBe(true);
    expect(guard.claim(1, 'https://news.example/live?n=100', TAB_HOST_QUIET_MS + 1)).toBe(true);
  });

  it('never opens a second reader for a tab whose reader is still open', () => {
    const guard = new AutoOpenGuard();
    guard.readerOpened(1, 50); // opened by hand from the popup
    expect(guard.claim(1, 'https://news.example/a', 0)).toBe(false);
    expect(guard.claim(1, 'https://later.example/b', TAB_HOST_QUIET_MS * 3)).toBe(false);
    expect(guard.isReader(50)).toBe(true);
    guard.tabGone(50); // the reader closed (or left the reading view)
    expect(guard.claim(1, 'https://later.example/b', TAB_HOST_QUIET_MS * 3)).toBe(true);
    guard.readerOpened(2, 60);
    guard.tabGone(2); // the page's own tab closed
    expect(guard.isReader(60)).toBe(false);
  });

  it('comes back whole from its stored state, and drops what it cannot read', () => {
    const guard = new AutoOpenGuard();
    guard.claim(1, 'https://news.example/a', 5);
    guard.readerOpened(1, 50);
    const again = AutoOpenGuard.restore(JSON.parse(JSON.stringify(guard.state())));
    expect(again.state()).toEqual(guard.state());
    expect(again.claim(1, 'https://news.example/b', 10)).toBe(false);
    expect(again.isReader(50)).toBe(true);
    const broken = AutoOpenGuard.restore({ pages: { x: 'soon' }, tabHosts: null, readers: 7 });
    expect(broken.state()).toEqual({ pages: {}, tabHosts: {}, readers: {} });
    expect(AutoOpenGuard.restore(undefined).claim(1, 'https://news.example/a', 0)).toBe(true);
  });
});
