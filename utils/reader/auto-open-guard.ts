// Per-site auto-open fires when a page finishes loading. The same article must not pop open a
// second reader when the reader links back to it, or when the page reloads.

/** A page whose reader was opened this recently is not opened again automatically. */
export const AUTO_OPEN_QUIET_MS = 10 * 60 * 1000;

export class AutoOpenGuard {
  private readonly opened = new Map<string, number>();

  /** True (and remembered) when `url` has not been auto-opened within the quiet period. */
  claim(url: string, now: number): boolean {
    for (const [seen, at] of this.opened) if (now - at > AUTO_OPEN_QUIET_MS) this.opened.delete(seen);
    const key = url.replace(/#.*$/, '');
    if (this.opened.has(key)) return false;
    this.opened.set(key, now);
    return true;
  }
}
