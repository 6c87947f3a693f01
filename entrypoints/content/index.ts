import './hold-media.css';
import { browser } from 'wxt/browser';
import { MediaGuard } from '../../utils/dom/media-guard';
import { englishTranslate, type Translate } from '../../utils/cover-wording';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../utils/settings/settings-store';
import { parseMessage, type TabStatus } from '../../utils/messages';
import { snapshotDocumentForReader } from '../../utils/reader/snapshot-document-for-reader';

// Wiring only: the guard starts watching before the first node is parsed, settings arrive a few
// milliseconds later, and pictures stay held (by hold-media.css) until then.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc) show pictures too.
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Cover strings are looked up by computed keys (category ids), hence the loose signature.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
    const t: Translate = (key, substitutions) => {
      try {
        return getMessage(key, substitutions) || englishTranslate(key, substitutions);
      } catch {
        return englishTranslate(key, substitutions); // the extension was updated under the page
      }
    };
    const guard = new MediaGuard({ win: window, t });
    takeOverFrom(guard);
    guard.observe();

    const host = location.host;
    let mode: TabStatus['mode'] = 'detect';
    const apply = (settings: Awaited<ReturnType<typeof loadEffectiveSettings>>) => {
      mode = settings.mode;
      guard.setSettings(settings);
    };
    apply(await loadEffectiveSettings(host));
    const stopWatching = watchEffectiveSettings(host, apply);

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = parseMessage(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'forewarn:get-status':
          // Only the top frame answers for the tab; frames would race it.
          if (window !== window.top) return undefined;
          return Promise.resolve({ ...guard.counts(), mode } satisfies TabStatus);
        case 'forewarn:snapshot-article':
          // The reading view asks for the page with every picture's verdict on it.
          if (window !== window.top) return undefined;
          return Promise.resolve(snapshotDocumentForReader(document, (el) => guard.describe(el)));
        case 'forewarn:reveal-all':
          guard.revealAll();
          return Promise.resolve({ ok: true });
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    // The extension was updated, reloaded or disabled under this page. The guard keeps going:
    // it needs no extension API, so covers still open and new pictures are still decided with
    // the last settings; otherwise pictures added from now on would stay held with no cover
    // to show them. A newer instance of this script, if one is injected, retires it.
    ctx.onInvalidated(() => {
      stopWatching();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});

const GUARD_KEY = Symbol.for('forewarn.media-guard');
const HANDOVER_EVENT = 'forewarn:guard-started';

/**
 * One guard per frame: a newer instance (injected after an update) retires the older one and
 * replaces its covers. Instances share the extension's isolated world, where the page cannot
 * reach; the document event covers the case where they do not, and is obeyed only by an
 * instance whose extension context is gone, so a page cannot use it to stop a live guard.
 */
function takeOverFrom(guard: MediaGuard): void {
  const shared = globalThis as unknown as Record<symbol, MediaGuard | undefined>;
  shared[GUARD_KEY]?.retire();
  shared[GUARD_KEY] = guard;
  document.dispatchEvent(new CustomEvent(HANDOVER_EVENT));
  document.addEventListener(HANDOVER_EVENT, () => {
    let alive = false;
    try {
      alive = Boolean(browser.runtime?.id);
    } catch {
      alive = false;
    }
    if (!alive) guard.retire();
  });
}
