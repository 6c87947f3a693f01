import type { JSX } from 'preact';
import { messageKey, type Translate } from '../../utils/cover-wording';
import { formatCount } from '../../utils/counted-message';
import {
  READER_FONTS,
  READER_THEMES,
  ReaderPreferences,
} from '../../utils/settings/reader-preferences';


const LINE_HEIGHTS = [
  { value: 1.4, name: 'reader_view_spacing_compact' },
  { value: 1.6, name: 'reader_view_spacing_normal' },
  { value: 1.9, name: 'reader_view_spacing_relaxed' },
  { value: 2.2, name: 'reader_view_spacing_loose' },
];
const WIDTHS = [
  { value: 56, name: 'reader_view_width_narrow' },
  { value: 68, name: 'reader_view_width_medium' },
  { value: 84, name: 'reader_view_width_wide' },
];
const SIZE_STEP = 2;

export interface ReaderSettingsPanelProps {
  id: string;
  prefs: ReaderPreferences;
  onChange(next: ReaderPreferences): void;
  t: Translate;
}

/** The reading preferences; every change is applied at once and remembered. */
export function ReaderSettingsPanel(props: ReaderSettingsPanelProps): JSX.Element {
  const { prefs, t } = props;
  const set = (patch: Partial<ReaderPreferences>) => props.onChange(ReaderPreferences.parse({ ...prefs, ...patch }));
  const size = (delta: number) =>
    set({ fontSize: Math.min(40, Math.max(12, prefs.fontSize + delta)) });
  return (
    <section id={props.id} class="reader-panel" aria-label={t('reader_view_display')}>
      <fieldset class="reader-choices">
        <legend>{t('reader_theme')}</legend>
        {READER_THEMES.map((theme) => (
          <label key={theme} class="reader-choice" data-swatch={theme}>
            <input type="radio" name="reader-theme" checked={prefs.theme === theme} onChange={() => set({ theme })} />
            <span>{t(messageKey('reader_theme', theme))}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="reader-choices">
        <legend>{t('reader_font')}</legend>
        {READER_FONTS.map((font) => (
          <label key={font} class="reader-choice" data-font={font}>
            <input type="radio" name="reader-font" checked={prefs.font === font} onChange={() => set({ font })} />
            <span>{t(messageKey('reader_font', font))}</span>
          </label>
        ))}
      </fieldset>
      <div class="reader-row" role="group" aria-labelledby="reader-size-label">
        <span id="reader-size-label" class="reader-row-label">{t('reader_font_size')}</span>
        <button type="button" class="reader-tool" onClick={() => size(-SIZE_STEP)} disabled={prefs.fontSize <= 12}>
          {/* "A−" is a glyph, not words: it stays as written in a right-to-left interface. */}
          <span aria-hidden="true" dir="ltr">A−</span>
          <span class="reader-visually-hidden">{t('reader_view_smaller')}</span>
        </button>
        <output class="reader-size-value" aria-live="polite">{t('reader_view_size_value', [formatCount(t, prefs.fontSize)])}</output>
        <button type="button" class="reader-tool" onClick={() => size(SIZE_STEP)} disabled={prefs.fontSize >= 40}>
          <span aria-hidden="true" dir="ltr">A+</span>
          <span class="reader-visually-hidden">{t('reader_view_larger')}</span>
        </button>
      </div>
      <div class="reader-row">
        <label class="reader-inline-label">
          {t('reader_line_height')}
          <select
            value={String(nearest(LINE_HEIGHTS, prefs.lineHeight))}
            onChange={(e) => set({ lineHeight: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {LINE_HEIGHTS.map((o) => (
              <option key={o.value} value={String(o.value)}>{t(o.name)}</option>
            ))}
          </select>
        </label>
        <label class="reader-inline-label">
          {t('reader_content_width')}
          <select
            value={String(nearest(WIDTHS, prefs.contentWidth))}
            onChange={(e) => set({ contentWidth: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {WIDTHS.map((o) => (
              <option key={o.value} value={String(o.value)}>{t(o.name)}</option>
            ))}
          </select>
        </label>
      </div>
      <label class="reader-check">
        <input
          type="checkbox"
          checked={prefs.foldGraphicPassages}
          onChange={(e) => set({ foldGraphicPassages: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('reader_fold_graphic_passages')}</span>
      </label>
    </section>
  );
}

function nearest(options: { value: number }[], value: number): number {
  return options.reduce((best, o) => (Math.abs(o.value - value) < Math.abs(best - value) ? o.value : best), options[0]!.value);
}
