import { sentenceOf } from './caption-sentences';
import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';

// How the paragraph beside a picture says it is about this picture, in words a caption does not
// use: a caption is always about its picture, so the `[depicts]` and `[document]` sections name
// only how a sentence shows or names one ("shows", "pictured", "one of the photos"). The page's
// paragraph says so by pointing: a demonstrative with a picture noun ("This photo was taken by the
// police in 1965", "Dieses Bild", "Cette photo", "Этот снимок", "Bu fotoğraf", "هذه الصورة"), a
// deictic verb of seeing ("was man dort sieht", "here we see", "тут бачимо"), or the picture's
// making told as an act ("residents photographed a car…", "сфотографировали", "fotoğrafladı",
// "صوّر"). Read by readNearby (read-surroundings.ts) beside its `[depicts]` and `[document]` hits.

/** Not after a letter: the start of a word, in every script (`\b` is ASCII only). */
const W = String.raw`(?<!\p{L})`;
/** A demonstrative and a picture noun, in the eight languages. */
const THIS_PICTURE = [
  String.raw`(?:this|these|that)\s+(?:photo|photograph|picture|image|shot|snapshot)s?(?!\p{L})`,
  String.raw`(?:dies|diese|dieses|diesem|diesen)\s+(?:foto|bild|aufnahme|fotografie)`,
  String.raw`(?:cette|ces)\s+(?:photo|photographie|image)s?(?!\p{L})|ce\s+cliché`,
  String.raw`(?:esta|estas|este)\s+(?:foto|fotografía|imagen|instantánea)`,
  String.raw`(?:этот|эта|это|этом|этой|эти|этих|этого)\s+(?:снимк|снимок|фото|фотографи|изображени|кадр)`,
  String.raw`(?:цей|ця|це|цьому|цій|ці|цих|цього|цієї)\s+(?:знімк|знімок|фото|світлин|зображенн|кадр)`,
  String.raw`(?:bu|şu)\s+(?:fotoğraf|görüntü|resim|kare(?!\p{L})|görsel)`,
  String.raw`(?:هذه|تلك)\s+(?:ال)?(?:صورة|صور|لقطة)`,
];
/** A verb of seeing with a deictic: the writer looks at the picture with the reader. */
const SEEN_HERE = [
  String.raw`here\s+(?:we|you)\s+(?:can\s+)?see`,
  String.raw`man\s+(?:dort|hier|darauf|da)\s+sieht|(?:hier|dort|darauf)\s+sieht\s+man`,
  String.raw`ici\s+on\s+voit|on\s+voit\s+ici`,
  String.raw`aquí\s+(?:se\s+ve|vemos|se\s+observa)`,
  String.raw`здесь\s+(?:мы\s+)?(?:видим|видно)`,
  String.raw`тут\s+(?:ми\s+)?(?:бачимо|видно)`,
  String.raw`burada\s+(?:görül|görüyoruz)`,
  String.raw`(?:هنا\s+نرى|نرى\s+هنا)`,
];
/** The picture's making told as an act: a verb of photographing, in its past forms. */
const PHOTOGRAPHED = [
  String.raw`photographed`,
  String.raw`fotografiert(?:e|en)?(?!\p{L})`,
  String.raw`photographiée?s?(?!\p{L})`,
  String.raw`fotografi(?:ó|aron|ado|ada|ados|adas)(?!\p{L})`,
  String.raw`сфотографирова`,
  String.raw`сфотографува`,
  String.raw`fotoğrafla(?:dı|ndı|mış|nmış)`,
  String.raw`صوّر|صوَّر`,
];
/**
 * The paragraph names itself the picture's caption: an archive's or a catalogue's text printed
 * beside the picture ("Additional caption text: …", "Bildunterschrift:", "légende de la photo").
 */
const CAPTION_NAMED = [
  String.raw`caption(?!\p{L})`,
  String.raw`bildunterschrift|bildtext(?!\p{L})`,
  String.raw`légende\s+(?:de\s+la|d['’]une|de\s+l['’])\s*(?:photo|image|photographie)`,
  String.raw`pie\s+de\s+(?:foto|(?:la\s+)?(?:imagen|fotografía))`,
  String.raw`подпись\s+(?:к|под)\s+(?:фото|снимк)`,
  String.raw`підпис\s+(?:до|під)\s+(?:фото|знімк|світлин)`,
  String.raw`fotoğraf\s+altı|fotoğraf\s+alt\s+yazısı`,
  String.raw`تعليق\s+(?:على\s+)?(?:ال)?صورة`,
];
const POINTS = lazy(() => new RegExp(`${W}(?:${[...THIS_PICTURE, ...SEEN_HERE, ...CAPTION_NAMED].join('|')})`, 'giu'));
const PHOTOGRAPHING = lazy(() => new RegExp(`${W}(?:${PHOTOGRAPHED.join('|')})`, 'giu'));
/** A picture noun: a graphic word holding one names a kind of picture ("Fotografía post mortem", "посмертная фотография"). */
const PICTURE_NOUN = lazy(() => /photo|foto|bild|image|imagen|daguerr|dagerr|дагер|фото|снимк|снимок|знімк|світлин|fotoğraf|صورة|صور/iu);

