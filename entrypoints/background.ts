import { browser } from 'wxt/browser';
import { bundledStoredLexicon } from '../utils/detection/bundled-lexicons';
import { answerLexiconRequest, storeAllLexicons } from '../utils/detection-store/lexicon-store';
import { storeCoverWording } from '../utils/cover-wording-store';
import { parseMessage, TabStatus } from '../utils/messages';
import { openReaderForTab, type OpenReaderPorts } from '../utils/reader/open-reader-for-tab';
import { AutoOpenGuard } from '../utils/reader/auto-open-guard';
import { snapshotWhileTabStays, type TabWatch } from '../utils/reader/snapshot-while-tab-stays';
import { findReaderTab, readerSourceTab, readerTabUrl } from '../utils/reader/reader-tab-url';
import { toggleReader } from '../utils/reader/toggle-reader';
import { loadEffectiveSettings, migrateStoredSettings, startSettingsSync } from '../utils/settings/settings-store';
import { toolbarState } from '../utils/toolbar-badge';

// Wiring only. Everything runs inside main(): WXT imports this file at build time.
export default defineBackground(() => {
  // ---- Settings: migrate old versions, take newer choices from other devices, mirror to sync.
  startSettingsSync();

  // ---- Reading view: popup, keyboard command, context menu and auto-open share one function.
  // One reader tab per page: asked again, the page's reader is refreshed and shown; asked on the
  // reader itself, it closes and its page comes back (utils/reader/toggle-reader.ts).
  const readerPage = browser.runtime.getURL('/reader.html');
  const watchTab = (tabId: number): TabWatch => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    let depart = () => {};
    const departed = new Promise<void>((resolve) => (depart = resolve));
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'loading') depart();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) depart();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return {
      departed,
      wait: (ms) => new Promise((resolve) => void timers.push(setTimeout(resolve, ms))),
      stop: () => {
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
        timers.forEach(clearTimeout);
      },
    };
  };
  const readerPorts: OpenReaderPorts = {
    // The snapshot's code is injected now, into the top frame's content-script world, instead of
    // riding in the content script of every frame (entrypoints/reader-snapshot.ts). At once, as a
    // message would be answered, not when the page is idle. Null: no content script runs there.
    // The wait ends if the tab moves on or takes too long (snapshot-while-tab-stays.ts).
    requestSnapshot: (tabId) =>
      snapshotWhileTabStays(async () => {
        const [injection] = await browser.scripting.executeScript({
          target: { tabId, frameIds: [0] },
          files: ['/reader-snapshot.js'],
          injectImmediately: true,
        });
        if (injection?.result == null) throw new Error('no Forewarn content script in the page');
        return injection.result;
      }, watchTab(tabId)),
    sourceUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? '',
    store: (key, handoff) => browser.storage.session.set({ [key]: handoff }),
    // getKeys avoids reading megabytes of old snapshots just to learn their names.
    listKeys: async () =>
      typeof browser.storage.session.getKeys === 'function'
        ? await browser.storage.session.getKeys()
        : Object.keys(await browser.storage.session.get(null)),
    remove: (keys) => browser.storage.session.remove(keys),
    openTab: async (key, sourceTabId, focus) => {
      const url = readerTabUrl(readerPage, key, sourceTabId);
      // tabs.query with a URL pattern misses moz-extension:// pages in Firefox: filter all tabs.
      const existing = findReaderTab(readerPage, await browser.tabs.query({}), sourceTabId);
      if (existing !== undefined) {
        const reused = await browser.tabs.update(existing, { url, active: focus }).catch(() => undefined);
        if (reused) return reused.id;
      }
      const source = await browser.tabs.get(sourceTabId).catch(() => undefined);
      const tab = await browser.tabs.create({
        url,
        index: source ? source.index + 1 : undefined,
        windowId: source?.windowId,
        openerTabId: source ? sourceTabId : undefined,
        active: focus,
      });
      return tab.id;
    },
    now: () => Date.now(),
    randomId: () => crypto.randomUUID(),
  };
  // Which tabs have a reader, and which pages opened one by themselves (see auto-open-guard.ts).
  // Kept in session storage too: the service worker may be stopped between two page loads.
  const AUTO_OPEN_KEY = 'auto-open-guard';
  const autoOpen = browser.storage.session
    .get(AUTO_OPEN_KEY)
    .then((stored) => AutoOpenGuard.restore(stored[AUTO_OPEN_KEY]))
    .catch(() => new AutoOpenGuard());
  const keepAutoOpen = (guard: AutoOpenGuard) =>
    void browser.storage.session.set({ [AUTO_OPEN_KEY]: guard.state() }).catch(() => {});
  const openReaderTracked = async (tabId: number, options = { focus: true }) => {
    const result = await openReaderForTab(tabId, readerPorts, options);
    if (result.readerTabId !== undefined) {
      const guard = await autoOpen;
      guard.readerOpened(tabId, result.readerTabId);
      keepAutoOpen(guard);
    }
    return result;
  };
  const openReader = (tabId: number) =>
    toggleReader(tabId, {
      readerSourceOf: async (id) => readerSourceTab(readerPage, (await browser.tabs.get(id).catch(() => undefined))?.url),
      showTab: (id) =>
        browser.tabs.update(id, { active: true }).then(
          () => true,
          () => false,
        ),
      closeTab: (id) => browser.tabs.remove(id),
      openReader: (id) => openReaderTracked(id),
    });

  // ---- Detection: content scripts read compiled lexicons from storage.local, one language at a
  // time, instead of bundling and compiling them on every page. Written on install and update
  // (which also drops other formats' keys), and on start-up if any is missing.
  browser.runtime.onInstalled.addListener(() => void storeAllLexicons(bundledStoredLexicon).catch(() => {}));
  browser.runtime.onStartup.addListener(
    () => void storeAllLexicons(bundledStoredLexicon, { onlyMissing: true }).catch(() => {}),
  );
  // The cover's wording in the browser's language (cover-wording-store.ts): written again on
  // every start-up, the only time the language of extension messages can change.
  const storeWording = () => void storeCoverWording((key, subs) => browser.i18n.getMessage(key as never, subs)).catch(() => {});
  browser.runtime.onInstalled.addListener(storeWording);
  browser.runtime.onStartup.addListener(storeWording);

  // ---- Toolbar button: the page's cover count on the badge, the icon greyed where Forewarn is
  // off. Per tab: each page's top frame tells its counts as they change; a navigation clears
  // them, and the page, once loaded, is asked again (it may have told before the clearing).
  const action = browser.action ?? browser.browserAction;
  const quietly = (result: Promise<unknown> | void) => void Promise.resolve(result).catch(() => {});
  const translate = (key: string, subs?: string[]) => browser.i18n.getMessage(key as never, subs);
  const greyed = new Map<number, boolean>();
  const showToolbar = (tabId: number, status: TabStatus | null) => {
    const state = toolbarState(status, translate);
    quietly(action.setBadgeText({ tabId, text: state.text }));
    quietly(action.setTitle({ tabId, title: state.title }));
    if (greyed.get(tabId) === state.off) return;
    greyed.set(tabId, state.off);
    const folder = state.off ? 'icon-off' : 'icon';
    quietly(action.setIcon({ tabId, path: { 16: `/${folder}/16.png`, 32: `/${folder}/32.png` } }));
  };
  quietly(action.setBadgeBackgroundColor({ color: '#3d4852' }));
  // Firefox only (Chromium picks white or black by itself).
  quietly(action.setBadgeTextColor?.({ color: '#ffffff' }));
  const askToolbar = async (tabId: number, url: string | undefined) => {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'forewarn:get-status' }, { frameId: 0 }).catch(() => null);
    const status = TabStatus.safeParse(answer);
    if (!status.success) return;
    // A page reads its settings with its first picture: one without a picture has no mode to say.
    const mode = status.data.mode ?? (url ? (await loadEffectiveSettings(url).catch(() => null))?.mode : undefined);
    showToolbar(tabId, { ...status.data, mode });
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') showToolbar(tabId, null);
    else if (change.status === 'complete') void askToolbar(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => greyed.delete(tabId));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const message = parseMessage(raw);
    // A page's top frame says its counts changed (the toolbar badge above).
    if (message?.type === 'forewarn:page-status') {
      if (sender.tab?.id !== undefined && sender.frameId === 0) showToolbar(sender.tab.id, message.status);
      return undefined;
    }
    // A content script found a lexicon missing or unreadable in storage.local (public data: any page may ask).
    if (message?.type === 'forewarn:get-lexicons') return answerLexiconRequest(message.langs, bundledStoredLexicon);
    // A content script met settings of an older version (migrating is idempotent: any page may ask).
    if (message?.type === 'forewarn:migrate-settings') return migrateStoredSettings().then(() => true);
    // Only extension pages (popup, options, reader) may open the reader; pages' content
    // scripts have a sender.tab and are not asked here.
    if (message?.type !== 'forewarn:open-reader' || sender.tab?.url?.startsWith('http')) return undefined;
    return openReader(message.tabId);
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-reader') return;
    const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target !== undefined) await openReader(target);
  });

  const READER_MENU_ID = 'forewarn-open-reader';
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({
      id: READER_MENU_ID,
      // Says whose it is: Chromium lists its own "Open in reading mode" right beside it.
      title: browser.i18n.getMessage('reader_view_menu') || 'Open in Forewarn reading view',
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === READER_MENU_ID && tab?.id !== undefined) void openReader(tab.id);
  });

  // ---- Covering: after an update, pages that stayed open still run the old content script,
  // cut off from the extension. Give them the new one: it retires the old guard and replaces
  // its covers (utils/dom/media-guard.ts), so no picture is left held with nothing to show it.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'update') return;
    for (const tab of await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] })) {
      if (tab.id === undefined || tab.discarded) continue;
      void browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['/content-scripts/content.js'] }).catch(() => {});
    }
  });

  // Auto-open: once per page, per tab and host a few minutes, never beside a reader still open,
  // and without taking the person away from the page they are reading.
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.url !== undefined) {
      const guard = await autoOpen;
      // A reader tab that moved on to a web page is no longer its page's reader (about:blank,
      // which a new tab may report first in Firefox, is not a move).
      if (guard.isReader(tabId) && /^https?:/.test(change.url)) {
        guard.tabGone(tabId);
        keepAutoOpen(guard);
      }
    }
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const settings = await loadEffectiveSettings(tab.url).catch(() => null);
    if (!settings?.autoOpenReader || settings.mode === 'off') return;
    const guard = await autoOpen;
    if (!guard.claim(tabId, tab.url, Date.now())) return;
    keepAutoOpen(guard);
    await openReaderTracked(tabId, { focus: false });
  });
  browser.tabs.onRemoved.addListener(async (tabId) => {
    const guard = await autoOpen;
    guard.tabGone(tabId);
    keepAutoOpen(guard);
  });
});
