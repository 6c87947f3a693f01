import { sentenceOf, sentenceStarts } from './caption-sentences';
import type { CompiledLexicon } from './compile-lexicon';
import { findCaptionWords, type TermHit } from './find-terms';
import { namesCalamity } from './measure-article-violence';
import { lazy } from '../lazy-regexp';

// Who or what a violent word is about. "The skull of a Bryde's whale", "el cadáver de una
// ballena", "vehículos calcinados", "a charred Russian tank": a remains, corpse or burn word
// whose head is an animal or a thing (the `[not-human]` section) says nothing about a person.
// The thing sits right after the word ("charred car", "скелет кита"), or before it ("whale
// carcass", "a whale's skeleton", "balina leşi") with at most one word between, or after it
// joined by "of" and its peers ("skull of a Bryde's whale", "cadáver de una ballena"). The word
// between is the thing's adjective where adjectives follow the noun (`adjectives: after` in
// [language]: Spanish, French, Arabic: "tanque ruso carbonizado"); elsewhere it is a noun of a
// chain ("dinosaur fossil skeleton"), unless it is a possessor, which owns the violent word ("the
// bus driver's body", "otobüs şoförünün cesedi"). And a thing before the word owns nothing when a
// preposition of place governs it (the `[place]` section: "Im Auto verkohlte Leichen", "В машине
// обгоревшие тела" are bodies in a car); only languages whose adjectives stand before the noun
// list such words, since "en un coche calcinado" is the car's. Nor when the word between is one
// of containing or carrying (the `[containing]` section: "a car with dead passengers inside",
// "un camión transportando cadáveres", "سيارة بداخلها جثث"): the dead are in the thing, not its;
// a wound there stays the thing's or the animal's state ("a dog with severe burns"; round 158).

