import { CATEGORIES, type Category, type ContextSource, type VerdictReason } from './detection/detection-types';
import { lazy } from './lazy-regexp';

// Calm, specific wording for covers. Research on trigger warnings finds that alarming words raise
// anxiety without helping, so labels name the kind of content plainly and nothing more.

/** Looks up a UI string; the content script passes browser.i18n.getMessage with a fallback. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** i18n message names allow only [A-Za-z0-9_]: `dead-bodies` is written `dead_bodies` (messageKey). */
type Underscored<Id extends string> = Id extends `${infer Head}-${infer Rest}` ? `${Head}_${Underscored<Rest>}` : Id;
/** The message of each category, and of each place a cover's words were read in. */
type LabelKey = `category_${Underscored<Category>}` | `source_${Underscored<ContextSource>}`;

/**
 * English wording, used when a locale lacks a key (and in tests). Built on first use: the content
 * script is evaluated in every frame, and most never draw a cover or miss a key.
 */
let english: Record<string, string> | undefined;
const englishWording = (): Record<string, string> => (english ??= {
  category_dead_bodies: 'Dead bodies',
  category_torture: 'Torture or abuse',
  category_execution: 'Execution',
  category_injury: 'Serious injury or blood',
  category_remains: 'Human remains',
  category_sexual_violence: 'Sexual violence',
  source_alt: 'Image description',
  source_title: 'Image title',
  source_aria: 'Image label',
  source_caption: 'Caption',
  source_credit: 'Photo credit',
  source_file_name: 'File name',
  source_nearby_text: 'Nearby text',
  source_heading: 'Section heading',
  source_article: 'The article',
  source_site_mode: 'This site',
  cover_heading: 'Graphic image hidden',
  cover_heading_all: 'Image hidden',
  cover_unnamed: 'May be distressing',
  cover_reason_mentions: '$1 mentions $2',
  cover_reason_about: 'The article describes $1',
  cover_reason_site: 'You chose to hide every image on this site',
  cover_short_all: 'All images hidden',
  cover_show: 'Show image',
  cover_show_named: 'Show image: $1',
  cover_show_all_mode: 'Show image (hidden because every image on this site is hidden)',
  cover_hide: 'Hide image',
  cover_hide_named: 'Hide image again',
  cover_reveal_covered: 'Something on the page is drawn over this button, so the image stays hidden. Scroll or close what covers it, then try again.',
  cover_group: 'Content warning',
  cover_term_separator: ', ',
} satisfies Record<LabelKey | `cover_${string}`, string>);

/** i18n message names allow only [A-Za-z0-9_]: category ids use dashes. */
export function messageKey(prefix: string, id: string): string {
  return `${prefix}_${id.replaceAll('-', '_')}`;
}

export function englishTranslate(key: string, substitutions: string[] = []): string {
  // A category's short form falls back to its full English label.
  const wording = englishWording();
  return fillWording(wording[key] ?? wording[key.replace('_short', '')] ?? key, substitutions);
}

/** A message with its numbered places ("$1 mentions $2") filled, as i18n.getMessage fills them. */
export function fillWording(template: string, substitutions: readonly string[] = []): string {
  return template.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** Every message a cover can ask for: the content script gets them from storage, not from i18n. */
export function coverMessageKeys(): string[] {
  const shortForms = CATEGORIES.map((c) => messageKey('category_short', c));
  // The browser's predefined direction of its language: a cover is laid out in it.
  return [...Object.keys(englishWording()), ...shortForms, '@@bidi_dir'];
}

export function categoryLabels(categories: readonly Category[], t: Translate): string[] {
  return categories.map((c) => t(messageKey('category', c)));
}

/**
 * What a cover names: its categories; with none, that the image may be distressing (mourners, a
 * coffin: the words a borderline picture is covered for), or nothing when the reader hides every
 * image on the site and detection named nothing.
 */
export function coverLabels(categories: readonly Category[], coverAll: boolean, t: Translate): string[] {
  return categories.length || coverAll ? categoryLabels(categories, t) : [t('cover_unnamed')];
}

/** The cover's heading: "Graphic image hidden" only where the words named a graphic category. */
export function coverHeadingKey(graphic: boolean, coverAll: boolean): 'cover_heading' | 'cover_heading_all' {
  return graphic && !coverAll ? 'cover_heading' : 'cover_heading_all';
}

/** "Dead bodies · Torture" on a thumbnail; with no category, what coverLabels says in its place. */
export function shortLabel(categories: readonly Category[], coverAll: boolean, t: Translate): string {
  if (categories.length === 0) return t(coverAll ? 'cover_short_all' : 'cover_unnamed');
  return joinLabels(categories.map((c) => t(messageKey('category_short', c))));
}

/** "Dead bodies · Torture or abuse" */
export function joinLabels(labels: readonly string[]): string {
  return labels.join(' · ');
}

/** "Caption mentions bodies, burn marks" — short, and never more graphic than the page itself. */
export function describeReason(reason: VerdictReason | null, t: Translate): string {
  if (!reason) return '';
  if (reason.source === 'site-mode') return t('cover_reason_site');
  // Each term is a bidi isolate (FSI … PDI): Arabic words inside an English sentence, or the
  // reverse, would otherwise reorder the sentence around them.
  const terms = reason.terms
    .slice(0, 3)
    .map((term) => `\u2068${NOUNS_CAPITALISED().test(reason.lang ?? '') ? term : sentenceCase(term)}\u2069`)
    .join(t('cover_term_separator') || ', ');
  if (reason.source === 'article') return t('cover_reason_about', [terms]);
  const source = t(messageKey('source', reason.source));
  return terms ? t('cover_reason_mentions', [source, terms]) : source;
}

/** German writes every noun with a capital ("Leichen", "Folter"): its terms keep it. "de-AT", "de_DE". */
const NOUNS_CAPITALISED = lazy(() => /^de(?![a-z])/i);

/** "Bodies" at the start of a caption reads "bodies" mid-sentence; "UN" and "ISIS" stay. */
function sentenceCase(term: string): string {
  const second = term.charAt(1);
  if (second && second === second.toLocaleUpperCase()) return term;
  return term.charAt(0).toLocaleLowerCase() + term.slice(1);
}
