// Asking a page for its reading-view snapshot must end, whatever the page does meanwhile. Firefox
// can leave a script injection pending for good when the page navigates during it (a page that
// reloads itself does so every few hundred milliseconds), and nothing would then open the reader:
// for an auto-open, never again in that tab for minutes. So the request also ends when the tab
// starts loading another page (after a short grace: a single-page site that only changes its
// address keeps its document, and its answer still comes) or when a ceiling passes.
// Pure: the background passes the injection and the watch over its tab.

export type AbandonedReason = 'navigated' | 'slow';

/** The snapshot request ended without an answer, and why. */
export class SnapshotAbandoned extends Error {
  constructor(readonly reason: AbandonedReason) {
    super(`the reading view's snapshot was abandoned: ${reason}`);
    this.name = 'SnapshotAbandoned';
  }
}

/** What the background watches while it waits. */
export interface TabWatch {
  /** Settles when the tab starts loading another document or closes. */
  departed: Promise<void>;
  /** Settles after `ms` milliseconds. */
  wait(ms: number): Promise<void>;
  /** Stops watching (removes listeners, clears timers). */
  stop(): void;
}

/** After the tab starts loading another page, how long its old document may still answer. */
export const DEPARTURE_GRACE_MS = 1_000;
/** The longest a snapshot is waited for: a 400 KB article answers in well under a second. */
export const SNAPSHOT_CEILING_MS = 15_000;

type Outcome<T> = { answer: T } | { abandoned: AbandonedReason };

export async function snapshotWhileTabStays<T>(inject: () => Promise<T>, watch: TabWatch): Promise<T> {
  let departed = false;
  const departure = watch.departed
    .then(() => {
      departed = true;
      return watch.wait(DEPARTURE_GRACE_MS);
    })
    .then((): Outcome<T> => ({ abandoned: 'navigated' }));
  const ceiling = watch.wait(SNAPSHOT_CEILING_MS).then((): Outcome<T> => ({ abandoned: 'slow' }));
  try {
    const outcome = await Promise.race([inject().then((answer): Outcome<T> => ({ answer })), departure, ceiling]);
    if ('abandoned' in outcome) throw new SnapshotAbandoned(outcome.abandoned);
    return outcome.answer;
  } catch (error) {
    // The frame went away under the injection ("Frame with ID 0 was removed" in Chromium, or the
    // new document without Forewarn yet): say so, not that Forewarn cannot read the page.
    if (departed && !(error instanceof SnapshotAbandoned)) throw new SnapshotAbandoned('navigated');
    throw error;
  } finally {
    watch.stop();
  }
}
