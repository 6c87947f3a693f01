import type { GlobalSettings } from '../../utils/settings/settings-schema';
import { SwitchControl } from '../controls/switch-control';
import { useTranslate } from '../controls/translate-context';
import type { GlobalPatch } from './global-settings-section';

/** Where the settings are kept, and the choice to keep the site list off the browser's sync. */
export function PrivacySection({ global, onChange }: { global: GlobalSettings; onChange: (patch: GlobalPatch) => void }) {
  const t = useTranslate();
  return (
    <section class="fw-section" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('options_privacy_heading')}</h2>
      <p class="fw-section-intro">{t('options_privacy_intro')}</p>
      <SwitchControl
        id="site-list-on-device"
        label={t('options_site_list_on_device')}
        checked={global.siteListOnDeviceOnly}
        onChange={(siteListOnDeviceOnly) => onChange({ siteListOnDeviceOnly })}
      />
      <p class="fw-hint">{t('options_site_list_on_device_hint')}</p>
    </section>
  );
}
