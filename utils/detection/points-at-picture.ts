import { sentenceOf } from './caption-sentences';
import type { CompiledLexicon } from './compile-lexicon';
import { findPictureWords, type TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';

// How the paragraph beside a picture says it is about this picture, in words a caption does not
// use: a caption is always about its picture, so the `[depicts]` and `[document]` sections name
// only how a sentence shows or names one ("shows", "pictured", "one of the photos"). The page's
// paragraph says so by pointing: a demonstrative with a picture noun ("This photo was taken by the
// police in 1965", "Dieses Bild", "Cette photo", "Этот снимок", "Bu fotoğraf", "هذه الصورة"), a
// deictic verb of seeing ("was man dort sieht", "here we see", "тут бачимо"), or the picture's
// making told as an act ("residents photographed a car…", "сфотографировали", "fotoğrafladı",
// "صوّر"), the words of the `[points-at-picture]` and `[photographed]` sections, read apart from
// the others (findPictureWords). Read by readNearby (read-surroundings.ts) beside its `[depicts]`
// and `[document]` hits.

/** The sentences of `sentences` that name no film (a still from a film points at no scene). */
export function withoutFiction(sentences: ReadonlySet<number>, fictional: ReadonlySet<number>): Set<number> {
  return new Set([...sentences].filter((i) => !fictional.has(i)));
}

/**
 * Where a text points at a picture, by its picture words (`words`): [start, end) pairs. A
 * demonstrative, a deictic verb of seeing or the caption named (`[points-at-picture]`) point
 * wherever they stand; a verb of photographing (`[photographed]`) only in the sentence
 * right beside the picture (the first of the paragraph after it, the last of the one before):
 * further in, it tells how the story's photographs were taken ("He photographed them in a garage
 * behind the prison hospital, gave each body a number"), not this picture.
 */
function pointingPhrases(words: readonly TermHit[], starts: readonly number[], before: boolean): [number, number][] {
  const beside = before ? starts.length - 1 : 0;
  const found: [number, number][] = [];
  for (const w of words) {
    if (w.kind === 'pointsAtPicture' || (w.kind === 'photographed' && sentenceOf(starts, w.at) === beside)) found.push([w.at, w.at + w.text.length]);
  }
  return found;
}

/** Letters or digits: a word still to come in the sentence. */
const A_WORD = lazy(() => /[\p{L}\p{N}]/u);
/** A comma (the Arabic one too), semicolon, colon or dash: a clause ends there. */
export const CLAUSE_MARK = lazy(() => /[,;:—–،]/u);

/**
 * Whether a phrase at [at, end) naming a picture holds the word `h` as what it shows: in one
 * sentence, `h` after the phrase, or before it in its clause where the phrase closes the sentence
 * (a head-final language's object and verb: "çatısında ceset taşıyan bir arabayı fotoğrafladı").
 * `clauseMark` is what ends a clause between them. Shared with read-surroundings.ts (`[picture-of]`).
 */
export function phraseHolds(text: string, starts: readonly number[], at: number, end: number, h: TermHit, clauseMark: RegExp): boolean {
  const i = sentenceOf(starts, at);
  if (sentenceOf(starts, h.at) !== i) return false;
  if (at < h.at) return true;
  return !A_WORD().test(text.slice(end, starts[i + 1] ?? text.length)) && !clauseMark.test(text.slice(h.at, at));
}

/** Spaces, then a clause mark: the phrase's clause ends right after it. */
const MARK_AFTER = lazy(() => /^\s*[,;:—–،]/u);
/** The last clause mark of a text (search: -1 when none, so the whole text is its clause). */
const LAST_CLAUSE = lazy(() => /[,;:—–،](?=[^,;:—–،]*$)/u);

/**
 * Whether a phrase at [at, end) naming a picture is a clause of its own: nothing before it in its
 * clause (the sentence's start or a clause mark) and a clause mark right after it. An aside ("The
 * mayor, in the photo, said two people were wounded", "Мэр, на фото, сказал…") names who the photo
 * shows, the words before it, and the clauses after it tell what that person says or does; an
 * opener ("En la imagen, …", "На фото: …", "Fotoğrafta, …") is the bare "in the photo" a caption
 * opens with, said of any photo the page spoke of. Shared with read-surroundings.ts (`[picture-of]`).
 */
export function standsApart(text: string, starts: readonly number[], at: number, end: number): boolean {
  if (!MARK_AFTER().test(text.slice(end, end + 3))) return false;
  const lead = text.slice(starts[sentenceOf(starts, at)], at);
  return !A_WORD().test(lead.slice(lead.search(LAST_CLAUSE()) + 1));
}

/** A body, remains or an act of violence (a graphic word), or a wound seen (an `explicit` injury): not the wounded or a trauma. */
const seenHarm = (h: TermHit) => h.kind === 'graphic' || (h.kind === 'injury' && h.explicit === true);

/**
 * Whether a sentence of `text` naming no film points at a picture and says it shows harm
 * (`seenHarm`): the harm after the pointing phrase ("residents photographed a car carrying a
 * corpse", "Additional caption text: 'Represents 8,000 bodies'"), or before it in its clause where
 * the phrase closes the sentence (a head-final language: "çatısında ceset taşıyan bir arabayı
 * fotoğrafladı"). Harm told before the phrase in another clause is of something else ("Deux hommes
 * ont été blessés dans l'attaque, selon la légende d'une photo du maire").
 */
export function harmPointedAt(
  text: string,
  lexicons: readonly CompiledLexicon[],
  hits: readonly TermHit[],
  starts: readonly number[],
  fictional: ReadonlySet<number>,
  before: boolean,
): boolean {
  // Harm seen is what every reading here asks for: without it the pointing phrases are not sought.
  if (!hits.some(seenHarm)) return false;
  return harmAtPhrases(text, hits, starts, fictional, pointingPhrases(findPictureWords(text, lexicons), starts, before));
}

function harmAtPhrases(text: string, hits: readonly TermHit[], starts: readonly number[], fictional: ReadonlySet<number>, phrases: readonly [number, number][]): boolean {
  return hits.some((h) => {
    const i = sentenceOf(starts, h.at);
    if (!seenHarm(h) || fictional.has(i)) return false;
    return phrases.some(([at, end]) => phraseHolds(text, starts, at, end, h, CLAUSE_MARK()));
  });
}

/**
 * The sentences that go on describing the picture a paragraph beside it points at (`run`: the
 * sentences that point at it). Before it, the last sentence when the one before it points ("This
 * photo was taken in the dormitory. The corpses lie on the floor." over the picture); after it, the
 * sentence right after the run of pointing sentences that opens the paragraph ("Dieses Bild wurde …
 * aufgenommen. Was man dort sieht ist ein schreckliches Bild. Bei den Kindern, die sich erhängt
 * haben…"). And the other way round (round 172): of the two sentences nearest the picture, the
 * nearer or the farther one points back (`back`: a demonstrative that tells who took the photo,
 * when, what prize it won, not what it shows) at the scene the other told, which is the picture's
 * ("Eine junge Palästinenserin hält ein totes Kind im Arm … Diese Aufnahme des Fotografen … ist das
 * World Press Photo 2024." over the picture; "A man carries the body of his son. This photo was
 * taken on Monday." under it). -1: none.
 */
function continuedSentences(run: ReadonlySet<number>, back: ReadonlySet<number>, starts: readonly number[], before: boolean): number[] {
  const n = starts.length;
  if (before) return n > 1 ? [run.has(n - 2) ? n - 1 : -1, back.has(n - 1) ? n - 2 : -1] : [];
  let k = 0;
  while (run.has(k)) k++;
  return [k > 0 && k < n ? k : -1, !k && back.has(1) ? 0 : -1];
}

/** A short article before the picture noun that opens a paragraph ("The", "L'", "La", "Das"). */
const ARTICLE = lazy(() => /^\s*\p{L}{1,3}(?:['’]|\s+)$/u);
/** Languages that write a definite noun with no article word before it (Arabic joins its article to the noun). */
const BARE_NOUNS = new Set(['ru', 'uk', 'tr', 'ar']);

/**
 * Whether the paragraph right after a picture opens with a picture noun as its subject (an
 * `[about-the-picture]` or `[photograph]` word after a short article, or bare where a language
 * writes no article word: "The photo went around the world", "L'image a fait le tour du monde",
 * "Снимок облетел…", "Fotoğraf…", "الصورة…"): a definite picture named first thing after one is
 * that one, so its sentence points at it and the next goes on describing it (round 122). Not when
 * that sentence names the picture with its subject (`[picture-of]`: "The photo of the mayor was
 * taken before the war"): it said what the picture shows, and the next sentence tells the story.
 */
function opensOnPicture(text: string, words: readonly TermHit[], hits: readonly TermHit[], starts: readonly number[]): boolean {
  if (hits.some((h) => h.kind === 'pictureOf' && sentenceOf(starts, h.at) === 0)) return false;
  return words.some((w) => {
    if (w.kind !== 'aboutPicture' && w.kind !== 'photograph') return false;
    const lead = text.slice(0, w.at);
    return BARE_NOUNS.has(w.lang ?? '') ? !lead.trim() : ARTICLE().test(lead);
  });
}

/** A graphic word or a wound seen in one of the sentences `described` (-1: none), those going on describing the picture. */
function harmIn(hits: readonly TermHit[], starts: readonly number[], described: readonly number[]): boolean {
  return hits.some((h) => seenHarm(h) && described.includes(sentenceOf(starts, h.at)));
}

/**
 * A graphic word naming a kind of picture (the post-mortem photograph, a genre with a fixed name:
 * a graphic hit holding a `[photograph]` word, "Fotografía post mortem", "посмертная фотография")
 * in a paragraph that points at the picture (`pointing`, any of its sentences: "En la imagen se
 * observa el aparato de sujeción"): the paragraph is the picture's, and it names what the picture is.
 */
function namesGraphicKind(hits: readonly TermHit[], words: readonly TermHit[], pointing: ReadonlySet<number>): boolean {
  if (!pointing.size) return false;
  return hits.some((h) => h.kind === 'graphic' && words.some((w) => w.kind === 'photograph' && w.at >= h.at && w.at < h.at + h.text.length));
}

/**
 * Whether a paragraph beside the picture (before it when `before`) says what this picture shows by
 * pointing at it in words of its own (round 107): a graphic word or a wound seen said in a sentence
 * that points at it (harmPointedAt), or in the sentence that goes on describing it after the
 * pointing run next to the picture (continuedSentence), or a graphic kind of picture named in a
 * paragraph that points at it (namesGraphicKind). `showing` are the sentences its `[depicts]` and
 * `[document]` hits point by, neither naming a film; `fictional` the sentences that name one.
 */
export function pointsAtPicture(
  text: string,
  lexicons: readonly CompiledLexicon[],
  hits: readonly TermHit[],
  starts: readonly number[],
  showing: ReadonlySet<number>,
  fictional: ReadonlySet<number>,
  before: boolean,
): boolean {
  if (!hits.some(seenHarm)) return false;
  const words = findPictureWords(text, lexicons);
  const phrases = pointingPhrases(words, starts, before);
  const pointing = withoutFiction(new Set(phrases.map(([at]) => sentenceOf(starts, at))), fictional);
  const pointed = new Set([...showing, ...pointing]);
  const run = !before && opensOnPicture(text, words, hits, starts) && !fictional.has(0) ? new Set([0, ...pointed]) : pointed;
  const back = new Set([...pointing].filter((i) => !showing.has(i)));
  return harmAtPhrases(text, hits, starts, fictional, phrases) || harmIn(hits, starts, continuedSentences(run, back, starts, before)) || namesGraphicKind(hits, words, pointed);
}

/** At most two words (an article, a name, a genitive and its adjective: "the", "Sainte Marie", "kasabanın eski") between a pointer and the thing after it. */
const THING_AFTER = lazy(() => /^[\s,:;—–،-]*(?:[\p{L}\p{N}'’-]+[\s'’-]+){0,2}$/u);
/**
 * At most one word between the thing and the pointer after it ("The church below", "الكنيسة أدناه",
 * "Церковь ниже"), or, for a pointing phrase other than "below" and "above", between the phrase and
 * the thing after it (an article: "shows the church", "На цьому знімку – церква"; not "The man in
 * the photo stands before the church").
 */
const THING_NEXT = lazy(() => /^[\s,:;—–،'’-]*(?:[\p{L}\p{N}'’-]+[\s'’-]+)?$/u);

/** Hits that point at a picture in words of a caption's kind: a demonstrative with a picture noun, a verb of showing, the picture named as a document or as where its subject is. */
const POINTERS = new Set<TermHit['kind']>(['pointsAtPicture', 'depicts', 'document', 'pictureOf']);

/**
 * Whether the paragraph beside the picture points at it and names a thing as what it shows
 * (round 119): a word for "below" in the paragraph before the picture, or for "above" in the one
 * after it, with a thing (`[not-human]`: a church, a car) right beside it ("Below, the church of
 * Ste. Famille…", "Ci-dessous, l'église…", "Aşağıda, kasabanın eski kilise binası", "الكنيسة
 * أدناه"), or a kind of picture (`[non-depiction]`: a map, a satellite image) anywhere after it in
 * its sentence ("Aşağıda, ordunun saldırdığı köylerin haritası"), in a sentence naming no body,
 * act or wound (no graphic or injury word). The page says what its picture shows, as a caption
 * would, and it is no person: the story's violence told around it is not the picture. Round 172
 * reads the other ways a page points at its picture the same, in the sentence right beside it: a
 * demonstrative, a verb of showing, the photo named as a document or as where its subject is, not
 * set apart ("This photo shows the church of…", "Cette photo montre la carte…", "Церковь на фото…",
 * "هذه الصورة تظهر الكنيسة…"), with the thing or the kind of picture right beside the phrase, in a
 * sentence naming no killing either.
 */
export function pointsAtThing(text: string, lexicons: readonly CompiledLexicon[], hits: readonly TermHit[], starts: readonly number[], before: boolean): boolean {
  const pointer = before ? 'below' : 'above';
  const beside = before ? starts.length - 1 : 0;
  return [...findPictureWords(text, lexicons), ...hits].some((p) => {
    const i = sentenceOf(starts, p.at);
    const end = p.at + p.text.length;
    const other = i === beside && POINTERS.has(p.kind) && !standsApart(text, starts, p.at, end);
    if (p.kind !== pointer && !other) return false;
    const inSentence = hits.filter((h) => sentenceOf(starts, h.at) === i);
    if (inSentence.some((h) => h.kind === 'graphic' || h.kind === 'injury' || (other && h.kind === 'topic'))) return false;
    return inSentence.some((h) => {
      const thing = h.kind === 'notHuman' || h.kind === 'nonDepiction';
      if (h.at < end) return thing && THING_NEXT().test(text.slice(h.at + h.text.length, p.at));
      return other ? thing && THING_NEXT().test(text.slice(end, h.at)) : h.kind === 'nonDepiction' || (h.kind === 'notHuman' && THING_AFTER().test(text.slice(end, h.at)));
    });
  });
}
