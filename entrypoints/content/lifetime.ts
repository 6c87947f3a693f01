import { browser } from 'wxt/browser';

/**
 * The lifetime WXT's content-script wrapper hands to `main` (it builds one as
 * `new ContentScriptContext(name, options)`), cut to what Forewarn's content script uses: whether
 * the extension's context is gone, and a call when it goes. wxt.config.ts puts it in place of
 * WXT's class in the content script's bundle only. WXT's class also watches the page's address,
 * wraps timers and frames, and ends itself when a script of the same name announces its start
 * with an event on the document, which the page it shares that document with can dispatch too.
 * Forewarn hands over between its own instances itself (takeOverFrom in index.ts), and the
 * content script runs in every frame of every page, where WXT's class cost ~2 KB of script
 * (669 bytes of content.js gzipped).
 */
export class ContentScriptContext {
  #state: 'valid' | 'invalid' = 'valid';
  readonly #onInvalid: (() => void)[] = [];

  /** Whether the extension was updated, reloaded or removed under the page (or a newer instance took over). */
  get isInvalid(): boolean {
    if (this.#state === 'valid' && !extensionAlive()) this.notifyInvalidated();
    return this.#state === 'invalid';
  }

  /** Calls `cb` once, when the context ends (WXT's returns how to take it back: never asked here). */
  onInvalidated(cb: () => void): void {
    this.#onInvalid.push(cb);
  }

  /** Ends the context and runs what was registered for that, each once. */
  notifyInvalidated(): void {
    if (this.#state === 'invalid') return;
    this.#state = 'invalid';
    for (const cb of this.#onInvalid.splice(0)) {
      try {
        cb();
      } catch {
        // A listener of a dead extension context may throw on removal: the others still run.
      }
    }
  }
}

export function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