/** The sentences of `sentences` that name no film (a still from a film points at no scene). */
export function withoutFiction(sentences: ReadonlySet<number>, fictional: ReadonlySet<number>): Set<number> {
  return new Set([...sentences].filter((i) => !fictional.has(i)));
}

/**
 * Where `text` points at a picture: [start, end) pairs. A demonstrative, a deictic verb of seeing
 * or the caption named point wherever they stand; a verb of photographing only in the sentence
 * right beside the picture (the first of the paragraph after it, the last of the one before):
 * further in, it tells how the story's photographs were taken ("He photographed them in a garage
 * behind the prison hospital, gave each body a number"), not this picture.
 */
function pointingPhrases(text: string, starts: readonly number[], before: boolean): [number, number][] {
  const found: [number, number][] = [];
  const points = POINTS();
  points.lastIndex = 0;
  for (let m = points.exec(text); m; m = points.exec(text)) found.push([m.index, m.index + m[0].length]);
  const beside = before ? starts.length - 1 : 0;
  const photographing = PHOTOGRAPHING();
  photographing.lastIndex = 0;
  for (let m = photographing.exec(text); m; m = photographing.exec(text)) {
    if (sentenceOf(starts, m.index) === beside) found.push([m.index, m.index + m[0].length]);
  }
  return found;
}

/** Letters or digits: a word still to come in the sentence. */
const A_WORD = lazy(() => /[\p{L}\p{N}]/u);
/** A comma, semicolon, colon or dash: a clause ends there. */
const CLAUSE_MARK = lazy(() => /[,;:—–،]/u);

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
export function harmPointedAt(text: string, hits: readonly TermHit[], starts: readonly number[], fictional: ReadonlySet<number>, before: boolean): boolean {
  // Harm seen is what every reading here asks for: without it the pointing phrases are not sought.
  if (!hits.some(seenHarm)) return false;
  return harmAtPhrases(text, hits, starts, fictional, pointingPhrases(text, starts, before));
}

function harmAtPhrases(text: string, hits: readonly TermHit[], starts: readonly number[], fictional: ReadonlySet<number>, phrases: readonly [number, number][]): boolean {
  return hits.some((h) => {
    const i = sentenceOf(starts, h.at);
    if (!seenHarm(h) || fictional.has(i)) return false;
    return phrases.some(([at, end]) => phraseHolds(text, starts, at, end, h, CLAUSE_MARK()));
  });
}

/**
 * The sentence that goes on describing the picture a paragraph beside it points at: after the
 * picture, the sentence right after the run of pointing sentences that opens the paragraph ("Dieses
 * Bild wurde … aufgenommen. Was man dort sieht ist ein schreckliches Bild. Bei den Kindern, die
 * sich erhängt haben…"); before it, the last sentence, when the one before it points ("This photo
 * was taken in the dormitory. The corpses lie on the floor." over the picture). -1 when none.
 */
function continuedSentence(showing: ReadonlySet<number>, starts: readonly number[], before: boolean): number {
  if (before) return starts.length > 1 && showing.has(starts.length - 2) ? starts.length - 1 : -1;
  let k = 0;
  while (showing.has(k)) k++;
  return k > 0 && k < starts.length ? k : -1;
}

/** A graphic word or a wound seen in sentence `i` (-1: none), the one going on describing the picture. */
function harmIn(hits: readonly TermHit[], starts: readonly number[], i: number): boolean {
  return i >= 0 && hits.some((h) => seenHarm(h) && sentenceOf(starts, h.at) === i);
}

/**
 * A graphic word naming a kind of picture (the post-mortem photograph, a genre with a fixed name)
 * in a paragraph that points at the picture (`pointing`, any of its sentences: "En la imagen se
 * observa el aparato de sujeción"): the paragraph is the picture's, and it names what the picture is.
 */
function namesGraphicKind(hits: readonly TermHit[], pointing: ReadonlySet<number>): boolean {
  return pointing.size > 0 && hits.some((h) => h.kind === 'graphic' && PICTURE_NOUN().test(h.text));
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
  hits: readonly TermHit[],
  starts: readonly number[],
  showing: ReadonlySet<number>,
  fictional: ReadonlySet<number>,
  before: boolean,
): boolean {
  if (!hits.some(seenHarm)) return false;
  const phrases = pointingPhrases(text, starts, before);
  const pointing = withoutFiction(new Set(phrases.map(([at]) => sentenceOf(starts, at))), fictional);
  const pointed = new Set([...showing, ...pointing]);
  return harmAtPhrases(text, hits, starts, fictional, phrases) || harmIn(hits, starts, continuedSentence(pointed, starts, before)) || namesGraphicKind(hits, pointed);
}
