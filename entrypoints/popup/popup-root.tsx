import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupActions, type PopupState } from '../../components/popup/popup-app';
import { TranslateContext, type Translate } from '../../components/controls/translate-context';
import { TabStatus, type Message } from '../../utils/messages';
import { STATUS_PORT } from '../../utils/page-requests';
import { displaySiteKey, siteKey } from '../../utils/settings/site-key';
import {
  loadEffectiveSettings,
  loadSettingSources,
  setSiteMode,
  updateSite,
  watchEffectiveSettings,
} from '../../utils/settings/settings-store';

// Wiring only: finds the target tab, reads its site's settings, asks its content script for
// the count (and is told when it changes), and turns the popup's events into storage writes and
// messages.

const translate: Translate = (key, subs) => browser.i18n.getMessage(key as never, subs) || key;

/** popup.html?tabId=N targets that tab (tests open the popup in a tab of its own). */
async function findTargetTab() {
  const explicit = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(explicit) && explicit > 0) return browser.tabs.get(explicit);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askStatus(tabId: number): Promise<TabStatus | 'unreachable'> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'forewarn:get-status' });
    const parsed = TabStatus.safeParse(answer);
    return parsed.success ? parsed.data : 'unreachable';
  } catch {
    return 'unreachable'; // no content script in this tab: a browser page, or not reloaded yet
  }
}

/**
 * Told by the tab's content script (top frame) whenever its counts or mode change, while the
 * popup is open. Returns the function that stops listening.
 */
function listenForStatus(tabId: number, onStatus: (status: TabStatus) => void): () => void {
  try {
    const port = browser.tabs.connect(tabId, { name: STATUS_PORT, frameId: 0 });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = TabStatus.safeParse(raw);
      if (parsed.success) onStatus(parsed.data);
    });
    // No content script there (askStatus says so): reading lastError keeps it off the console.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    return () => port.disconnect();
  } catch {
    return () => {};
  }
}

export function PopupRoot() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [state, setState] = useState<PopupState>({ site: null, settings: null, status: null });
  const [ready, setReady] = useState(false);

  useEffect(() => {
    void findTargetTab().then((found) => {
      if (found?.id !== undefined) setTab({ id: found.id, url: found.url ?? '' });
      setReady(true);
    });
  }, []);

  // The content script runs on web pages only; other tabs (browser pages, local files) get the
  // calm "does not run here" note instead of a switch that would do nothing.
  const key = tab && /^https?:/i.test(tab.url) ? siteKey(tab.url) : null;

  useEffect(() => {
    if (!tab || !key) return;
    setState((s) => ({ ...s, site: displaySiteKey(key) }));
    const readSettings = () => {
      void loadEffectiveSettings(key).then((settings) => setState((s) => ({ ...s, settings })));
      void loadSettingSources(key).then((sources) =>
        setState((s) => ({
          ...s,
          inheritedFrom: sources.mode && sources.mode !== key ? displaySiteKey(sources.mode) : null,
        })),
      );
    };
    readSettings();
    // The port's first word may come first; then it is the newer one.
    void askStatus(tab.id).then((status) => setState((s) => (s.status === null ? { ...s, status } : s)));
    // The page applies a change of settings on its own and says when its counts changed.
    const stopListening = listenForStatus(tab.id, (status) => setState((s) => ({ ...s, status })));
    const stopWatching = watchEffectiveSettings(key, readSettings);
    return () => {
      stopListening();
      stopWatching();
    };
  }, [tab?.id, key]);

  const actions: PopupActions = {
    setMode: (mode) => {
      if (key) void setSiteMode(key, mode);
    },
    setSensitivity: (sensitivity) => {
      if (key) void updateSite(key, { sensitivity });
    },
    revealAll: () => {
      if (!tab) return;
      // The page tells the new count (listenForStatus).
      void browser.tabs.sendMessage(tab.id, { type: 'forewarn:reveal-all' } satisfies Message).catch(() => undefined);
    },
    coverAgain: () => {
      if (!tab) return;
      void browser.tabs.sendMessage(tab.id, { type: 'forewarn:cover-again' } satisfies Message).catch(() => undefined);
    },
    openReader: () => {
      if (!tab) return;
      void browser.runtime
        .sendMessage({ type: 'forewarn:open-reader', tabId: tab.id } satisfies Message)
        .catch(() => undefined);
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
  };

  if (!ready) return null;
  return (
    <TranslateContext.Provider value={translate}>
      <PopupApp state={key ? state : { site: null, settings: null, status: null }} actions={actions} />
    </TranslateContext.Provider>
  );
}
