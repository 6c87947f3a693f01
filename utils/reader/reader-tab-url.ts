// A reader tab's address names its snapshot (s) and the tab it reads (tab), so the background can
// find a tab's reader again, without state of its own that a restart would lose.

/** reader.html?s=<key>&tab=<source tab id>, under the extension's own reader page URL. */
export function readerTabUrl(readerPage: string, key: string, sourceTabId: number): string {
  return `${readerPage}?s=${encodeURIComponent(key)}&tab=${sourceTabId}`;
}

/** The tab a reader tab reads, or null when `url` is not a reader tab of this extension. */
export function readerSourceTab(readerPage: string, url: string | undefined): number | null {
  if (!url?.startsWith(`${readerPage}?`)) return null;
  const tab = new URL(url).searchParams.get('tab');
  return tab !== null && /^\d{1,15}$/.test(tab) ? Number(tab) : null;
}

/** The open reader tab that reads `sourceTabId`, if any (the first, should there be several). */
export function findReaderTab(
  readerPage: string,
  tabs: readonly { id?: number; url?: string }[],
  sourceTabId: number,
): number | undefined {
  return tabs.find((tab) => tab.id !== undefined && readerSourceTab(readerPage, tab.url) === sourceTabId)?.id;
}
