// The reader's reveals on this page, kept by Forewarn rather than in attributes the page can
// strip. A reveal belongs to a picture: an element that shows it, by its source signature. When
// the page replaces that element with a fresh one of the same source (frameworks re-render),
// the fresh one takes the reveal over once the old one has left the page. Only an element that
// appeared after the reveal can take it: a copy of the picture that was on the page already is
// another picture, and one click opens one. Only the reader's own controls add a reveal; "Hide
// image" ends it, and a reload forgets them all (memory only). Elements are held weakly: a
// reveal never keeps a removed element alive.

interface Holder {
  readonly isConnected: boolean;
}

interface Reveal<T extends object> {
  holder: WeakRef<T>;
  /** When the reader revealed it (any clock, as long as the guard uses one). */
  at: number;
}

export class RevealMemory<T extends object & Holder> {
  /** The reveals of each source signature. */
  readonly #bySource = new Map<string, Reveal<T>[]>();
  /** Elements without a source yet (nothing to match a replacement on). */
  #unsourced = new WeakSet<T>();

  /** The reader revealed `el`, showing the picture `source` (may be empty), at time `at`. */
  add(el: T, source: string, at: number): void {
    if (!source) {
      this.#unsourced.add(el);
      return;
    }
    const reveals = this.#live(source);
    if (!reveals.some((r) => r.holder.deref() === el)) reveals.push({ holder: new WeakRef(el), at });
    this.#bySource.set(source, reveals);
  }

  /** The reader hid `el` again, or it no longer shows `source`: its reveal ends. */
  remove(el: T, source: string): void {
    this.#unsourced.delete(el);
    const rest = this.#live(source).filter((r) => r.holder.deref() !== el);
    if (rest.length) this.#bySource.set(source, rest);
    else this.#bySource.delete(source);
  }

  /**
   * Whether `el`, showing `source` and found at time `found`, is revealed: it holds a reveal,
   * or it appeared after one whose element has left the page, and takes it over.
   */
  holds(el: T, source: string, found: number): boolean {
    if (this.#unsourced.has(el)) return true;
    const reveals = source ? this.#bySource.get(source) : undefined;
    if (!reveals) return false;
    if (reveals.some((r) => r.holder.deref() === el)) return true;
    const left = reveals.find((r) => r.at <= found && !r.holder.deref()?.isConnected);
    if (!left) return false;
    left.holder = new WeakRef(el);
    return true;
  }

  /** Whether an element that left the page held a reveal of `source` (a fresh one may take it). */
  orphaned(source: string): boolean {
    return this.#bySource.get(source)?.some((r) => !r.holder.deref()?.isConnected) ?? false;
  }

  /** Forgets every reveal (the site was switched off: the page starts afresh). */
  clear(): void {
    this.#bySource.clear();
    this.#unsourced = new WeakSet<T>();
  }

  /** The reveals of `source` whose elements still exist (collected ones are dropped on the way). */
  #live(source: string): Reveal<T>[] {
    return (this.#bySource.get(source) ?? []).filter((r) => r.holder.deref() !== undefined);
  }
}
