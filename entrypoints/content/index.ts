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
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Cover strings are looked up by computed keys (category ids), hence the loose signature.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
    const t: Translate = (key, substitutions) =>
      getMessage(key, substitutions) || englishTranslate(key, substitutions);
    const guard = new MediaGuard({ win: window, t });
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

    ctx.onInvalidated(() => {
      stopWatching();
      guard.disconnect();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
