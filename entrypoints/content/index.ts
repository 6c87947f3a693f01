import './hold-media.css';
import { browser } from 'wxt/browser';
import { MediaGuard } from '../../utils/dom/media-guard';
import { mountCover } from '../../components/cover/mount-cover';
import { englishTranslate, type Translate } from '../../utils/cover-wording';
import { loadCoverWording, translateFromWording } from '../../utils/cover-wording-store';
import { keysFor, loadPageSettings, watchPageSettings } from '../../utils/settings/page-settings';
import { loadLexicons, loadTriggerWords, triggerWordsWith, TRIGGERS_STORAGE_KEY } from '../../utils/detection-store/lexicon-store';
import type { TabStatus } from '../../utils/messages';
import { parsePageRequest, STATUS_PORT } from '../../utils/page-requests';
import { offerSnapshotVerdicts } from '../../utils/reader/snapshot-verdicts';
import { extensionAlive, type ContentScriptContext as Lifetime } from './lifetime';

// Wiring only: the guard starts watching before the first node is parsed, settings arrive a few
// milliseconds later, and pictures stay held (by hold-media.css) until then.
export default defineContentScript({
  // The manifest's options: WXT reads them here; the built script keeps only main
  // (tooling/manifest-options-out.ts).
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // Frames without a URL of their own (about:blank, srcdoc) show pictures too.
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  // No window.postMessage of "wxt:content-script-started" into every frame: pages could read it
  // (and some answer every message), and it cost ~5 ms per frame (profiled on a text-only page).
  // The bundle's lifetime (./lifetime.ts, wxt.config.ts) announces nothing at
  // all; this keeps WXT's own class quiet too. An older copy is stopped by takeOverFrom below.
  noScriptStartedPostMessage: true,
  // The bundle runs lifetime.ts's cut-down context, not WXT's class (wxt.config.ts): typed as
  // that, so a member only WXT's class has fails the type check instead of being undefined.
  main(ctx: Pick<Lifetime, 'isInvalid' | 'onInvalidated' | 'notifyInvalidated'>) {
    const host = location.host;
    // Settings from an older version are migrated by the background, which carries that code.
    const migrate = () => browser.runtime.sendMessage({ type: 'forewarn:migrate-settings' });
    // Cover strings are looked up by computed keys (category ids), hence the loose signature.
    // Read on the first cover, not here: the first touch of an API namespace builds its
    // bindings, and most frames never draw a cover.
    const getMessage = (key: string, substitutions?: string[]): string =>
      (browser.i18n.getMessage as (key: string, substitutions?: string[]) => string)(key, substitutions);
    // Every cover asks for the same few strings; each getMessage call crosses into the browser's
    // bindings (11 ms over 160 covers on a front page), so each string is looked up once.
    const strings = new Map<string, string>();
    const askI18n: Translate = (key, substitutions) => {
      const id = substitutions?.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
      let text = strings.get(id);
      if (text === undefined) {
        try {
          text = getMessage(key, substitutions) || englishTranslate(key, substitutions);
        } catch {
          return englishTranslate(key, substitutions); // the extension was updated under the page
        }
        if (strings.size < 500) strings.set(id, text);
      }
      return text;
    };
    // Covers read their wording from storage (cover-wording-store.ts says why). A picture is
    // covered only after the full reading, which waits for its lexicons: the wording is asked
    // for just before the first of them (storage answers in order), so it is here by the first
    // cover, and documents and frames whose pictures never need the full reading do not ask.
    let coverWording: (() => ReadonlyMap<string, string>) | undefined;
    let wordingRead: Promise<void> | undefined;
    const t = translateFromWording(() => coverWording?.(), askI18n);
    const loadLexiconsAndWording = (langs: readonly string[]) => {
      wordingRead ??= loadCoverWording().then((wording) => {
        coverWording = wording;
      });
      return loadLexicons(langs);
    };
    // The top frame tells the background (the toolbar badge) and the popup, while it is open and
    // holds a port, when the counts or mode change; a burst of changes (a page loading its
    // pictures) is told once. A page with nothing covered in detect mode is what the badge shows
    // after a navigation anyway: it is not told, so most pages never wake the background.
    const popups = new Set<Port>();
    let mode: TabStatus['mode'];
    const status = (): TabStatus => ({ ...guard.counts(), mode });
    let told = JSON.stringify({ covered: 0, revealed: 0, mode: 'detect' } satisfies TabStatus);
    let telling = false;
    const tell = () => {
      if (window !== window.top || telling) return;
      telling = true;
      setTimeout(() => {
        telling = false;
        const now = status();
        for (const port of popups) port.postMessage(now);
        const key = JSON.stringify(now);
        if (key === told) return;
        told = key;
        try {
          browser.runtime.sendMessage({ type: 'forewarn:page-status', status: now }).catch(() => {});
        } catch {
          // The extension was updated under the page: no badge to keep.
        }
      }, STATUS_COALESCE_MS);
    };

    // Closed shadow roots (issue 16.5): Firefox gives content scripts an element property (not
    // a method), Chromium a dom API (no permission needed).
    // `browser.dom` is read when a closed root is first asked for (its bindings are built on first touch).
    const openShadowRoot = (el: Element): ShadowRoot | null => {
      const own = (el as Element & { openOrClosedShadowRoot?: unknown }).openOrClosedShadowRoot;
      if (typeof own === 'function') return (own as () => ShadowRoot | null).call(el) ?? null;
      if (own !== undefined) return own as ShadowRoot | null;
      const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } }).dom;
      return dom?.openOrClosedShadowRoot && el instanceof HTMLElement ? dom.openOrClosedShadowRoot(el) : null;
    };
    // A document reads its settings once it shows a picture (the guard then asks for the trigger
    // words and its language's lexicon too), or when the reading view asks for its snapshot:
    // documents, ad frames and embeds without one pay for the hold stylesheet and this script,
    // not for storage reads. Asked at document_start instead, a picture-less page paid 40 ms
    // against 20 (median CPU added, stub-cost.mjs, text-only brief, 30 loads).
    let stopWatching = () => {};
    let settingsRead: Promise<void> | undefined;
    const readSettings = (firstRead?: Promise<Record<string, unknown>>): Promise<void> =>
      (settingsRead ??= loadPageSettings(host, migrate, firstRead).then((settings) => {
        apply(settings);
        if (!ctx.isInvalid) stopWatching = watchPageSettings(host, apply, migrate);
      }));
    // The first picture's settings and the trigger words the guard asks for next, in one read:
    // asked apart, the trigger words were answered ~12–20 ms after the settings.
    const readFirst = () => {
      if (settingsRead) return;
      const read = browser.storage.local.get([...keysFor(host), TRIGGERS_STORAGE_KEY]);
      triggerWordsWith(read);
      void readSettings(read);
    };
    const apply = (settings: Awaited<ReturnType<typeof loadPageSettings>>) => {
      mode = settings.mode;
      guard.setSettings(settings);
      tell();
    };
    const guard = new MediaGuard({
      win: window,
      t,
      loadLexicons: loadLexiconsAndWording,
      loadTriggerWords,
      mountCover,
      onCountsChange: tell,
      openShadowRoot,
      onFirstPicture: readFirst,
    });
    takeOverFrom(() => {
      guard.retire();
      ctx.notifyInvalidated();
    });
    guard.observe();

    // The reading view's snapshot is made by a script injected into the top frame when it opens
    // (entrypoints/reader-snapshot.ts), not by this one; it asks here for each picture's verdict.
    // It waits for the settings (the verdicts need them), which a picture-less document has not
    // read until it is asked.
    const withdrawVerdicts =
      window === window.top
        ? offerSnapshotVerdicts(globalThis, () =>
            readSettings().then(() => {
              guard.decideWaiting();
              return (el: Element) => guard.describe(el);
            }),
          )
        : () => {};

    // The status says what is known (the background asks every page for it once loaded).
    // Undefined: this frame does not answer.
    const answer = (raw: unknown): Promise<unknown> | undefined => {
      const message = parsePageRequest(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'forewarn:get-status':
          // Only the top frame answers for the tab; frames would race it.
          if (window !== window.top) return undefined;
          return Promise.resolve(status());
        case 'forewarn:reveal-all':
          guard.revealAll();
          return Promise.resolve({ ok: true });
        case 'forewarn:cover-again':
          guard.coverAgain();
          return Promise.resolve({ ok: true });
        default:
          return undefined;
      }
    };
    // sendResponse rather than a returned promise: this script runs without the polyfill (see
    // wxt.config.ts), and Chrome's own onMessage takes an answer only through sendResponse.
    // True keeps the channel open for an answer that will come; false (no answer) leaves the
    // message to the other listeners.
    const onMessage = (raw: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
      const response = answer(raw);
      if (response === undefined) return false;
      response.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onConnect = (port: Port) => {
      // Only the top frame speaks for the tab (the popup connects to frame 0 alone).
      if (port.name !== STATUS_PORT || window !== window.top) return;
      popups.add(port);
      port.onDisconnect.addListener(() => popups.delete(port));
      port.postMessage(status());
    };
    browser.runtime.onConnect.addListener(onConnect);

    // The extension was updated, reloaded or disabled under this page. The guard keeps going:
    // it needs no extension API, so covers still open and new pictures are still decided with
    // the last settings; otherwise pictures added from now on would stay held with no cover
    // to show them. A newer instance of this script, if one is injected, retires it.
    ctx.onInvalidated(() => {
      stopWatching();
      withdrawVerdicts();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
      popups.clear();
    });
  },
});

type Port = ReturnType<typeof browser.runtime.connect>;

/** Changes within this long are told to the popup as one. */
const STATUS_COALESCE_MS = 50;
const GUARD_KEY = Symbol.for('forewarn.media-guard');
const HANDOVER_EVENT = 'forewarn:guard-started';

/**
 * One guard per frame: a newer instance (injected after an update) retires the older one, which
 * stops answering the popup, and replaces its covers. Instances share the extension's isolated
 * world, where the page cannot reach; the document event covers the case where they do not, and
 * is obeyed only by an instance whose extension context is gone, so a page cannot use it to stop
 * a live guard.
 */
function takeOverFrom(retire: () => void): void {
  // An object with retire(), as an older version's guard is, so either version retires the other.
  const shared = globalThis as unknown as Record<symbol, { retire(): void } | undefined>;
  shared[GUARD_KEY]?.retire();
  shared[GUARD_KEY] = { retire };
  document.dispatchEvent(new CustomEvent(HANDOVER_EVENT));
  document.addEventListener(HANDOVER_EVENT, () => {
    if (!extensionAlive()) retire();
  });
}
