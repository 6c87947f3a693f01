import { describe, expect, it } from 'vitest';
import { findReaderTab, readerSourceTab, readerTabUrl } from '../../../utils/reader/reader-tab-url';
import { toggleReader, type ToggleReaderPorts } from '../../../utils/reader/toggle-reader';

// Opening the reading view for a tab toggles: a page opens (or reuses) its reader tab, a reader
// tab closes and gives its page back.

const PAGE = 'chrome-extension://abc/reader.html';

describe('reader tab URLs', () => {
  it('name the snapshot and the tab read, and are read back', () => {
    const url = readerTabUrl(PAGE, 'reader-snapshot:001-x', 42);
    expect(url).toBe(`${PAGE}?s=reader-snapshot%3A001-x&tab=42`);
    expect(readerSourceTab(PAGE, url)).toBe(42);
  });

  it('are not confused with other pages or old reader URLs', () => {
    expect(readerSourceTab(PAGE, 'https://news.example/?tab=42')).toBeNull();
    expect(readerSourceTab(PAGE, 'chrome-extension://other/reader.html?s=k&tab=42')).toBeNull();
    expect(readerSourceTab(PAGE, `${PAGE}?s=k`)).toBeNull();
    expect(readerSourceTab(PAGE, `${PAGE}?s=k&tab=x`)).toBeNull();
    expect(readerSourceTab(PAGE, undefined)).toBeNull();
  });

  it('find the reader tab of a page among all tabs', () => {
    const tabs = [
      { id: 1, url: 'https://news.example/a' },
      { id: 2, url: readerTabUrl(PAGE, 'k1', 1) },
      { id: 3, url: readerTabUrl(PAGE, 'k2', 9) },
      { id: 4 },
    ];
    expect(findReaderTab(PAGE, tabs, 1)).toBe(2);
    expect(findReaderTab(PAGE, tabs, 9)).toBe(3);
    expect(findReaderTab(PAGE, tabs, 4)).toBeUndefined();
  });
});

function fakeTabs(readers: Record<number, number>, open: number[]) {
  const log: string[] = [];
  const ports: ToggleReaderPorts = {
    readerSourceOf: async (id) => readers[id] ?? null,
    showTab: async (id) => {
      log.push(`show ${id}`);
      return open.includes(id);
    },
    closeTab: async (id) => void log.push(`close ${id}`),
    openReader: async (id) => {
      log.push(`open for ${id}`);
      return { ok: true, readerTabId: 50 };
    },
  };
  return { ports, log };
}

describe('toggleReader', () => {
  it('opens the reader for a page', async () => {
    const { ports, log } = fakeTabs({}, [7]);
    expect(await toggleReader(7, ports)).toEqual({ ok: true, readerTabId: 50 });
    expect(log).toEqual(['open for 7']);
  });

  it('on a reader tab, shows its page first and then closes the reader', async () => {
    const { ports, log } = fakeTabs({ 50: 7 }, [7, 50]);
    expect(await toggleReader(50, ports)).toEqual({ ok: true, closedReaderTabId: 50, shownTabId: 7 });
    expect(log).toEqual(['show 7', 'close 50']);
  });

  it('keeps a reader whose page was closed', async () => {
    const { ports, log } = fakeTabs({ 50: 7 }, [50]);
    expect(await toggleReader(50, ports)).toEqual({ ok: true, readerTabId: 50 });
    expect(log).toEqual(['show 7']);
  });
});