/** Nothing between the violent word and the thing after it ("charred car"). */
const NEXT = lazy(() => /^[\s'’-]*$/u);
/** At most one word between the thing and the violent word after it ("tanque ruso carbonizado", "dinosaur fossil skeleton"), or an English possessive ("whale's skeleton"). */
const BEFORE = lazy(() => /^(?:['’]s(?=\s))?[\s'’-]*(?:[\p{L}\p{N}'’-]{4,}\s+)?$/u);
/** A word between that is a possessor: an English possessive, a Turkish genitive ("driver's", "şoförünün", "sahibinin"). */
const POSSESSOR = lazy(() => /\p{L}(?:['’]s|s['’]|n[ıiuü]n)\s+$/u);
/** At most two words (an article, an adjective) between a preposition of place and the thing ("im ausgebrannten Auto"). */
const PLACE_GAP = lazy(() => /^[\s'’-]*(?:[\p{L}\p{N}'’-]+\s+){0,2}$/u);
/** A thing that closes its noun phrase: the text's end, a mark, or a short word after it ("a rabbit.", "a rabbit in…"), not a noun it modifies ("the bus driver") or a possessive. */
const HEAD_END = lazy(() => /^(?:\s*(?:[^\p{L}\p{N}\s'’]|$)|\s+\p{L}{1,3}(?![\p{L}\p{N}]))/u);
/** A comma, then at most two words (a relative pronoun, an adverb) before a verb of belonging ("bones, which belong to", "кости, которые предположительно принадлежат"). */
const CLAUSE_JOIN = lazy(() => /^[\s'’-]*[,،]?\s*(?:[\p{L}'’-]+\s+){0,2}$/u);
/** Between a verb of belonging and its owner, a Russian or Ukrainian adjective at most, in the dative ("принадлежат древнему животному", "належать давній тварині"): not a person's noun ("принадлежат водителям машины"), not "people and horses". */
const BELONG_GAP = lazy(() => /^[\s'’-]*(?:\p{L}+(?:ому|ему|ой|ей|ым|им|ій|ім)\s+)?$/u);
/** At most one word between a genitive ("of a") and the thing ("of a Bryde's whale"). */
const AFTER_JOIN = lazy(() => /^[\s'’-]*(?:[\p{L}'’-]+\s+){0,2}$/u);

/** Whether `hit` is said of an animal or a thing named beside it (`article`: in an article's sentence, only right after it or through a verb of belonging). */
export function saidOfThing(
  text: string,
  hit: TermHit,
  things: readonly TermHit[],
  joins: readonly TermHit[] = [],
  words: readonly TermHit[] = [],
  places: readonly TermHit[] = [],
  apart: readonly TermHit[] = [],
  closes: (thing: TermHit) => boolean = () => true,
  article = false,
): boolean {
  const end = hit.at + hit.text.length;
  // The words read apart right after the violent word: an article, a part of the body.
  const next = (kind: TermHit['kind']) => apart.find((a) => a.kind === kind && a.at >= end && NEXT().test(text.slice(end, a.at)));
  const object = next('article');
  const part = next('bodyPart');
  const from = part ? part.at + part.text.length : end;
  for (const thing of things) {
    if (thing.at >= end) {
      if (NEXT().test(text.slice(end, thing.at))) return true;
      // "killed and ate a rabbit", "verbrannte das Mobiliar": an `[object-articles]` phrase right
      // after a verb, the thing right after it is the verb's object when it closes its noun phrase.
      if (!article && object && NEXT().test(text.slice(object.at + object.text.length, thing.at)) && HEAD_END().test(text.slice(thing.at + thing.text.length))) return true;
      // "skull of a Bryde's whale": a `[genitive]` right after the word, the thing soon after it;
      // or after a `[body-parts]` word that is the word's noun ("der abgetrennte Kopf eines Narwals").
      // A verb of belonging may open a relative clause ("кости, которые принадлежат животному").
      const join = joins.find((j) => j.at >= from && j.at < thing.at && (j.belongs ? CLAUSE_JOIN() : NEXT()).test(text.slice(from, j.at)));
      // A genitive hangs on the nearest noun: "un corps des décombres d'un immeuble" is a body
      // taken from the rubble of a building, not a building's body, when a scene word (rubble,
      // ruins, an ambulance) stands between the genitive and the thing; "die Leiche des Fahrers
      // des Lastwagens" is the driver's, when a second genitive does.
      const nearer = (w: TermHit) => join && w !== join && w.at > join.at && w.at < thing.at;
      // An owner after a verb of belonging closes its noun phrase (`closes`: "belonging to a bus
      // driver" is the driver's).
      const gap = join?.belongs ? (thing.adjectivesAfter ? NEXT() : BELONG_GAP()) : AFTER_JOIN();
      if (join && (!join.belongs || closes(thing)) && gap.test(text.slice(join.at + join.text.length, thing.at)) && !words.some(nearer) && !joins.some(nearer)) return true;
    } else if (!article && thing.at + thing.text.length <= hit.at) {
      const between = text.slice(thing.at + thing.text.length, hit.at);
      // A word of containing between ("a car with dead passengers inside", "سيارة بداخلها جثث")
      // puts the dead in the thing: they are not its. A wound stays a thing's or an animal's
      // state ("a dog with severe burns", "a bus with bloodstained seats").
      const within = hit.category !== 'injury' && apart.some((a) => a.kind === 'containing' && a.at > thing.at && a.at < hit.at);
      if (within || !BEFORE().test(between) || (!thing.adjectivesAfter && POSSESSOR().test(between))) continue;
      const placed = places.some((p) => p.at + p.text.length <= thing.at && PLACE_GAP().test(text.slice(p.at + p.text.length, thing.at)));
      if (!placed) return true;
    }
  }
  return false;
}

/**
 * The hits left once violent words said of animals and things are dropped (and the prepositions
 * of place that helped decide it), and the page's words
 * of horror about a picture (`[appraisal]`) in a sentence naming a flood, a fire, an earthquake or
 * a disease: "Harrowing images of the flood", "Жуткие кадры наводнения" are said of a calamity's
 * pictures, not of the wounded or the dead.
 */
export function dropThingHits(text: string, hits: readonly TermHit[], lexicons: readonly CompiledLexicon[], article = false): TermHit[] {
  if (hits.some((h) => h.appraisal) && hits.some((h) => h.kind === 'calamity')) {
    const starts = sentenceStarts(text, hits);
    const bySentence = new Map<number, TermHit[]>();
    for (const h of hits) {
      const i = sentenceOf(starts, h.at);
      bySentence.set(i, [...(bySentence.get(i) ?? []), h]);
    }
    // Not in a sentence naming an attack too: the fire or the ruins a strike left are its.
    hits = hits.filter((h) => !h.appraisal || !namesCalamity(bySentence.get(sentenceOf(starts, h.at))!));
  }
  // Prepositions of place serve this reading only: they leave with it.
  const places = hits.filter((h) => h.kind === 'place');
  if (places.length) hits = hits.filter((h) => h.kind !== 'place');
  const things = hits.filter((h) => h.kind === 'notHuman');
  if (!things.length) return hits.slice();
  // In an article's sentence only a thing right after the word ("кости мамонта"), a verb of
  // belonging and a death word before an animal are read: the other readings of a caption would
  // drop "Leichen von Menschen und Tieren", "Pigs eating corpses", "insan ve hayvan cesetleri",
  // whose violence the page speaks of (round 151).
  const joins = hits.filter((h) => h.kind === 'join' && (!article || h.belongs));
  const words = hits.filter((h) => h.kind === 'borderline' || h.kind === 'evacuation');
  const apart = findCaptionWords(text, lexicons);
  // English chains nouns: a thing there closes its noun phrase or modifies the noun after it
  // ("Dead horse riders", "belonging to a bus driver").
  const chains = lexicons.some((l) => l.lang === 'en');
  const closes = (t: TermHit) => !chains || HEAD_END().test(text.slice(t.at + t.text.length));
  // A death word right before an animal ("ölü yunuslar", dead dolphins) tells the animal dead;
  // not an attack's word ("bombed houses" is still a strike).
  const beforeThing = (h: TermHit) => !h.attack && things.some((t) => t.at >= h.at + h.text.length && NEXT().test(text.slice(h.at + h.text.length, t.at)) && closes(t));
  return hits.filter((h) => (h.kind === 'topic' ? !beforeThing(h) : (h.kind !== 'graphic' && h.kind !== 'injury' && h.kind !== 'bones') || !saidOfThing(text, h, things, joins, words, places, apart, closes, article)));
}

/** A comma, semicolon, colon, dash or bracket: a clause ends there. */
const CLAUSE_END = lazy(() => /[,;:—–(،]/u);

/**
 * Whether a portrait hint (`hint`, a `[non-depiction]` hit) only dates a photograph of harm: it
 * names a photograph by its date or its source, in a clause after a graphic word of the same
 * sentence ("A naked detainee at Abu Ghraib prison, in an undated photo", "Cadáveres en una calle,
 * en una foto sin fecha"). The scene is named first, and the hint says when or whence the
 * photograph is, not that it is a portrait of the person while alive (round 102). A hint naming
 * a photograph holds a `[photograph]` word and no `[other-picture]` word (a satellite image, an
 * aerial view, a screenshot): `words`, the text's picture words (findPictureWords).
 */
export function datesPhotoOfHarm(text: string, hint: TermHit, hits: readonly TermHit[], starts: readonly number[], words: readonly TermHit[]): boolean {
  const inHint = (kind: TermHit['kind']) => words.some((w) => w.kind === kind && w.at >= hint.at && w.at < hint.at + hint.text.length);
  if (!inHint('photograph') || inHint('otherPicture')) return false;
  const i = sentenceOf(starts, hint.at);
  return hits.some((g) => g.kind === 'graphic' && g.at < hint.at && sentenceOf(starts, g.at) === i && CLAUSE_END().test(text.slice(g.at + g.text.length, hint.at)));
}

/** Where a title's parts meet: a colon, a bar, or a spaced dash ("Hiroshima: survivors' drawings", "Drawings – The Guardian"). */
const TITLE_PART = lazy(() => /[:|]|\s[-–—]\s/gu);
/** Characters an art word may start after in a title's part ("A drawing of…", "Dibujo de…"). */
const ART_LEAD = 12;
/** Nothing but marks and spaces: the end of a title's part. */
const PART_END = lazy(() => /^[\s\p{P}]*$/u);
/** The rest of a word a hit ends inside (a stem's endings). */
const WORD_REST = lazy(() => /^\p{L}*/u);
const TOLD_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic', 'borderline']);

/** A possessor closing the words before an art word: an English possessive, a Turkish genitive ("survivors' ", "kurtulanların "). */
const OWNER = lazy(() => /\p{L}(?:['’]s|s['’])\s+$/u);
const TURKISH_OWNER = lazy(() => /\p{L}(?:['’]s|s['’]|n?[ıiuü]n)\s+$/u);

/**
 * Whether a title, a section heading or a standfirst names its pictures as art: an `[artwork]`
 * word is the head of one of its parts (split at a colon, a bar, a spaced dash). The head opens
 * the part ("Dibujos de los supervivientes", "Hiroshima: survivors' drawings of the bomb",
 * "رسومات الناجين"), or closes it after a possessor, as a head-final noun phrase does
 * ("Hiroshima survivors' drawings", "Hiroşima'dan kurtulanların çizimleri"), in a part that names
 * no violence ("Bodies found near a mural" says where they were found). A photograph named in
 * the text makes it about photographs too ("La foto que ilustra el baño de sangre", "Goya's
 * paintings and the photographs of Bucha"). `page`: a page's title or standfirst, which names no
 * violence in the art word's part either ("Painting of school walls halted after bodies found"
 * is news); a section heading over drawings may ("Dibujo de los cadáveres en una fosa común").
 */
export function namesArtwork(text: string, hits: readonly TermHit[], lang: string | undefined, page = false): boolean {
  if (hits.some((j) => j.kind === 'document' || j.kind === 'pictureOf')) return false;
  const parts: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(TITLE_PART())) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  parts.push([from, text.length]);
  return hits.some((h) => {
    if (h.kind !== 'artwork') return false;
    const [start, end] = parts.find(([, to]) => h.at < to) ?? [from, text.length];
    const told = hits.some((j) => j.at >= start && j.at < end && TOLD_KINDS.has(j.kind));
    if (h.at - start <= ART_LEAD) return !(page && told);
    const closes = PART_END().test(text.slice(h.at + h.text.length, end).replace(WORD_REST(), ''));
    return closes && !told && (lang === 'tr' ? TURKISH_OWNER() : OWNER()).test(text.slice(start, h.at));
  });
}
