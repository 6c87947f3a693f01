import { vi } from 'vitest';

/**
 * The content script's own tasks (own-task.ts posts to a MessageChannel where there is no
 * scheduler.postTask, and happy-dom delivers no messages), run by hand: `pending()` says whether
 * one was asked for, `runNext()` runs it as the browser would.
 */
export function ownTasksByHand(): { pending(): boolean; runNext(): void } {
  let pending = false;
  let onmessage: (() => void) | null = null;
  class Channel {
    port1 = {
      set onmessage(fn: () => void) {
        onmessage = fn;
      },
    };
    port2 = { postMessage: () => (pending = true) };
  }
  vi.spyOn(window, 'MessageChannel', 'get').mockReturnValue(Channel as unknown as typeof MessageChannel);
  return {
    pending: () => pending,
    runNext() {
      pending = false;
      onmessage!();
    },
  };
}
