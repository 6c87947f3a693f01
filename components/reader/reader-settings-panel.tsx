import type { JSX } from 'preact';
import {
  READER_FONTS,
  READER_THEMES,
  ReaderPreferences,
} from '../../utils/settings/reader-preferences';

type Theme = (typeof READER_THEMES)[number];
type Font = (typeof READER_FONTS)[number];

const THEME_NAMES: Record<Theme, string> = {
  system: 'Match system',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
  'high-contrast': 'High contrast',
};
const FONT_NAMES: Record<Font, string> = {
  'system-serif': 'Serif',
  'system-sans': 'Sans-serif',
  atkinson: 'Atkinson Hyperlegible',
  opendyslexic: 'OpenDyslexic',
};
const LINE_HEIGHTS = [
  { value: 1.4, name: 'Compact' },
  { value: 1.6, name: 'Normal' },
  { value: 1.9, name: 'Relaxed' },
  { value: 2.2, name: 'Loose' },
];
const WIDTHS = [
  { value: 56, name: 'Narrow' },
  { value: 68, name: 'Medium' },
  { value: 84, name: 'Wide' },
];
const SIZE_STEP = 2;

export interface ReaderSettingsPanelProps {
  id: string;
  prefs: ReaderPreferences;
  onChange(next: ReaderPreferences): void;
}

/** The reading preferences; every change is applied at once and remembered. */
export function ReaderSettingsPanel(props: ReaderSettingsPanelProps): JSX.Element {
  const { prefs } = props;
  const set = (patch: Partial<ReaderPreferences>) => props.onChange(ReaderPreferences.parse({ ...prefs, ...patch }));
  const size = (delta: number) =>
    set({ fontSize: Math.min(40, Math.max(12, prefs.fontSize + delta)) });
  return (
    <section id={props.id} class="reader-panel" aria-label="Display settings">
      <fieldset class="reader-choices">
        <legend>Theme</legend>
        {READER_THEMES.map((theme) => (
          <label key={theme} class="reader-choice" data-swatch={theme}>
            <input type="radio" name="reader-theme" checked={prefs.theme === theme} onChange={() => set({ theme })} />
            <span>{THEME_NAMES[theme]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="reader-choices">
        <legend>Font</legend>
        {READER_FONTS.map((font) => (
          <label key={font} class="reader-choice" data-font={font}>
            <input type="radio" name="reader-font" checked={prefs.font === font} onChange={() => set({ font })} />
            <span>{FONT_NAMES[font]}</span>
          </label>
        ))}
      </fieldset>
      <div class="reader-row" role="group" aria-labelledby="reader-size-label">
        <span id="reader-size-label" class="reader-row-label">Text size</span>
        <button type="button" class="reader-tool" onClick={() => size(-SIZE_STEP)} disabled={prefs.fontSize <= 12}>
          <span aria-hidden="true">A−</span>
          <span class="reader-visually-hidden">Smaller text</span>
        </button>
        <output class="reader-size-value" aria-live="polite">{`${prefs.fontSize} px`}</output>
        <button type="button" class="reader-tool" onClick={() => size(SIZE_STEP)} disabled={prefs.fontSize >= 40}>
          <span aria-hidden="true">A+</span>
          <span class="reader-visually-hidden">Larger text</span>
        </button>
      </div>
      <div class="reader-row">
        <label class="reader-inline-label">
          Line spacing
          <select
            value={String(nearest(LINE_HEIGHTS, prefs.lineHeight))}
            onChange={(e) => set({ lineHeight: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {LINE_HEIGHTS.map((o) => (
              <option key={o.value} value={String(o.value)}>{o.name}</option>
            ))}
          </select>
        </label>
        <label class="reader-inline-label">
          Width
          <select
            value={String(nearest(WIDTHS, prefs.contentWidth))}
            onChange={(e) => set({ contentWidth: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {WIDTHS.map((o) => (
              <option key={o.value} value={String(o.value)}>{o.name}</option>
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
        <span>Fold passages that describe violence in detail</span>
      </label>
    </section>
  );
}

function nearest(options: { value: number }[], value: number): number {
  return options.reduce((best, o) => (Math.abs(o.value - value) < Math.abs(best - value) ? o.value : best), options[0]!.value);
}
