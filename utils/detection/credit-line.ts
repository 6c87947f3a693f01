import { lazy } from '../lazy-regexp';

// A credit line is a pattern, not lexicon words: a word with its mark ("Foto: dpa", "Photo by …"),
// written in the agencies' language whatever the page's, so it is read in every language at once.
// Newsrooms also print the word for photo as a label before the caption ("Фото: тела погибших на
// улице Бучи", "Image: Rockfall is seen on a beach…", "الصورة: طفلة…"). What follows the mark tells
// which it is, by how it is written: a credit is a name or an agency (capitalised words), a slash
// list, a handle, a web address, or where the picture came from ("з відкритих джерел"); a
// description is a clause, with common (lower-case) words.

/**
 * "Photo: Jane Doe/Reuters", "© AFP", "Foto: dpa", "Photo by …", "(AP Photo/…)" to the end of the
 * text. The word for picture is captured: only it may label a description ("Source:" never does).
 */
const CREDIT =
  // eslint-disable-next-line forewarn/no-word-list -- read in every language at once (see above)
  lazy(() => /(?:©|\(c\)|(?:^|[^\p{L}])(?:(photo(?:graph)?|photos|foto|fotos|fotografía|image|picture|bild|imagen|фото|صورة|الصورة|fotoğraf)|credit|crédit|crédito|source|fuente|courtesy|copyright)\s*(?:[:：|/]|\s(?:by|par|por)\s))/giu);
/**
 * "In the photo:", "На фото:", "Sur la photo :" open a description, not a credit: the word for
 * photo right after a preposition.
 */
// eslint-disable-next-line forewarn/no-word-list -- read in every language at once (see above)
const IN_THE = lazy(() => /(?:^|[^\p{L}])(?:in|on|en|dans|sur|auf|im|in der|на|в|у|في|على)(?:\s+(?:the|this|la|le|l'|der|dem))?\s*$/iu);

/**
 * Not a description: a slash list, a handle, a web address ("dpa/Michael Kappeler",
 * "@plan_infoca", "t.me", "Депо.Харків"), or words opening with where the picture came from ("з
 * відкритих джерел", "из архива", "courtesy of the family", "من مواقع التواصل"; German capitalises
 * its nouns, so "aus dem Archiv" shows no common word).
 */
// eslint-disable-next-line forewarn/no-word-list -- read in every language at once, as the credit's mark is (see above)
const CREDIT_SIGN = lazy(() => /[/@]|[\p{L}\p{N}]\.\p{L}{2}|^\s*(?:from|courtesy|из|с|от|з|із|від|من)\s/iu);
/** A common word: lower-case, four letters or more (a name or an agency is capitalised; "of", "the", "для" are grammar). */
const COMMON = lazy(() => /(?:^|\s)\p{Ll}\p{L}{3}/gu);
/** Words after a label that describe at least, and how many of them common; in a script without letter case, words alone. */
const DESCRIPTION_WORDS = 3;
const DESCRIPTION_COMMON_WORDS = 2;
const UNCASED_DESCRIPTION_WORDS = 5;
/** Where the source of what is said opens: a bracket. */
const SOURCE_OPENS = lazy(() => /[([]/u);
/** A word is two letters or more: an initial is no word ("أ ف ب", AFP). */
const WORD = lazy(() => /[\p{L}\p{N}]{2,}/gu);
/** A letter with case: the script writes names apart from common words. */
const CASED = lazy(() => /\p{Lu}|\p{Ll}/u);
/** What stands before a credit's word (a space, a bracket, a dash). */
const BEFORE_WORD = lazy(() => /^[^\p{L}©(]+/u);
/** A label's mark: it ends in a colon. */
const LABEL_MARK = lazy(() => /[:：]$/u);

/**
 * Whether the words after a label ("Фото: …"), to a bracket that opens their source, describe the
 * picture rather than credit it.
 */
function describesAfterLabel(rest: string): boolean {
  const said = rest.split(SOURCE_OPENS())[0]!;
  if (CREDIT_SIGN().test(said)) return false;
  const words = said.match(WORD())?.length ?? 0;
  return CASED().test(said) ? words >= DESCRIPTION_WORDS && (said.match(COMMON())?.length ?? 0) >= DESCRIPTION_COMMON_WORDS : words >= UNCASED_DESCRIPTION_WORDS;
}

/**
 * Where the words after the labels that open `text` begin ("Фото: …"; 0 for none). Labels
 * stacked at the start are passed in one run: a page that repeats one is read in a single pass.
 */
function afterLabels(text: string): number {
  const credit = CREDIT();
  let at = 0;
  for (;;) {
    credit.lastIndex = at;
    const m = credit.exec(text);
    if (!m || m.index !== at || !m[1] || !LABEL_MARK().test(m[0])) return at;
    at += m[0].length;
  }
}

/**
 * The text without its credit line: from the first credit word that does not follow "in the" to
 * the end. A label that opens the text and is followed by a description is left out alone.
 */
export function withoutCredit(text: string): string {
  const start = afterLabels(text);
  const read = start && describesAfterLabel(text.slice(start)) ? text.slice(start) : text;
  const credit = CREDIT();
  const inThe = IN_THE();
  const beforeWord = BEFORE_WORD();
  credit.lastIndex = 0;
  for (let m = credit.exec(read); m; m = credit.exec(read)) {
    const word = m[0].replace(beforeWord, '');
    const at = m.index + m[0].length - word.length;
    if (!inThe.test(read.slice(Math.max(0, at - 20), at))) return `${read.slice(0, m.index)} `;
  }
  return read;
}
