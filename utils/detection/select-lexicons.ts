import type { CompiledLexicon } from './compile-lexicon';
import { isLexiconLanguage, lexiconFor, lexiconLibraryVersion, noteMissingLanguage } from './lexicon-library';
import { lazy } from '../lazy-regexp';

// Which languages to read a text in. A known page language is trusted (running English on
// French text would read "corps" as "corpse"); otherwise the script decides.
const ARABIC = lazy(() => /[\u0600-\u06FF]/);
const CYRILLIC = lazy(() => /[\u0400-\u04FF]/);
const LATIN_LANGS = ['en', 'fr', 'es', 'de', 'tr'];
/**
 * Wire captions travel untranslated: an AP or Reuters caption in English on a Turkish or Arabic
 * page. English function words (none of them a word in the other Latin-script languages read
 * here), two of them, or one in a short text, mark a Latin-script text as English too.
 */
// eslint-disable-next-line forewarn/no-word-list -- the language guess that chooses the lexicons cannot read them
const ENGLISH_WORDS = lazy(() => /\b(?:the|and|of|with|was|were|from|his|her|over|after)\b/gi);
function looksEnglish(text: string): boolean {
  const found = text.match(ENGLISH_WORDS())?.length ?? 0;
  return found > 1 || (found > 0 && text.length < 80);
}

/**
 * Every language selectLexicons could choose for `text` or for any part of it (a sentence, a
 * clause): the first pass (trigger-words.ts) asks these, so it never reads a text in fewer
 * languages than the full reading would.
 */
export function languagesOfAnyPart(text: string, pageLang?: string): string[] {
  const base = (pageLang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const known = isLexiconLanguage(base);
  const langs = new Set<string>(known ? [base] : []);
  if (ARABIC().test(text)) langs.add('ar');
  if (CYRILLIC().test(text) && !(known && (base === 'ru' || base === 'uk'))) ['ru', 'uk'].forEach((l) => langs.add(l));
  if (LATIN_LETTER().test(text)) {
    if (!known) LATIN_LANGS.forEach((l) => langs.add(l));
    else if (base !== 'en' && (!LATIN_LANGS.includes(base) || ENGLISH_WORD().test(text))) langs.add('en');
  }
  return [...langs];
}
const LATIN_LETTER = lazy(() => /[a-z]/i);
/** One English function word anywhere: some part of the text may be read as English. */
const ENGLISH_WORD = lazy(() => new RegExp(ENGLISH_WORDS().source, 'i'));

interface Selection {
  lexicons: CompiledLexicon[];
  /** Wanted but not registered: noted again on every use, so each decision made without them is flagged. */
  missing: string[];
}
const selections = new Map<string, Selection>();
let selectionsVersion = -1;

/**
 * Lexicons for a text on a page in `pageLang` (a BCP 47 tag or undefined). A wanted language that
 * is not registered is left out and noted for the reading in progress (lexicon-library.ts,
 * readingLacks).
 */
export function selectLexicons(text: string, pageLang?: string): CompiledLexicon[] {
  // A registration since the last call may complete a selection memoized without it.
  if (selectionsVersion !== lexiconLibraryVersion()) {
    selections.clear();
    selectionsVersion = lexiconLibraryVersion();
  }
  const base = (pageLang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const known = isLexiconLanguage(base);
  // A page in one language often quotes another script (an Arabic name on an English page).
  let script = ARABIC().test(text) ? 'ar' : CYRILLIC().test(text) ? 'cy' : 'la';
  if (script === 'la' && known && base !== 'en' && looksEnglish(text)) script = 'la+en';
  const memo = `${known ? base : ''}|${script}`;
  const memoized = selections.get(memo);
  if (memoized) {
    for (const lang of memoized.missing) noteMissingLanguage(lang);
    return memoized.lexicons;
  }
  let langs: string[];
  if (script === 'ar') langs = known && base === 'ar' ? ['ar'] : ['ar', ...(known ? [base] : [])];
  // Russian and Ukrainian share words but not their traps: a known one runs alone.
  else if (script === 'cy') langs = known && (base === 'ru' || base === 'uk') ? [base] : ['ru', 'uk', ...(known ? [base] : [])];
  else if (script === 'la+en') langs = [base, 'en'];
  else langs = known && LATIN_LANGS.includes(base) ? [base] : known ? [base, 'en'] : LATIN_LANGS;
  const selection: Selection = { lexicons: [], missing: [] };
  for (const lang of new Set(langs)) {
    const lexicon = lexiconFor(lang);
    if (lexicon) selection.lexicons.push(lexicon);
    else selection.missing.push(lang);
  }
  // lexiconFor may have compiled and registered a language just now; memoize under the new version.
  if (selectionsVersion !== lexiconLibraryVersion()) {
    selections.clear();
    selectionsVersion = lexiconLibraryVersion();
  }
  selections.set(memo, selection);
  return selection.lexicons;
}
