import type { EffectiveSettings, SiteMode } from '../../utils/settings/effective-settings';
import type { TabStatus } from '../../utils/messages';
import { SwitchControl } from '../controls/switch-control';
import { useTranslate } from '../controls/translate-context';

/** What the popup shows; the entrypoint fills it from storage and from the tab. */
export interface PopupState {
  /** The site as shown to people (unicode), or null for pages that are no site (chrome://). */
  site: string | null;
  settings: EffectiveSettings | null;
  /** The tab's answer, 'unreachable' when no content script answers, null while asking. */
  status: TabStatus | 'unreachable' | null;
}

export interface PopupActions {
  setMode(mode: SiteMode): void;
}

export function PopupApp({ state, actions }: { state: PopupState; actions: PopupActions }) {
  const t = useTranslate();
  const { site, settings, status } = state;
  return (
    <main class="fw-popup">
      <header class="fw-popup-header">
        <span class="fw-mark" aria-hidden="true" />
        <h1>{t('popup_title')}</h1>
      </header>
      {site === null ? (
        <p class="fw-calm-note">{t('popup_no_access')}</p>
      ) : (
        <>
          <p class="fw-site" dir="ltr">
            {site}
          </p>
          <SwitchControl
            id="site-switch"
            label={t('popup_site_switch', site)}
            checked={settings !== null && settings.mode !== 'off'}
            disabled={settings === null}
            onChange={(on) => actions.setMode(on ? 'detect' : 'off')}
          />
          <StatusLine status={status} />
        </>
      )}
    </main>
  );
}

function StatusLine({ status }: { status: PopupState['status'] }) {
  const t = useTranslate();
  let text: string;
  if (status === null) text = t('popup_loading');
  else if (status === 'unreachable') text = t('popup_reload_hint');
  else if (status.covered === 0) text = t('popup_covered_none');
  else text = t('popup_covered_count', String(status.covered));
  return (
    <p class="fw-status" role="status" data-covered={typeof status === 'object' && status ? status.covered : undefined}>
      {text}
    </p>
  );
}
