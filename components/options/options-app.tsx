import type { SettingsProblem, SiteRow, SyncReport } from '../../utils/settings/settings-store';
import type { GlobalSettings } from '../../utils/settings/settings-schema';
import type { ReaderPreferences } from '../../utils/settings/reader-preferences';
import { useTranslate } from '../controls/translate-context';
import { BackupSection, type BackupMessage } from './backup-section';
import { GlobalSettingsSection, type GlobalPatch } from './global-settings-section';
import { PrivacySection } from './privacy-section';
import { ProblemsBanner } from './problems-banner';
import { ReaderPreferencesSection } from './reader-preferences-section';
import { SiteListSection, type SiteListActions } from './site-list-section';

export interface OptionsState {
  global: GlobalSettings;
  sites: SiteRow[];
  problems: SettingsProblem[];
  sync: SyncReport | null;
  backupMessage: BackupMessage | null;
}

export interface OptionsActions {
  updateGlobal(patch: GlobalPatch): void;
  updateReader(reader: ReaderPreferences): void;
  sites: SiteListActions;
  discardProblem(storageKey: string): void;
  exportFile(): void;
  importFile(file: File): void;
}

export function OptionsApp({ state, actions }: { state: OptionsState; actions: OptionsActions }) {
  const t = useTranslate();
  return (
    <div class="fw-options">
      <header class="fw-options-header">
        <span class="fw-mark" aria-hidden="true" />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="fw-hint">{t('options_privacy')}</p>
        </div>
      </header>
      <nav class="fw-toc" aria-label={t('options_toc')}>
        <a href="#defaults-heading">{t('options_defaults_heading')}</a>
        <a href="#sites-heading">{t('options_sites_heading')}</a>
        <a href="#privacy-heading">{t('options_privacy_heading')}</a>
        <a href="#reader-heading">{t('options_reader_heading')}</a>
        <a href="#backup-heading">{t('options_backup_heading')}</a>
      </nav>
      <main>
        <ProblemsBanner problems={state.problems} onDiscard={actions.discardProblem} />
        <GlobalSettingsSection global={state.global} onChange={actions.updateGlobal} />
        <SiteListSection
          sites={state.sites}
          sync={state.sync}
          defaultSensitivity={state.global.sensitivity}
          actions={actions.sites}
        />
        <PrivacySection global={state.global} onChange={actions.updateGlobal} />
        <ReaderPreferencesSection reader={state.global.reader} onChange={actions.updateReader} />
        <BackupSection message={state.backupMessage} onExport={actions.exportFile} onImport={actions.importFile} />
      </main>
    </div>
  );
}
