import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsActions, type OptionsState } from '../../components/options/options-app';
import { TranslateContext, type Translate } from '../../components/controls/translate-context';
import { countedMessage } from '../../utils/counted-message';
import { MAX_IMPORT_BYTES, parseSettingsFile, type ImportResult } from '../../utils/settings/settings-transfer';
import { importProblemMessage } from '../../utils/settings/import-problem-message';
import {
  discardProblem,
  exportSettings,
  findSettingsProblems,
  getSyncReport,
  importSettings,
  listSites,
  loadGlobalSettings,
  removeSite,
  resyncSettings,
  updateGlobalSettings,
  updateSite,
  watchAllSettings,
} from '../../utils/settings/settings-store';

// Wiring only: reads everything from the settings store, re-reads on every change (from this
// page, the popup or another device), and turns the page's events into store calls.

const translate: Translate = (key, subs) => browser.i18n.getMessage(key as never, subs) || key;

async function readAll(): Promise<Omit<OptionsState, 'backupMessage'>> {
  const [global, sites, problems, sync] = await Promise.all([
    loadGlobalSettings(),
    listSites(),
    findSettingsProblems(),
    getSyncReport(),
  ]);
  return { global, sites, problems, sync };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function OptionsRoot() {
  const [state, setState] = useState<OptionsState | null>(null);
  const t = translate;
  const refresh = () => void readAll().then((all) => setState((s) => ({ backupMessage: null, ...s, ...all })));
  const say = (kind: 'ok' | 'error', text: string) =>
    setState((s) => (s ? { ...s, backupMessage: { kind, text } } : s));

  useEffect(() => {
    refresh();
    const stop = watchAllSettings(refresh);
    void resyncSettings(); // the sync line then reports on a fresh copy
    return stop;
  }, []);

  const actions: OptionsActions = {
    updateGlobal: (patch) => void updateGlobalSettings(patch),
    updateReader: (reader) => void updateGlobalSettings({ reader }),
    sites: {
      add: (site, mode) => void updateSite(site, { mode }),
      update: (key, patch) => void updateSite(key, patch),
      remove: (key) => void removeSite(key),
    },
    discardProblem: (key) => void discardProblem(key).then(refresh),
    exportFile: async () => {
      const file = await exportSettings();
      download(`forewarn-settings-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
      say('ok', countedMessage(t, 'backup_exported', Object.keys(file.sites).length));
    },
    importFile: async (file) => {
      // Size first: an oversized file is refused before it is read into memory.
      const result =
        file.size > MAX_IMPORT_BYTES
          ? ({ ok: false, problem: 'too-large' } as ImportResult)
          : parseSettingsFile(await file.text(), file.size);
      if (!result.ok) {
        say('error', `${importProblemMessage(result, t)} ${t('backup_nothing_changed')}`);
        return;
      }
      try {
        await importSettings(result.file);
        say('ok', countedMessage(t, 'backup_imported', Object.keys(result.file.sites).length));
      } catch (error) {
        console.error(error); // the browser's own words stay in the console, not in the message
        say('error', `${t('backup_error_storage')} ${t('backup_nothing_changed')}`);
      }
    },
  };

  if (!state) return null;
  return (
    <TranslateContext.Provider value={translate}>
      <OptionsApp state={state} actions={actions} />
    </TranslateContext.Provider>
  );
}
