import type { EffectiveSettings, SiteMode } from '../../utils/settings/effective-settings';
import type { Sensitivity } from '../../utils/detection/detection-types';
import type { TabStatus } from '../../utils/messages';
import { ChoiceGroup } from '../controls/choice-group';
import { SwitchControl } from '../controls/switch-control';
import { useTranslate } from '../controls/translate-context';
import { countedMessage, formatCount } from '../../utils/counted-message';

/** What the popup shows; the entrypoint fills it from storage and from the tab. */
export interface PopupState {
  /** The site as shown to people (unicode), or null for pages that are no site (chrome://). */
  site: string | null;
  settings: EffectiveSettings | null;
  /** The tab's answer, 'unreachable' when no content script answers, null while asking. */
  status: TabStatus | 'unreachable' | null;
  /** The parent domain (shown in Unicode) whose choice this site follows, if any. */
  inheritedFrom?: string | null;
}

export interface PopupActions {
  setMode(mode: SiteMode): void;
  setSensitivity(sensitivity: Sensitivity): void;
  revealAll(): void;
  /** Covers again every picture the reader opened on this page ("Show all" or one by one). */
  coverAgain(): void;
  openReader(): void;
  openOptions(): void;
}

export function PopupApp({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const t = useTranslate();
  const { site, settings, status } = state;
  const on = settings !== null && settings.mode !== 'off';
  return (
    <main class="fw-popup">
      <header class="fw-popup-header">
        <span class="fw-mark" aria-hidden="true" />
        <div>
          <h1>{t('popup_title')}</h1>
          {site !== null && (
            <p class="fw-site">
              <bdi>{site}</bdi>
            </p>
          )}
        </div>
      </header>
      {site === null ? (
        <p class="fw-calm-note">{t('popup_no_access')}</p>
      ) : (
        <>
          <section class="fw-card" aria-labelledby="site-switch-label">
            <SwitchControl
              id="site-switch"
              label={t('popup_site_switch')}
              checked={on}
              disabled={settings === null}
              onChange={(next) => actions.setMode(next ? 'detect' : 'off')}
            />
            {state.inheritedFrom && (
              <p class="fw-hint fw-inherited">{t('popup_inherited', state.inheritedFrom)}</p>
            )}
            {on && settings && (
              <>
                <ChoiceGroup<'detect' | 'cover-all'>
                  name="mode"
                  legend={t('popup_mode_legend')}
                  value={settings.mode === 'cover-all' ? 'cover-all' : 'detect'}
                  choices={[
                    { value: 'detect', label: t('mode_detect') },
                    { value: 'cover-all', label: t('mode_cover_all') },
                  ]}
                  hint={t(settings.mode === 'cover-all' ? 'mode_cover_all_hint' : 'mode_detect_hint')}
                  onChange={actions.setMode}
                />
                {settings.mode === 'detect' && (
                  <ChoiceGroup<Sensitivity>
                    name="sensitivity"
                    legend={t('sensitivity_legend')}
                    value={settings.sensitivity}
                    choices={[
                      { value: 'minimal', label: t('sensitivity_minimal') },
                      { value: 'balanced', label: t('sensitivity_balanced') },
                      { value: 'strict', label: t('sensitivity_strict') },
                    ]}
                    hint={t(`sensitivity_${settings.sensitivity}_hint`)}
                    onChange={actions.setSensitivity}
                  />
                )}
              </>
            )}
          </section>
          <section class="fw-card fw-status-card" aria-label={t('popup_page_heading')}>
            <StatusLine status={status} off={(pageMode(status) ?? settings?.mode) === 'off'} />
            {typeof status === 'object' && status !== null && <PageActions status={status} actions={actions} />}
          </section>
        </>
      )}
      <footer class="fw-popup-footer">
        <button type="button" class="fw-link-button" onClick={actions.openOptions}>
          {t('popup_all_settings')}
        </button>
      </footer>
    </main>
  );
}

function PageActions({ status, actions }: { status: TabStatus; actions: PopupActions }) {
  const t = useTranslate();
  // After "Show all" the same button offers to cover them again (focus stays on it); with some
  // pictures still covered and some opened one by one, both are offered.
  const onlyRevealed = status.covered === 0 && status.revealed > 0;
  const coverAgain = status.revealed > 0;
  const hint = coverAgain ? { 'aria-describedby': 'fw-cover-again-hint' } : {};
  return (
    <div class="fw-popup-actions">
      {onlyRevealed ? (
        <button type="button" class="fw-button" {...hint} onClick={actions.coverAgain}>
          {t('popup_cover_again')}
        </button>
      ) : (
        <button type="button" class="fw-button" disabled={status.covered === 0} onClick={actions.revealAll}>
          {t('popup_reveal_all')}
        </button>
      )}
      {coverAgain && !onlyRevealed && (
        <button type="button" class="fw-button" {...hint} onClick={actions.coverAgain}>
          {t('popup_cover_again')}
        </button>
      )}
      {coverAgain && (
        <p id="fw-cover-again-hint" class="fw-hint">
          {t('popup_cover_again_hint')}
        </p>
      )}
      <button type="button" class="fw-button fw-primary" onClick={actions.openReader}>
        {t('popup_open_reader')}
      </button>
    </div>
  );
}

/** The mode the page works in, if it has read its settings (it reads them with its first picture). */
function pageMode(status: PopupState['status']): SiteMode | undefined {
  return status === null || status === 'unreachable' ? undefined : status.mode;
}

/** `off`: the page's own word on its mode, or the popup's reading of the settings where the page has none. */
function StatusLine({ status, off }: { status: PopupState['status']; off: boolean }) {
  const t = useTranslate();
  let text: string;
  let covered: number | undefined;
  if (status === null) text = t('popup_loading');
  else if (status === 'unreachable') text = t('popup_reload_hint');
  else {
    covered = status.covered;
    if (off) text = t('popup_status_off');
    else if (covered === 0 && status.revealed > 0) text = countedMessage(t, 'popup_opened_count', status.revealed);
    else if (covered === 0) text = t('popup_covered_none');
    else text = countedMessage(t, 'popup_covered_count', covered);
  }
  return (
    <p class="fw-status" role="status" data-covered={covered}>
      {covered !== undefined && covered > 0 && (
        <span class="fw-count" aria-hidden="true">
          {formatCount(t, covered)}
        </span>
      )}
      <span>{text}</span>
    </p>
  );
}
