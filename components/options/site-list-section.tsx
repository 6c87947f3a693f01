import { useEffect, useRef, useState } from 'preact/hooks';
import type { Sensitivity } from '../../utils/detection/detection-types';
import type { SiteMode } from '../../utils/settings/effective-settings';
import type { SiteEntry } from '../../utils/settings/settings-schema';
import type { SiteRow, SyncReport } from '../../utils/settings/settings-store';
import { displaySiteKey, siteKey } from '../../utils/settings/site-key';
import { useTranslate } from '../controls/translate-context';
import { countedMessage, formatCount } from '../../utils/counted-message';
import { ReplaceSiteQuestion } from './replace-site-question';
import { SiteRemovedNotice } from './site-removed-notice';

/** Rows drawn at once; thousands of sites are reached through the search box. */
const PAGE_SIZE = 100;
const MODES: SiteMode[] = ['detect', 'cover-all', 'off'];
const SENSITIVITIES: Sensitivity[] = ['minimal', 'balanced', 'strict'];
const modeKey = (mode: SiteMode) => `mode_${mode.replace('-', '_')}`;

export interface SiteListActions {
  add(site: string, mode: SiteMode): void;
  update(key: string, patch: Partial<Omit<SiteEntry, 'updatedAt'>>): void;
  remove(key: string): void;
}

export function SiteListSection({
  sites,
  sync,
  defaultSensitivity,
  actions,
}: {
  sites: SiteRow[];
  sync: SyncReport | null;
  defaultSensitivity: Sensitivity;
  actions: SiteListActions;
}) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const [newSite, setNewSite] = useState('');
  const siteInputRef = useRef<HTMLInputElement>(null);
  // Detection is the default everywhere else: adding a site should not silently hide every image.
  const [newMode, setNewMode] = useState<SiteMode>('detect');
  const [addError, setAddError] = useState<string | null>(null);
  /** A site the form would change: its own choice differs from the one asked for. */
  const [replacing, setReplacing] = useState<{ key: string; current: SiteMode; next: SiteMode } | null>(null);
  /** The last removed row, until undone or replaced by another change. */
  const [removed, setRemoved] = useState<SiteRow | null>(null);
  /** After an undo, focus goes back to the restored row once the list shows it. */
  const [focusRow, setFocusRow] = useState<string | null>(null);
  useEffect(() => {
    if (!focusRow) return;
    const button = document.querySelector<HTMLButtonElement>(`tr[data-site="${CSS.escape(focusRow)}"] .fw-remove`);
    if (!button) return;
    button.focus();
    setFocusRow(null);
  }, [focusRow, sites]);

  const needle = query.trim().toLowerCase();
  const matching = needle
    ? sites.filter((row) => row.key.includes(needle) || displaySiteKey(row.key).includes(needle))
    : sites;
  const shown = matching.slice(0, PAGE_SIZE);

  const submit = (event: Event) => {
    event.preventDefault();
    const key = siteKey(newSite);
    if (!key) {
      setAddError(t('sites_add_invalid'));
      return;
    }
    setAddError(null);
    setRemoved(null);
    const existing = sites.find((row) => row.key === key)?.entry.mode ?? null;
    if (existing !== null && existing !== newMode) {
      setReplacing({ key, current: existing, next: newMode });
      return;
    }
    setReplacing(null);
    setNewSite('');
    actions.add(key, newMode);
  };
  const remove = (row: SiteRow) => {
    setReplacing(null);
    setRemoved(row);
    actions.remove(row.key);
  };
  const undo = (row: SiteRow) => {
    const { mode, sensitivity, autoOpenReader } = row.entry;
    actions.update(row.key, { mode, sensitivity, autoOpenReader });
    setRemoved(null);
    setFocusRow(row.key);
  };

  return (
    <section class="fw-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <p class="fw-section-intro">{t('options_sites_intro')}</p>

      <form class="fw-add-site" onSubmit={submit}>
        <label class="fw-field fw-grow">
          <span>{t('sites_add_label')}</span>
          <input
            ref={siteInputRef}
            type="text"
            dir="ltr"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="news.example.com"
            value={newSite}
            aria-invalid={addError !== null}
            aria-describedby={addError ? 'add-site-error' : undefined}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
        </label>
        <label class="fw-field">
          <span>{t('sites_mode_label')}</span>
          <select value={newMode} onChange={(e) => setNewMode(e.currentTarget.value as SiteMode)}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(modeKey(mode))}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="fw-button fw-primary">
          {t('sites_add_button')}
        </button>
        {addError && (
          <p id="add-site-error" class="fw-error" role="alert">
            {addError}
          </p>
        )}
      </form>
      {replacing && (
        <ReplaceSiteQuestion
          site={displaySiteKey(replacing.key)}
          current={t(modeKey(replacing.current))}
          next={t(modeKey(replacing.next))}
          onReplace={() => {
            actions.add(replacing.key, replacing.next);
            setReplacing(null);
            setNewSite('');
            siteInputRef.current?.focus();
          }}
          onKeep={() => {
            setReplacing(null);
            siteInputRef.current?.focus();
          }}
        />
      )}
      {removed && <SiteRemovedNotice site={displaySiteKey(removed.key)} onUndo={() => undo(removed)} />}

      <div class="fw-site-tools">
        <label class="fw-field fw-grow">
          <span>{t('sites_search_label')}</span>
          <input type="search" dir="ltr" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <p class="fw-hint" role="status">
          {needle
            ? countedMessage(t, 'sites_count_matching', sites.length, [formatCount(t, matching.length), formatCount(t, sites.length)])
            : countedMessage(t, 'sites_count', sites.length)}
        </p>
      </div>

      {sites.length === 0 ? (
        <p class="fw-empty">{t('sites_empty')}</p>
      ) : (
        <table class="fw-sites">
          <caption class="fw-visually-hidden">{t('options_sites_heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sites_column_site')}</th>
              <th scope="col">{t('sites_column_mode')}</th>
              <th scope="col">{t('sites_column_sensitivity')}</th>
              <th scope="col">{t('sites_column_reader')}</th>
              <th scope="col">
                <span class="fw-visually-hidden">{t('sites_column_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <SiteRowView key={row.key} row={row} defaultSensitivity={defaultSensitivity} actions={actions} onRemove={remove} />
            ))}
          </tbody>
        </table>
      )}
      {matching.length > shown.length && (
        <p class="fw-hint">{countedMessage(t, 'sites_more', matching.length - shown.length)}</p>
      )}
      {sync && sync.sites > 0 && (
        <p class="fw-hint fw-sync-note" data-synced={sync.syncedSites}>
          {sync.error
            ? t('sync_error')
            : sync.localOnly
              ? t('sync_local_only')
              : sync.syncedSites === sync.sites
                ? t('sync_all')
                : countedMessage(t, 'sync_partial', sync.sites, [formatCount(t, sync.syncedSites), formatCount(t, sync.sites)])}
        </p>
      )}
    </section>
  );
}

