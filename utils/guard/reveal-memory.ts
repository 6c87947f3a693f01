// The reader's reveals on this page, kept by Forewarn rather than in attributes the page can
// strip. A reveal belongs to a picture: an element that shows it, by its source signature. When
// the page replaces that element with a fresh one of the same source (frameworks re-render),
// the fresh one takes the reveal over, but only once the old one has left the page: two copies
// of a picture on a page are two pictures, and one click opens one. Only the reader's own
// controls add a reveal; "Hide image" ends it, and a reload forgets them all (memory only).
// Elements are held weakly: a reveal never keeps a removed element alive.

interface Holder {
  readonly isConnected: boolean;
}

export class RevealMemory<T extends object & Holder> {
  /** Elements holding a reveal, by source signature. */
  readonly #bySource = new Map<string, WeakRef<T>[]>();
  /** Elements without a source yet (nothing to match a replacement on). */
  #unsourced = new WeakSet<T>();

  /** The reader revealed `el`, showing the picture `source` (may be empty). */
  add(el: T, source: string): void {
    if (!source) {
      this.#unsourced.add(el);
      return;
    }
    const holders = this.#live(source);
    if (!holders.some((ref) => ref.deref() === el)) holders.push(new WeakRef(el));
    this.#bySource.set(source, holders);
  }

  /** The reader hid `el` again, or it no longer shows `source`: its reveal ends. */
  remove(el: T, source: string): void {
    this.#unsourced.delete(el);
    const rest = this.#live(source).filter((ref) => ref.deref() !== el);
    if (rest.length) this.#bySource.set(source, rest);
    else this.#bySource.delete(source);
  }

  /**
   * Whether `el`, showing `source`, is revealed: it holds a reveal, or it takes over one whose
   * element has left the page.
   */
  holds(el: T, source: string): boolean {
    if (this.#unsourced.has(el)) return true;
    const holders = source ? this.#bySource.get(source) : undefined;
    if (!holders) return false;
    if (holders.some((ref) => ref.deref() === el)) return true;
    const gone = holders.findIndex((ref) => !ref.deref()?.isConnected);
    if (gone < 0) return false;
    holders[gone] = new WeakRef(el);
    return true;
  }

  /** Whether an element that left the page held a reveal of `source` (a fresh one may take it). */
  orphaned(source: string): boolean {
    return this.#bySource.get(source)?.some((ref) => !ref.deref()?.isConnected) ?? false;
  }

  /** Forgets every reveal (the site was switched off: the page starts afresh). */
  clear(): void {
    this.#bySource.clear();
    this.#unsourced = new WeakSet<T>();
  }

  /** The holders of `source` that still exist (collected ones are dropped on the way). */
  #live(source: string): WeakRef<T>[] {
    return (this.#bySource.get(source) ?? []).filter((ref) => ref.deref() !== undefined);
  }
}
