import {
  READER_FONTS,
  READER_THEMES,
  type ReaderPreferences,
} from '../../utils/settings/reader-preferences';
import { useTranslate } from '../controls/translate-context';
import { countedMessage, formatCount } from '../../utils/counted-message';
import type { Translate } from '../../utils/cover-wording';

type NumberField = 'fontSize' | 'lineHeight' | 'contentWidth';
// Each value is written in the interface's language ("19 بكسل", "68 caractères"), as the reading
// view's own panel writes its size: CSS units such as "ch" mean nothing to a reader.
const NUMBER_FIELDS: { field: NumberField; min: number; max: number; step: number; say: (t: Translate, n: number) => string }[] = [
  { field: 'fontSize', min: 12, max: 40, step: 1, say: (t, n) => t('reader_view_size_value', [formatCount(t, n)]) },
  { field: 'lineHeight', min: 1, max: 2.6, step: 0.1, say: (t, n) => formatCount(t, Number(n.toFixed(1))) },
  { field: 'contentWidth', min: 30, max: 120, step: 2, say: (t, n) => countedMessage(t, 'reader_line_length_value', n) },
];
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/-/g, '_');

export function ReaderPreferencesSection({
  reader,
  onChange,
}: {
  reader: ReaderPreferences;
  onChange: (reader: ReaderPreferences) => void;
}) {
  const t = useTranslate();
  const set = <K extends keyof ReaderPreferences>(key: K, value: ReaderPreferences[K]) =>
    onChange({ ...reader, [key]: value });
  return (
    <section class="fw-section" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{t('options_reader_heading')}</h2>
      <p class="fw-section-intro">{t('options_reader_intro')}</p>
      <div class="fw-form-grid">
        <label class="fw-field">
          <span>{t('reader_theme')}</span>
          <select
            value={reader.theme}
            onChange={(e) => set('theme', e.currentTarget.value as ReaderPreferences['theme'])}
          >
            {READER_THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`reader_theme_${snake(theme)}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="fw-field">
          <span>{t('reader_font')}</span>
          <select
            value={reader.font}
            onChange={(e) => set('font', e.currentTarget.value as ReaderPreferences['font'])}
          >
            {READER_FONTS.map((font) => (
              <option key={font} value={font}>
                {t(`reader_font_${snake(font)}`)}
              </option>
            ))}
          </select>
        </label>
        {NUMBER_FIELDS.map(({ field, min, max, step, say }) => (
          <label class="fw-field" key={field}>
            <span>{t(`reader_${snake(field)}`)}</span>
            <span class="fw-range">
              <input
                type="range"
                min={min}
                max={max}
                step={step}
                value={reader[field]}
                onChange={(e) => set(field, Number(e.currentTarget.value))}
              />
              <output>{say(t, reader[field])}</output>
            </span>
          </label>
        ))}
      </div>
      <label class="fw-check">
        <input
          type="checkbox"
          checked={reader.foldGraphicPassages}
          onChange={(e) => set('foldGraphicPassages', e.currentTarget.checked)}
        />
        <span>{t('reader_fold_graphic_passages')}</span>
      </label>
    </section>
  );
}
