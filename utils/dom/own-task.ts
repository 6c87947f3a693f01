// A task of the content script's own, run as soon as the browser gets to it: for work that must
// not lengthen the page's task that asked for it (a huge batch of records, a slice of decisions).

/** Posts `run` as a task; `run` is the only thing the poster ever runs. */
export type TaskPoster = () => void;

interface PrioritizedScheduler {
  postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Where the Prioritized Task Scheduling API exists (Chromium), a user-blocking task: while the
 * page is parsed, ordinary tasks wait behind the parser's, and a huge page's pictures then waited
 * until its load to be decided. Elsewhere a message to a channel of our own, which runs as the
 * next task without timers' nesting clamp.
 */
export function ownTaskPoster(win: Window & typeof globalThis, run: () => void): TaskPoster {
  const scheduler = (win as unknown as { scheduler?: Partial<PrioritizedScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const post = scheduler.postTask.bind(scheduler);
    return () => void post(run, { priority: 'user-blocking' });
  }
  let channel: MessageChannel | undefined;
  return () => {
    if (!channel) {
      channel = new win.MessageChannel();
      channel.port1.onmessage = run;
    }
    channel.port2.postMessage(null);
  };
}
