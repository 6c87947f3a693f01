// Sentences with a number in them. chrome.i18n has no plurals, so each counted message has one
// key per plural category of its language (`sites_count_one`, `sites_count_few`, …) and the
// category comes from Intl.PluralRules for the language the loaded messages are written in (their
// own `messages_locale` key: a browser in Russian gets the English file, and English rules).

/** Every counted message, by base name; a unit test checks each locale has all its categories. */
export const COUNTED_MESSAGES = [
  'backup_exported',
  'backup_imported',
  'popup_covered_count',
  'popup_opened_count',
  'reader_line_length_value',
  'reader_view_fold_count',
  'reader_view_unfold_count',
  'sites_count',
  'sites_count_matching',
  'sites_more',
  'sync_partial',
] as const;
export type CountedMessage = (typeof COUNTED_MESSAGES)[number];

type Translate = (key: string, substitutions?: string[]) => string;

/** The language the loaded messages are written in (en when unknown). */
export function messagesLocale(t: Translate): string {
  const lang = t('messages_locale');
  return /^[a-z]{2,3}(?:[-_][A-Za-z0-9]+)*$/.test(lang) && lang !== 'messages_locale' ? lang.replace('_', '-') : 'en';
}

/** A number as the messages' language writes it ("5,000", "5 000", "5.000"). */
export function formatCount(t: Translate, n: number): string {
  return new Intl.NumberFormat(messagesLocale(t)).format(n);
}

/**
 * `base` in the plural form `count` takes. Substitutions default to the count, formatted; when a
 * message has several numbers, `count` is the one its noun agrees with.
 */
export function countedMessage(
  t: Translate,
  base: CountedMessage,
  count: number,
  substitutions: string[] = [formatCount(t, count)],
): string {
  const category = new Intl.PluralRules(messagesLocale(t)).select(count);
  const key = `${base}_${category}`;
  const text = t(key, substitutions);
  // A missing form falls back to the general one rather than showing a key.
  return text && text !== key ? text : t(`${base}_other`, substitutions);
}
