import type { ContextSource, ImageTextContext, PageTextContext } from './detection-types';
import { findTerms, type TermHit } from './find-terms';
import { dropThingHits } from './picture-subject';
import type { FieldReading } from './read-own-text';
import { selectLexicons } from './select-lexicons';

// Whose bones a picture shows when no word of its own says so (round 174). A bone said of an
// animal or a thing is dropped with the thing (picture-subject.ts: "whale bones", "Knochen eines
// Mammuts"); a bone named human ("menschliche Knochen", "un fémur humain") or a victim's is
// `[graphic remains]`. What is left, "Knochen überall", "Les os, calcifiés par la chaux,
// apparaissent blancs", "huesos", "kemikler", "عظام" (`[bones]`), is told by the place and the
// page, as a reader tells it: bones in an ossuary, a crypt, a mass grave, a grave, the killing
// fields, or before a forensic team, are the human dead's; bones in a natural-history museum, at
// a palaeontologists' dig, on a farm, at a hunt, a butcher's or in a kitchen are an animal's.

/**
 * The picture's own bones read as human remains, with the field they stand in, when its own words,
 * the page's title and standfirst, the section heading or the paragraphs beside it name remains or
 * a place that holds the human dead (a `[graphic remains]` or `[injury remains]` word, a
 * `[burial-place]`, a `[remains-places]` word), or a page about violence is about remains (its
 * article's categories), and none of them names an animal's place (`[animal-places]`). Only the
 * sentences the picture's own reading keeps are read for the bone: a later sentence's bones are
 * background ("The basement shelves hold the bones…"). Null otherwise.
 */
export function humanBones(own: readonly FieldReading[], image: ImageTextContext, page: PageTextContext, violent: boolean, lang: string | undefined): { source: ContextSource; hits: TermHit[] } | null {
  const field = own.find((f) => !f.fiction && !f.nonScene && f.hits.some((h) => h.kind === 'bones'));
  if (!field) return null;
  const text = [page.title, page.description, image.heading, image.before, image.after, image.caption, image.alt, image.title, image.aria].filter(Boolean).join('. ');
  const lexicons = selectLexicons(text, lang);
  const hits = dropThingHits(text, findTerms(text, lexicons), lexicons);
  if (hits.some((h) => h.kind === 'bonePlace' && !h.category)) return null;
  if (!hits.some((h) => (h.category === 'remains' && h.kind !== 'bones') || h.burialPlace) && !(violent && page.categories.includes('remains'))) return null;
  return { source: field.source, hits: field.hits.flatMap((h) => (h.kind === 'bones' ? [{ ...h, kind: 'graphic' as const }] : [])) };
}
