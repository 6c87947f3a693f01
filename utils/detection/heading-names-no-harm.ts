import { findPictureWords, findTerms, type TermHit } from './find-terms';
import { selectLexicons } from './select-lexicons';
import { lazy } from '../lazy-regexp';

// A section heading says what its section is about, and so what the pictures under it show: "The
// crater", "Destruction inside the building", "Tears, flowers and candles: Lviv honours the Heavenly
// Hundred", "What happened?", a place's name. In an article about killing, a heading that names no
// violence heads a part of the story that is about something else (a place, a building, a rite,
// the fact-check), and an uncaptioned picture there is that part's, not the article's toll. Read by
// classify-image-context.ts for a picture its own words leave open (round 164).

/** Words that tell violence or warn: a heading holding one speaks of the killing. */
const HARM_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic', 'warning']);
/** A letter and no digit: a count, a date or a gallery's number ("10 Der japanische Soldat", "…Vinnitsa, 1942", "Photo 3") numbers the picture. */
const WORDS_NO_NUMBER = lazy(() => /^\P{N}*\p{L}\P{N}*$/u);

/**
 * Whether a section heading names something and no violence: letters, no harm or warning word, and
 * nothing that titles the picture as a picture, a number or a picture noun (a gallery's "Photo 3",
 * "A shocking photo from Vinnitsa, 1942"), which says which picture it is, not what it shows.
 */
export function headingNamesNoHarm(heading: string | undefined, lang: string | undefined): boolean {
  if (!heading || !WORDS_NO_NUMBER().test(heading)) return false;
  const lexicons = selectLexicons(heading, lang);
  if (findTerms(heading, lexicons).some((h) => HARM_KINDS.has(h.kind))) return false;
  return !findPictureWords(heading, lexicons).some((w) => w.kind === 'aboutPicture' || w.kind === 'photograph');
}
