import { englishTranslate, type Translate } from '../cover-wording';

// The reading view's own words. The locales (public/_locales/*/messages.json) hold them in every
// language Forewarn speaks; this English table is the fallback for a missing key, and what unit
// tests read. Theme and font names are the options page's keys, so both say the same thing.

export const READER_ENGLISH: Record<string, string> = {
  reader_view_original: "Original page",
  reader_view_print: "Print",
  reader_view_display: "Display settings",
  reader_view_read_aloud: "Read aloud",
  reader_view_pause: "Pause reading",
  reader_view_resume: "Resume reading",
  reader_view_speed: "Speed",
  reader_view_no_voice: "No on-device voice to read aloud",
  reader_view_no_voice_hint: "Read aloud uses only voices installed on this device, so no text leaves it.",
  reader_view_smaller: "Smaller text",
  reader_view_larger: "Larger text",
  reader_view_spacing_compact: "Compact",
  reader_view_spacing_normal: "Normal",
  reader_view_spacing_relaxed: "Relaxed",
  reader_view_spacing_loose: "Loose",
  reader_view_width_narrow: "Narrow",
  reader_view_width_medium: "Medium",
  reader_view_width_wide: "Wide",
  reader_view_fold_count_one: "Fold $1 detailed passage",
  reader_view_fold_count_other: "Fold $1 detailed passages",
  reader_view_unfold_count_one: "Unfold $1 detailed passage",
  reader_view_unfold_count_other: "Unfold $1 detailed passages",
  reader_view_size_value: "$1 px",
  messages_locale: "en",
  reader_view_folded: "A passage describing violence in detail is folded.",
  reader_view_show_passage: "Show passage",
  reader_view_read_on: "Read this article on $1",
  reader_view_unchecked_heading: "Image not checked",
  reader_view_unchecked_reason: "Forewarn had no verdict for this picture, so it stays hidden until you choose.",
  reader_note: "This article describes $1.",
  reader_note_dead_bodies: "deaths",
  reader_note_torture: "torture",
  reader_note_execution: "executions",
  reader_note_injury: "serious injuries",
  reader_note_remains: "human remains",
  reader_note_sexual_violence: "sexual violence",
  reader_msg_back: "Back to the page",
  reader_msg_no_article_heading: "No article on this page",
  reader_msg_no_article_body: "The reading view shows the text of an article, and this page does not seem to have one: it may be a home page, a list of links or a form.",
  reader_msg_unreachable_heading: "Forewarn cannot read this page yet",
  reader_msg_unreachable_body: "The page was probably open before Forewarn was installed or updated. Reload it, then open the reading view again. Browser pages and extension stores cannot be read.",
  reader_msg_invalid_heading: "This page could not be read",
  reader_msg_invalid_body: "Forewarn received something it could not use from the page. Reload it and try again.",
  reader_msg_missing_heading: "Nothing to show",
  reader_msg_missing_body: "Open the reading view from a page with an article: use the Forewarn button, the page’s context menu or the keyboard shortcut.",
  reader_msg_too_large_heading: "This page is too large for the reading view",
  reader_msg_too_large_body: "The browser keeps only a limited amount for the reading view, and this page is larger than that. Close other reading views and try again.",
  reader_view_menu: 'Open in Forewarn reading view',
  reader_view_command: 'Open the reading view for this page',
  reader_theme: 'Colours',
  reader_theme_system: 'Follow the system',
  reader_theme_light: 'Light',
  reader_theme_dark: 'Dark',
  reader_theme_sepia: 'Sepia',
  reader_theme_high_contrast: 'High contrast',
  reader_font: 'Typeface',
  reader_font_system_serif: 'Serif',
  reader_font_system_sans: 'Sans-serif',
  reader_font_atkinson: 'Atkinson Hyperlegible',
  reader_font_opendyslexic: 'OpenDyslexic',
  reader_font_size: 'Text size',
  reader_line_height: 'Line spacing',
  reader_content_width: 'Line length',
};

/** English for the reader's keys, then for the cover's. */
export const readerEnglish: Translate = (key, substitutions = []) => {
  const template = READER_ENGLISH[key];
  if (template === undefined) return englishTranslate(key, substitutions);
  return template.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
};
