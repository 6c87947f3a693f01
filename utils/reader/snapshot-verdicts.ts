import type { MediaMark } from './media-mark';

// How the reading view's snapshot reaches the guard's verdicts. The snapshot's code is not in the
// content script (which runs in every frame of every page): the background injects it into the
// top frame when the reading view opens (entrypoints/reader-snapshot.ts), into the same isolated
// world, where the content script has left a function that answers each element's verdict.
// The page cannot call it or replace it: that world's globals are shared only with scripts the
// extension injects there (a page script sees its own window; in Firefox the sandbox's window
// is an Xray, which shows no property the page set).

/** Waits until the document's verdicts can be read (its settings), then gives the reader of them. */
export type SnapshotVerdicts = () => Promise<(el: Element) => MediaMark | undefined>;

const KEY = Symbol.for('forewarn.snapshot-verdicts');
type Scope = Record<symbol, unknown>;

/** Leaves `verdicts` in this world for the snapshot; the returned function takes it back (if still its own). */
export function offerSnapshotVerdicts(scope: object, verdicts: SnapshotVerdicts): () => void {
  (scope as Scope)[KEY] = verdicts;
  return () => {
    if ((scope as Scope)[KEY] === verdicts) delete (scope as Scope)[KEY];
  };
}

/** The verdicts a content script left in this world, if one runs here. */
export function findSnapshotVerdicts(scope: object): SnapshotVerdicts | undefined {
  const found = (scope as Scope)[KEY];
  return typeof found === 'function' ? (found as SnapshotVerdicts) : undefined;
}
