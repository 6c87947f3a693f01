/**
 * Which insertions of one batch of mutation records need reading. The parser inserts an element
 * before its children, so a record whose parent lies inside an element the same batch added is
 * skipped whole: that element's scan (run after the whole batch was made) finds what it holds.
 * Most records while parsing are such (the text and children of fresh elements), and reading
 * their nodes would give every one a wrapper in the content script's world (the largest cost
 * of watching a page load, measured on the gallery bench page).
 *
 * One instance per batch: an element scanned while an earlier batch was answered did not see
 * what later batches put into it.
 */
export class OutermostInsertions {
  readonly #added = new Set<Node>();
  /** Nodes already walked up from, and whether they lie inside an added element. */
  readonly #inside = new Map<Node, boolean>();

  /** `node` was added by this batch (and will be scanned). */
  add(node: Node): void {
    this.#added.add(node);
  }

  /** Whether `node` is, or lies inside, an element this batch added. */
  covers(node: Node): boolean {
    const chain: Node[] = [];
    let result = false;
    for (let n: Node | null = node; n; n = n.parentNode) {
      if (this.#added.has(n)) {
        result = true;
        break;
      }
      const known = this.#inside.get(n);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(n);
    }
    for (const n of chain) this.#inside.set(n, result);
    return result;
  }
}
