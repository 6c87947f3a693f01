import { withoutCredit } from './credit-line';
import { lazy } from '../lazy-regexp';

// A caption and its credit printed as two elements with nothing between them reach the reader as
// one text glued at the join ("…ate a rabbitCredit: Getty", "…у соцмережахФото: Photoshot",
// "…zu trösten" + "AFP"): one word no lexicon knows, which hides both the caption's last word and
// the credit. How it is written tells the join: a lower-case letter right before a capitalised
// word that the credit line reads as a credit or a label (credit-line.ts) with its colon, or an
// agency's name. A compound never capitalises its second part ("Archivfoto:", "Pressefoto"); a
// word for photo after one lower-case letter ("iPhoto"), in a handle, a hashtag, a web address or
// a file name ("@NewsPhoto", "0_GettyImages") is no join; a capitalised word that is no credit
// word ("YouTube:", "WhatsApp:") is not split. Arabic has no letter case, and its article and
// prepositions are written joined to the word ("الصورة", "بالصورة"), so a glued label there
// looks like any word: not split.

/** A lower-case word's end, then a capitalised word with its colon (to be checked) or an agency. */
const JOIN = lazy(() => /(?<![@#/._]\p{L}*)(?<=\p{Ll}{2})(?=(\p{Lu}\p{L}*\s*:)|AFP|Reuters|Getty)/gu);

/** The text with a credit glued to the word before it set apart, as two parts of a caption are ("a rabbit · Credit: Getty"). */
export const splitGluedCredit = (text: string): string => text.replace(JOIN(), (_, label?: string) => (!label || withoutCredit(label) !== label ? ' · ' : ''));
