import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupActions, type PopupState } from '../../components/popup/popup-app';
import { TranslateContext, type Translate } from '../../components/controls/translate-context';
import { TabStatus, type Message } from '../../utils/messages';
import { displaySiteKey, siteKey } from '../../utils/settings/site-key';
import {
  loadEffectiveSettings,
  loadSettingSources,
  setSiteMode,
  updateSite,
  watchEffectiveSettings,
} from '../../utils/settings/settings-store';

// Wiring only: finds the target tab, reads its site's settings, asks its content script for
// the count, and turns the popup's events into storage writes and messages.

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

export function PopupRoot() {
  const refreshStatusOf = (tabId: number) =>
    void askStatus(tabId).then((status) => setState((s) => ({ ...s, status })));
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
    void askStatus(tab.id).then((status) => setState((s) => ({ ...s, status })));
    return watchEffectiveSettings(key, () => {
      readSettings();
      // The page applies the change on its own; ask again once it has had a moment.
      setTimeout(refreshStatusOf, 250, tab.id);
      setTimeout(refreshStatusOf, 1000, tab.id); // late images (lazy, slow) settle later
    });
  }, [tab?.id, key]);

  const refreshStatus = () => {
    if (tab) void askStatus(tab.id).then((status) => setState((s) => ({ ...s, status })));
  };
  const actions: PopupActions = {
    setMode: (mode) => {
      if (key) void setSiteMode(key, mode);
    },
    setSensitivity: (sensitivity) => {
      if (key) void updateSite(key, { sensitivity });
    },
    revealAll: () => {
      if (!tab) return;
      void browser.tabs
        .sendMessage(tab.id, { type: 'forewarn:reveal-all' } satisfies Message)
        .catch(() => undefined)
        .then(refreshStatus);
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
