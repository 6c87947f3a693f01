import type { OpenReaderResult } from './open-reader-for-tab';

// The reading view toggles, as Firefox's Reader View does: asked for on a page it opens (or, if
// that page already has a reader tab, refreshes and shows that one: openTab reuses it); asked for
// on a reader tab it closes that tab and goes back to the page. Popup, shortcut, context menu
// and auto-open all come through here.

export interface ToggleReaderPorts {
  /** The reader tab's source tab, or null when `tabId` is not a reader tab. */
  readerSourceOf(tabId: number): Promise<number | null>;
  /** Brings a tab to the front; false when it no longer exists. */
  showTab(tabId: number): Promise<boolean>;
  closeTab(tabId: number): Promise<void>;
  openReader(tabId: number): Promise<OpenReaderResult>;
}

export type ToggleReaderResult = OpenReaderResult | { ok: true; closedReaderTabId: number; shownTabId: number };

export async function toggleReader(tabId: number, ports: ToggleReaderPorts): Promise<ToggleReaderResult> {
  const source = await ports.readerSourceOf(tabId);
  if (source === null) return ports.openReader(tabId);
  // Its page is gone: closing the reader would lose the article, so it stays.
  if (!(await ports.showTab(source))) return { ok: true, readerTabId: tabId };
  await ports.closeTab(tabId);
  return { ok: true, closedReaderTabId: tabId, shownTabId: source };
}
