import { CATEGORIES, type Category, type Sensitivity } from '../../utils/detection/detection-types';
import type { RevealStyle } from '../../utils/settings/effective-settings';
import type { GlobalSettings } from '../../utils/settings/settings-schema';
import { ChoiceGroup } from '../controls/choice-group';
import { useTranslate } from '../controls/translate-context';

export type GlobalPatch = Partial<Omit<GlobalSettings, 'version' | 'updatedAt'>>;

const categoryKey = (c: Category) => `category_${c.replace(/-/g, '_')}`;

export function GlobalSettingsSection({
  global,
  onChange,
}: {
  global: GlobalSettings;
  onChange: (patch: GlobalPatch) => void;
}) {
  const t = useTranslate();
  const toggleCategory = (category: Category, on: boolean) => {
    const next = on ? [...global.categories, category] : global.categories.filter((c) => c !== category);
    onChange({ categories: CATEGORIES.filter((c) => next.includes(c)) });
  };
  return (
    <section class="fw-section" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">{t('options_defaults_heading')}</h2>
      <p class="fw-section-intro">{t('options_defaults_intro')}</p>
      <ChoiceGroup<Sensitivity>
        name="default-sensitivity"
        legend={t('options_default_sensitivity')}
        value={global.sensitivity}
        choices={[
          { value: 'minimal', label: t('sensitivity_minimal') },
          { value: 'balanced', label: t('sensitivity_balanced') },
          { value: 'strict', label: t('sensitivity_strict') },
        ]}
        hint={t(`sensitivity_${global.sensitivity}_hint`)}
        onChange={(sensitivity) => onChange({ sensitivity })}
      />
      <fieldset class="fw-checks">
        <legend>{t('options_categories')}</legend>
        <p class="fw-hint">{t('options_categories_hint')}</p>
        <div class="fw-checks-grid">
          {CATEGORIES.map((category) => (
            <label key={category} class="fw-check">
              <input
                type="checkbox"
                name="category"
                value={category}
                checked={global.categories.includes(category)}
                onChange={(event) => toggleCategory(category, event.currentTarget.checked)}
              />
              <span>{t(categoryKey(category))}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ChoiceGroup<RevealStyle>
        name="reveal-style"
        legend={t('options_reveal_style')}
        value={global.revealStyle}
        choices={[
          { value: 'full', label: t('reveal_full') },
          { value: 'greyscale', label: t('reveal_greyscale') },
          { value: 'dimmed', label: t('reveal_dimmed') },
        ]}
        hint={t(`reveal_${global.revealStyle}_hint`)}
        onChange={(revealStyle) => onChange({ revealStyle })}
      />
    </section>
  );
}
