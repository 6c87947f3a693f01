import { ReaderSnapshot } from './reader-snapshot';
import { SnapshotAbandoned } from './snapshot-while-tab-stays';

// The one way the reading view opens: popup button, keyboard command, context menu and per-site
// auto-open all call this. The browser is reached only through the ports the background passes.

export const READER_SNAPSHOT_PREFIX = 'reader-snapshot:';
/** Reader tabs keep their article across reloads; older snapshots than these are dropped. */
export const KEPT_SNAPSHOTS = 8;

/** What the reader page finds under its key in session storage. */
export interface ReaderHandoff {
  snapshot: ReaderSnapshot | null;
  /** Why there is no snapshot: the page has no Forewarn content script (yet), answered nonsense,
   *  is too large for the browser's session storage, went to another page while it was asked, or
   *  did not answer in time. */
  failure?: 'unreachable' | 'invalid' | 'too-large' | 'navigated' | 'slow';
  sourceTabId: number;
  sourceUrl: string;
  /** Date.now() when the reader was asked for, so the page can report request-to-render time. */
  requestedAt: number;
  /** How long the page took to answer with its snapshot (for the benchmark's breakdown). */
  snapshotMs: number;
}

export interface OpenReaderPorts {
  /** Asks the tab's top frame for its snapshot; rejects when nothing answers (with
   *  SnapshotAbandoned when the tab moved on or the answer took too long). */
  requestSnapshot(tabId: number): Promise<unknown>;
  sourceUrl(tabId: number): Promise<string>;
  store(key: string, handoff: ReaderHandoff): Promise<void>;
  /** Every key in the snapshot store. */
  listKeys(): Promise<string[]>;
  remove(keys: string[]): Promise<void>;
  /** Opens the reader beside its page; `focus` false leaves the person where they are. */
  openTab(readerKey: string, sourceTabId: number, focus: boolean): Promise<number | undefined>;
  now(): number;
  randomId(): string;
}

export interface OpenReaderResult {
  ok: boolean;
  readerTabId?: number;
  failure?: ReaderHandoff['failure'];
}

export interface OpenReaderOptions {
  /** Whether the reader tab takes focus: yes when asked for, no when it opened by itself. */
  focus: boolean;
}

export async function openReaderForTab(
  tabId: number,
  ports: OpenReaderPorts,
  options: OpenReaderOptions = { focus: true },
): Promise<OpenReaderResult> {
  const requestedAt = ports.now();
  let snapshot: ReaderSnapshot | null = null;
  let failure: ReaderHandoff['failure'];
  try {
    const parsed = ReaderSnapshot.safeParse(await ports.requestSnapshot(tabId));
    if (parsed.success) snapshot = parsed.data;
    else failure = 'invalid';
  } catch (error) {
    failure = error instanceof SnapshotAbandoned ? error.reason : 'unreachable';
  }
  const snapshotMs = ports.now() - requestedAt;
  const sourceUrl = snapshot?.url ?? (await ports.sourceUrl(tabId).catch(() => ''));
  // Keys sort by time, so the newest few are easy to keep.
  const key = `${READER_SNAPSHOT_PREFIX}${String(requestedAt).padStart(15, '0')}-${ports.randomId()}`;
  const handoff: ReaderHandoff = { snapshot, failure, sourceTabId: tabId, sourceUrl, requestedAt, snapshotMs };
  // Make room first: session storage has a quota (10 MB in Chrome) shared by all snapshots.
  const keys = (await ports.listKeys()).filter((k) => k.startsWith(READER_SNAPSHOT_PREFIX)).sort();
  const old = keys.slice(0, Math.max(0, keys.length - (KEPT_SNAPSHOTS - 1)));
  if (old.length > 0) await ports.remove(old);
  try {
    await ports.store(key, handoff);
  } catch {
    // Still too big: drop every other snapshot and try again, then give up with a clear message.
    const rest = keys.filter((k) => !old.includes(k));
    if (rest.length > 0) await ports.remove(rest);
    try {
      await ports.store(key, handoff);
    } catch {
      failure = 'too-large';
      await ports.store(key, { ...handoff, snapshot: null, failure });
    }
  }
  const readerTabId = await ports.openTab(key, tabId, options.focus);
  return { ok: failure === undefined, readerTabId, failure };
}