function SiteRowView({
  row,
  defaultSensitivity,
  actions,
  onRemove,
}: {
  row: SiteRow;
  defaultSensitivity: Sensitivity;
  actions: SiteListActions;
  onRemove: (row: SiteRow) => void;
}) {
  const t = useTranslate();
  const name = displaySiteKey(row.key);
  return (
    <tr data-site={row.key}>
      <th scope="row">
        <bdi>{name}</bdi>
      </th>
      <td data-label={t('sites_column_mode')}>
        <select
          aria-label={t('sites_mode_for', name)}
          value={row.entry.mode ?? 'detect'}
          onChange={(e) => actions.update(row.key, { mode: e.currentTarget.value as SiteMode })}
        >
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(modeKey(mode))}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('sites_column_sensitivity')}>
        <select
          aria-label={t('sites_sensitivity_for', name)}
          value={row.entry.sensitivity ?? ''}
          onChange={(e) =>
            actions.update(row.key, {
              sensitivity: (e.currentTarget.value || undefined) as Sensitivity | undefined,
            })
          }
        >
          <option value="">{t('sites_sensitivity_default', t(`sensitivity_${defaultSensitivity}`))}</option>
          {SENSITIVITIES.map((s) => (
            <option key={s} value={s}>
              {t(`sensitivity_${s}`)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('sites_column_reader')}>
        <input
          type="checkbox"
          aria-label={t('sites_reader_for', name)}
          checked={row.entry.autoOpenReader ?? false}
          onChange={(e) => actions.update(row.key, { autoOpenReader: e.currentTarget.checked })}
        />
      </td>
      <td>
        <button type="button" class="fw-button fw-small fw-remove" aria-label={t('sites_remove_for', name)} onClick={() => onRemove(row)}>
          {t('sites_remove')}
        </button>
      </td>
    </tr>
  );
}
