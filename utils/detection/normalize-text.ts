// Text normalization shared by lexicon compilation and matching, so both sides agree.
// NFKC folds compatibility forms (ligatures, full-width letters, Arabic presentation forms);
// lower-casing does the case folding. Then a few lossy folds that readers treat as the same
// letter: Turkish dotless/dotted i, Russian ё, and the Arabic variants below.

/** Arabic harakat, superscript alef, Quranic marks, tatweel: dropped entirely. */
const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0307]/g;
/** One pass for all single-letter folds. */
const FOLD = /[أإآٱىةؤئıё]/g;
const FOLD_MAP: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ı': 'i',
  'ё': 'е',
};
const fold = (ch: string): string => FOLD_MAP[ch] ?? ch;
/** Cheap test: most text needs none of the folds. */
const NEEDS_FOLD = /[\u0600-\u06FF\u0307ıё]/;

export function normalizeText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  if (NEEDS_FOLD.test(out)) out = out.replace(DROP, '').replace(FOLD, fold);
  return out;
}
