// Per-site auto-open fires when a page finishes loading. It must not become a way for a page to
// pop open tab after tab: a page that reloads itself with a new query string each time is a new
// URL each time. So, besides "not the same page twice" (the reader links back to it, a reload):
// - at most one auto-open per tab and host in TAB_HOST_QUIET_MS, and
// - never a second reader for a tab whose reader is still open (opened by hand or by itself).
// Pure: the background keeps it, tells it which tabs closed, and stores its state between
// service-worker restarts (state() / restore()).

/** A page whose reader was opened this recently is not opened again automatically. */
export const AUTO_OPEN_QUIET_MS = 10 * 60 * 1000;
/** After an auto-open in a tab, other pages of the same host in that tab wait this long. */
export const TAB_HOST_QUIET_MS = 5 * 60 * 1000;

export interface AutoOpenState {
  /** URL without fragment → when its reader was auto-opened. */
  pages: Record<string, number>;
  /** "tabId host" → when a reader was auto-opened for that host in that tab. */
  tabHosts: Record<string, number>;
  /** Source tab id → its reader's tab id, while the reader is open. */
  readers: Record<string, number>;
}

const isTimes = (value: unknown): value is Record<string, number> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v));

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export class AutoOpenGuard {
  private readonly pages = new Map<string, number>();
  private readonly tabHosts = new Map<string, number>();
  private readonly readers = new Map<number, number>();

  /** A guard with a stored state; anything unreadable in it is dropped (it only costs one more auto-open). */
  static restore(raw: unknown): AutoOpenGuard {
    const guard = new AutoOpenGuard();
    const state = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof AutoOpenState, unknown>>;
    if (isTimes(state.pages)) for (const [k, v] of Object.entries(state.pages)) guard.pages.set(k, v);
    if (isTimes(state.tabHosts)) for (const [k, v] of Object.entries(state.tabHosts)) guard.tabHosts.set(k, v);
    if (isTimes(state.readers)) for (const [k, v] of Object.entries(state.readers)) guard.readers.set(Number(k), v);
    return guard;
  }

  state(): AutoOpenState {
    return {
      pages: Object.fromEntries(this.pages),
      tabHosts: Object.fromEntries(this.tabHosts),
      readers: Object.fromEntries([...this.readers].map(([source, reader]) => [String(source), reader])),
    };
  }

  /**
   * True (and remembered) when the page `url` that finished loading in tab `tabId` may open its
   * reader by itself now.
   */
  claim(tabId: number, url: string, now: number): boolean {
    for (const [key, at] of this.pages) if (now - at > AUTO_OPEN_QUIET_MS) this.pages.delete(key);
    for (const [key, at] of this.tabHosts) if (now - at > TAB_HOST_QUIET_MS) this.tabHosts.delete(key);
    const page = url.replace(/#.*$/, '');
    const tabHost = `${tabId} ${hostOf(url)}`;
    if (this.readers.has(tabId) || this.pages.has(page) || this.tabHosts.has(tabHost)) return false;
    this.pages.set(page, now);
    this.tabHosts.set(tabHost, now);
    return true;
  }

  /** A reader tab opened for `sourceTabId` (by hand or by itself). */
  readerOpened(sourceTabId: number, readerTabId: number): void {
    this.readers.set(sourceTabId, readerTabId);
  }

  /** A tab closed, or a reader tab left the reading view: it is no longer a reader or its source. */
  tabGone(tabId: number): void {
    this.readers.delete(tabId);
    for (const [source, reader] of this.readers) if (reader === tabId) this.readers.delete(source);
  }

  /** Whether `tabId` is a reader this guard knows of. */
  isReader(tabId: number): boolean {
    return [...this.readers.values()].includes(tabId);
  }
}
