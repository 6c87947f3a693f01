// Text normalization shared by lexicon compilation and matching, so both sides agree.
// NFKC folds compatibility forms (ligatures, full-width letters, Arabic presentation forms);
// lower-casing does the case folding. Then lossy folds readers treat as the same letter:
// - acute, grave and circumflex accents (people type "ejecucion", "execute" for "exécuté");
//   diaeresis, cedilla, breve and tilde stay, since Turkish ö/ü/ş/ç/ğ, German umlauts,
//   Ukrainian ї/й and Spanish ñ are letters of their own;
// - Arabic harakat, hamza carriers and madda (أ إ آ ؤ ئ lose their marks), tatweel,
//   alef wasla, alef maksura to ya, ta marbuta to ha;
// - Turkish dotted/dotless i to i, Russian ё to е, German ß to ss, the ligatures œ and æ to oe
//   and ae (French pages write both "œil" and "oeil");
// - soft hyphens and zero-width characters, which German and French sites set inside long words
//   ("Leichen\u00adfund") so that the reader sees one word where the text holds two.

import { lazy } from '../lazy-regexp';

// Combining marks on their own in a class are meant: each is dropped wherever it stands.
// eslint-disable-next-line no-misleading-character-class
const DROP = lazy(() => /[\u00AD\u200B-\u200D\u2060\uFEFF\u0300-\u0302\u0307\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g);
const FOLD = lazy(() => /[أإآٱؤئىةıёßœæ]/g);
const FOLD_MAP: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ؤ': 'و',
  'ئ': 'ي',
  'ى': 'ي',
  'ة': 'ه',
  'ı': 'i',
  'ё': 'е',
  'ß': 'ss',
  'œ': 'oe',
  'æ': 'ae',
};
const fold = (ch: string): string => FOLD_MAP[ch] ?? ch;
/** Plain ASCII needs nothing past lower-casing; most captions on English pages are. */
export const NON_ASCII = lazy(() => /[^\p{ASCII}]/u);
/** Only precomposed Latin letters need decomposing to lose their accents (NFD is the costly step). */
const LATIN_ACCENTED = lazy(() => /[\u00c0-\u024f\u1e00-\u1eff]/);

export function normalizeText(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  if (!NON_ASCII().test(lower)) return lower;
  const bare = LATIN_ACCENTED().test(lower)
    ? lower.normalize('NFD').replace(DROP(), '').normalize('NFC')
    : lower.replace(DROP(), '');
  return bare.replace(FOLD(), fold);
}
