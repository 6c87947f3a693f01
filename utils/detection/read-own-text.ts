import { SENSITIVITIES, type ContextSource, type Sensitivity } from './detection-types';
import { eventClauses, laterClauses, OWN_TEXT_CAP, relativeClauses, sentenceOf, sentenceStarts, useClauses, WORD_COUNT } from './caption-sentences';
import type { CompiledLexicon } from './compile-lexicon';
import { findCaptionWords, findPictureWords, findTerms, type TermHit } from './find-terms';
import { isCount, withoutTimesAndOrdinals } from './counted-numbers';
import { datesPhotoOfHarm, dropThingHits } from './picture-subject';
import { opensWithVictims } from './victims-shown';
import { treatedWounded } from './treated-wounded';
import { selectLexicons } from './select-lexicons';
import { withoutCredit } from './credit-line';
import { lazy } from '../lazy-regexp';

// One piece of an image's own text (caption, alt, title, aria label, credit, file name) read the
// way an editor reads it: which words are the picture's (its first sentence, and any sentence
// saying "the photo shows"), which are background (later sentences, a relative clause hung on a
// name), what the violent words are said of (a person, or an animal or a thing), and whether the
// publisher warns. The level it alone would cover the picture at follows from the picture's words.

export type Level = Sensitivity | null;

/** The lower (more eager) of two levels; null is "never". */
export function lower(a: Level, b: Level): Level {
  if (a === null) return b;
  if (b === null) return a;
  return SENSITIVITIES.indexOf(a) <= SENSITIVITIES.indexOf(b) ? a : b;
}

export const OWN_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'borderline', 'evacuation']);
export const STRONG_KINDS = new Set<TermHit['kind']>(['graphic', 'injury']);
/** Words of violence: those that can show it (graphic, injury) and those that name it as a topic. */
export const VIOLENT_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic']);

// A placeholder alt text is a pattern, not lexicon words: the whole field (a CMS's "IMG_1234.jpg",
// "untitled", Italian "immagine"), refused before any lexicon is chosen, in every language at once
// (a credit line is read the same way: credit-line.ts).
/** A field that is only a placeholder: not read. */
// eslint-disable-next-line forewarn/no-word-list -- read before any lexicon is chosen, every language at once (see above)
const GENERIC_ALT = lazy(() => /^(?:image|img|photo|picture|foto|bild|imagen|immagine|صورة|фото|изображение|зображення|resim|görsel|untitled|null|undefined|thumbnail|graphic|[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg))\s*\d*$/i);
// eslint-disable-next-line forewarn/no-word-list -- agencies are names, the same in every language
const AGENCIES = lazy(() => /\b(?:AFP|Reuters|AP|Getty(?: Images)?|EPA|dpa|ANSA|Anadolu|EFE|Xinhua|UPI|REUTERS|SIPA|Shutterstock|Alamy)\b/g);

export interface FieldReading {
  source: ContextSource;
  level: Level;
  /** The picture's words' hits (violent words said of things dropped), then any warning. */
  hits: TermHit[];
  /** Graphic, injury and topic words of the background (later sentences, clauses, tolls): context, like the article's. */
  background: TermHit[];
  /** The words of a later sentence that cover the picture from balanced (laterShown): named on its cover. */
  shownLater: TermHit[];
  nonScene: boolean;
  fiction: boolean;
  /** The publisher warns that the picture is graphic ("WARNING: GRAPHIC CONTENT"). */
  warned: boolean;
  /** Words of the picture's own description (credits and agencies left out). */
  words: number;
  /**
   * The words describe a scene, not only name someone: DESCRIBED_MIN_WORDS words or more, or in a
   * script with letter case at least two words one of which is a common (lower-case) word
   * ("damaged building", "Mujeres revolucionarias"), where "Izaskun Lesaka." only names a person.
   */
  describes: boolean;
  /** The words name the picture as a document ("A still from the video", "One of the leaked photos") and do not say what it shows. */
  aboutPicture: boolean;
  /** A sentence of the picture opens with people named as the victims ("One of the victims…"): they are who is shown. */
  victimsShown: boolean;
}

/** Own text with at least this many words describes the picture (so article context yields). */
export const DESCRIBED_MIN_WORDS = 4;
const COMMON_WORD = lazy(() => /(?:^|[^\p{L}])\p{Ll}{3,}/u);

/**
 * A dateline opening a caption ("1er septembre 2016, à Libreville au Gabon.", "10-11 août,
 * Nagasaki."): a short first sentence with a number in it says when and where, so the sentence
 * after it is the picture's.
 */
const DATELINE_MAX_WORDS = 8;
const DIGIT = lazy(() => /\d/);

/**
 * A person's life dates after a name ("Pierre Laval (28 June 1883 – 15 October 1945)", "Juan
 * Pérez (1898-1936)", "Анна Петрова (1923—1941)"): two years in one bracket with a dash between,
 * a life apart (a war's "(1914–1918)" is not). A first sentence holding them introduces a
 * portrait: it is no dateline, and what the sentences after it tell is the person's life.
 */
const BRACKET = lazy(() => /\(([^()]{0,60})\)/gu);
const YEAR = lazy(() => /\d{4}/gu);
const DASH = lazy(() => /[-–—]/u);
const LIFE_YEARS = { min: 10, max: 110 };
function givesLifeDates(sentence: string): boolean {
  for (const [, inner] of sentence.matchAll(BRACKET())) {
    const years = inner!.match(YEAR())?.map(Number) ?? [];
    if (years.length !== 2 || !DASH().test(inner!)) continue;
    const span = years[1]! - years[0]!;
    if (span >= LIFE_YEARS.min && span <= LIFE_YEARS.max) return true;
  }
  return false;
}

/** What was done to a person (an execution, torture): in a clause hung on a name, it is what happened. */
const EVENT_CATEGORIES = new Set<TermHit['category']>(['execution', 'torture']);

const QUOTE_MARK = lazy(() => /["«»“”„]/u);

/**
 * Sentences saying in the present that someone has a wound or burns ("He has a large wound on
 * his leg", "bacağında büyük bir yara var", "у него ожоги"): a `[present-state]` word and an
 * injury word in one sentence. Wire captions often open with a label or background ("Image
 * caption,", "Fotoğraf altı yazısı,", the army accused) and say what is visible later, as a state;
 * what happened to the person is told in the past. Quoted speech is someone's words, not the
 * caption's ("'We have many wounded,' the director said").
 */
function woundedNow(text: string, hits: readonly TermHit[], starts: readonly number[]): Set<number> {
  const now = new Set(hits.filter((h) => h.kind === 'presentState').map((h) => sentenceOf(starts, h.at)));
  const found = new Set<number>();
  for (const h of hits) {
    const i = sentenceOf(starts, h.at);
    if ((h.kind !== 'injury' && h.kind !== 'graphic') || h.category !== 'injury' || !now.has(i)) continue;
    if (!QUOTE_MARK().test(text.slice(starts[i], starts[i + 1] ?? text.length))) found.add(i);
  }
  return found;
}

/** Nothing but spaces before the word for "above"; a comma or a colon after it (opensAbove). */
const BLANK = lazy(() => /^\s*$/u);
const ABOVE_MARK = lazy(() => /^\s*[,:،]/u);

/**
 * The sentences after the first that open with the word for "above" (an `[above]` word) and a
 * comma or colon ("Above, a man leads an injured boy…", "Pictured above:", "Ci-dessus,", "Oben:",
 * "Выше:", "Yukarıda,", "أعلاه،"): they say what the picture over them shows, as gallery captions
 * write after the story's toll (round 97).
 */
function opensAbove(text: string, lexicons: readonly CompiledLexicon[], starts: readonly number[]): Set<number> {
  const found = new Set<number>();
  if (starts.length < 2) return found;
  for (const w of findPictureWords(text, lexicons)) {
    if (w.kind !== 'above') continue;
    const i = sentenceOf(starts, w.at);
    if (i > 0 && BLANK().test(text.slice(starts[i], w.at)) && ABOVE_MARK().test(text.slice(w.at + w.text.length))) found.add(i);
  }
  return found;
}

/** Splits the hits of a text into the picture's words and background. */
function pictureHits(text: string, lexicons: readonly CompiledLexicon[], hits: readonly TermHit[]): { own: TermHit[]; background: TermHit[] } {
  const starts = sentenceStarts(text, hits);
  const firstEnd = starts[1] ?? text.length;
  const first = text.slice(0, firstEnd);
  // A portrait's life dates: the sentences after them tell what happened to the person, like a
  // clause hung on a name ("…was executed by firing squad"); a body named there is still shown.
  const portrait = givesLifeDates(first);
  const clauses = [
    ...relativeClauses(text, hits, 0, firstEnd, lexicons.map((l) => l.lang), () => findCaptionWords(text, lexicons)),
    ...eventClauses(text, hits, 0, text.length), ...useClauses(text, hits),
    ...laterClauses(text, hits, 0, text.length),
    ...(portrait ? [firstEnd, text.length] : []),
  ];
  // A later sentence saying what the photo shows ("In this photograph, …", "The photo shows …")
  // describes the picture as much as the first one does.
  const describing = new Set<number>([0]);
  if (!portrait && DIGIT().test(first) && (first.match(WORD_COUNT())?.length ?? 0) <= DATELINE_MAX_WORDS) describing.add(1);
  const showing = new Set<number>();
  for (const h of hits) if (h.kind === 'depicts') showing.add(sentenceOf(starts, h.at));
  for (const i of showing) describing.add(i);
  for (const i of woundedNow(text, hits, starts)) describing.add(i);
  // A later sentence opening with "Above," points at the picture over it: a gallery caption
  // puts the story first and the picture's scene after it.
  for (const i of opensAbove(text, lexicons, starts)) describing.add(i);
  // Made when a hit first asks whether it is counted: most captions hold no death or wound word.
  let counted: string | undefined;
  const own: TermHit[] = [];
  const background: TermHit[] = [];
  for (const h of hits) {
    const sentence = sentenceOf(starts, h.at);
    let inClause = false;
    for (let i = 0; i < clauses.length; i += 2) if (h.at >= clauses[i]! && h.at < clauses[i + 1]!) inClause = true;
    // A clause hung on a name says what happened to the person ("who was killed", "der
    // hingerichtet wurde"); a body or a wound named in it is still there ("…, der die Leiche des
    // Jungen trägt"), and so is what a sentence saying "the video shows" puts in it.
    const stillShown = h.kind === 'graphic' && (!EVENT_CATEGORIES.has(h.category) || showing.has(sentence));
    // What happened to the person, and a toll, are what the story is about: topic words.
    if (VIOLENT_KINDS.has(h.kind) && ((inClause && !stillShown) || isCount((counted ??= withoutTimesAndOrdinals(text)), h))) background.push({ ...h, kind: 'topic' });
    else (describing.has(sentence) || h.kind === 'warning' ? own : background).push(h);
  }
  return { own, background };
}

/** A short quoted phrase: „…“, "…", «…», “…”. */
const QUOTED = lazy(() => /[„"«“]([^„"«»“”\n]{1,60})[“”"»]/gu);
function quotedSpans(text: string): [number, number][] {
  return [...text.matchAll(QUOTED())].map((m) => [m.index, m.index + m[0].length]);
}

/** Characters a document phrase may start after ("A ", "Una ", "Eines der "). */
const DOCUMENT_LEAD = 12;
/** "of"/"von" right after a document phrase introduces what the picture shows (not in Romance languages, where "de" also says where from). */
const OF_AFTER = lazy(() => /^\s+(?:of|von|vom)\s/i);
const DESCRIPTION_AFTER = lazy(() => /[:：—–]\s*[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]/u);
const TRAILING = lazy(() => /[\s.!?…:;,"'»”)\]]+$/u);

/** Whether `hit` closes a caption of one sentence (the caption's sentence reading): in Turkish, the head of its noun phrase ("… için yaptığı tablo"). */
function closesOneSentence(text: string, hit: TermHit, all: readonly TermHit[]): boolean {
  return hit.at + hit.text.length >= text.replace(TRAILING(), '').length && sentenceOf(sentenceStarts(text, all), hit.at) === 0;
}

/**
 * Position of a document phrase that is the caption's subject (opens it, or closes it), when no
 * depiction verb says what the picture shows; -1 otherwise.
 */
function documentSubjectAt(text: string, hits: readonly TermHit[]): number {
  let at = -1;
  for (const h of hits) {
    if (h.kind === 'depicts') return -1;
    if (h.kind !== 'document' || at >= 0) continue;
    const p = h.at;
    // "One of the last photos of Ahmed…" names who is shown, and "…shared by the family: Ahmed at
    // his wedding" says it after a colon or dash: either describes the picture.
    const rest = text.slice(p + h.text.length);
    if (OF_AFTER().test(rest) || DESCRIPTION_AFTER().test(rest)) return -1;
    if (p <= DOCUMENT_LEAD || p + h.text.length >= text.replace(TRAILING(), '').length) at = p;
  }
  return at;
}

/** More than one word: a death word with the person it is said of ("homme mort", "his dead daughter"). */
const PERSON_NAMED = lazy(() => /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u);

/** How far after a wound's words its part of the body may stand ("wounds to his legs"). */
const BODY_PART_TAIL = 12;
const A_YEAR = lazy(() => /\b\d{4}\b/u);
const NO_COMMA = lazy(() => /^\s*[^\s,،]/u);

/**
 * A wound in a later sentence of the caption that is the one seen: an `[explicit-injury]` word with
 * a `[body-parts]` word inside it or right after it ("a head wound", "herido en la cabeza", "am Kopf
 * verletzt", "burned into her skin"), or (round 140) in a sentence opened by the person shown named
 * again (`[shown-again]`: "He", "Elle", "L'homme", "El niño"; no comma after it, "The man, who
 * survived, …"); no year (history), `[time-before]` ("last week") or quotation mark in that sentence.
 */
function woundOnBody(text: string, lexicons: readonly CompiledLexicon[], background: readonly TermHit[], all: readonly TermHit[]): boolean {
  const wounds = background.filter((h) => h.kind === 'injury' && h.explicit);
  if (!wounds.length) return false;
  const words = findCaptionWords(text, lexicons);
  const starts = sentenceStarts(text, all);
  return wounds.some((h) => {
    const i = sentenceOf(starts, h.at);
    const sentence = text.slice(starts[i], starts[i + 1] ?? text.length);
    const here = words.filter((w) => sentenceOf(starts, w.at) === i);
    if (A_YEAR().test(sentence) || QUOTE_MARK().test(sentence) || here.some((w) => w.kind === 'timeBefore')) return false;
    return here.some((w) => (w.kind === 'bodyPart' && w.at >= h.at && w.at < h.at + h.text.length + BODY_PART_TAIL) || (w.kind === 'shownAgain' && w.at === starts[i] && NO_COMMA().test(text.slice(w.at + w.text.length))));
  });
}

/** Words a first sentence describing a scene holds at least ("Young monks take selfies in front of the stupa"). */
const SCENE_MIN_WORDS = 6;
/** A day's number before the year: a wire caption's date ("April 3, 2022", "3. April 2022", "3 апреля 2022"), the day the photo was taken. */
const FULL_DATE = lazy(() => /\b\d{1,2}\b\D{0,20}\b\d{4}\b/u);
const HARM_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic', 'borderline', 'evacuation']);

/**
 * Sentences telling history: the first sentence describes a scene of six words or more and names
 * no harm (monks taking selfies at a memorial, a child's shoe in a museum case), and a later one
 * holds a year ("…between 1975 and 1979", "…in August 1945"): the harm told there is the place's or
 * the owner's past, not what the picture shows. A year with its day is the date the photo was taken
 * ("The bodies of civilians lie on the road, April 3, 2022"): not history.
 */
function historySentences(text: string, all: readonly TermHit[], starts: readonly number[]): Set<number> {
  const history = new Set<number>();
  const first = text.slice(0, starts[1] ?? text.length);
  if (starts.length < 2 || (first.match(WORD_COUNT())?.length ?? 0) < SCENE_MIN_WORDS || all.some((h) => h.at < starts[1]! && HARM_KINDS.has(h.kind))) return history;
  for (let i = 1; i < starts.length; i++) {
    const sentence = text.slice(starts[i], starts[i + 1] ?? text.length);
    if (A_YEAR().test(sentence) && !FULL_DATE().test(sentence)) history.add(i);
  }
  return history;
}

/** A later sentence's words that may say what the picture shows: its graphic words, or a wound named on the body. */
function laterShown(text: string, lexicons: readonly CompiledLexicon[], background: readonly TermHit[], all: readonly TermHit[]): TermHit[] {
  const graphic = background.filter((h) => h.kind === 'graphic');
  if (graphic.length) {
    const starts = sentenceStarts(text, all);
    const history = historySentences(text, all, starts);
    const shown = graphic.filter((h) => !history.has(sentenceOf(starts, h.at)));
    if (shown.length) return shown;
  }
  return woundOnBody(text, lexicons, background, all) ? background.filter((h) => h.kind === 'injury' && h.explicit) : [];
}

/** The level a picture's own words give: graphic minimal, injury balanced, mourning strict. */
export function levelOf(hits: readonly TermHit[], nonScene: boolean): Level {
  const has = (k: TermHit['kind']) => hits.some((h) => h.kind === k);
  // Mourners, a funeral, a coffin: the dead being mourned or buried is the design's example of
  // borderline, even when the caption names the body; other graphic words still count.
  const mourning = hits.some((h) => h.kind === 'borderline' && h.category === 'dead-bodies');
  // …unless a word names a visible corpse ("the lifeless body … carried to a cemetery").
  const onlyTheDead = hits.every((h) => h.kind !== 'graphic' || (h.category === 'dead-bodies' && !h.explicit));
  if (has('graphic')) return nonScene || (mourning && onlyTheDead) ? 'strict' : 'minimal';
  // The wounded being carried to an ambulance is the design's example of borderline.
  // A player limping off injured is sport, not the wounded of a war or an attack.
  // A wound, blood or the severity named (`[explicit-injury]`) is seen whoever carries the person.
  const wound = hits.some((h) => h.kind === 'injury' && h.explicit);
  // A mass grave (`[injury remains]`) is itself where the dead are buried: a burial there is no funeral.
  const grave = hits.some((h) => h.kind === 'injury' && h.category === 'remains');
  // A person named dead or killed ("un homme mort sur un brancard", "погибшего мужчину на
  // носилках") is a body, whoever carries it: a stretcher or an ambulance carries the injured
  // (B2), not the dead. The death word and who died are one entry (a lone "killed" may be
  // another clause's toll), and no one is named injured ("An injured victim lies on a
  // stretcher": the victim lying is the injured one). A funeral or a coffin still makes the
  // dead mourned (B1).
  const hurt = hits.some((h) => h.kind === 'injury' && h.category === 'injury');
  const dead = !hurt && hits.some((h) => h.kind === 'injury' && h.category === 'dead-bodies' && PERSON_NAMED().test(h.text));
  if (has('injury')) return nonScene || has('sport') || (!wound && ((has('evacuation') && !dead) || (mourning && !grave))) ? 'strict' : 'balanced';
  if ((has('borderline') || has('evacuation')) && !nonScene) return 'strict';
  return null;
}

export function readField(source: ContextSource, text: string | undefined, lang: string | undefined): FieldReading | null {
  if (!text) return null;
  const trimmed = text.trim().slice(0, OWN_TEXT_CAP);
  if (!trimmed || GENERIC_ALT().test(trimmed)) return null;
  const lexicons = selectLexicons(trimmed, lang);
  const all = dropThingHits(trimmed, findTerms(trimmed, lexicons), lexicons);
  const fiction = all.some((h) => h.kind === 'fiction');
  // The page's own horror at a picture (`[appraisal]`) is read beside it, on a violent page only
  // (read-surroundings.ts): in a caption it is no publisher's warning.
  const warned = all.some((h) => h.kind === 'warning' && !h.appraisal);
  const { own: picture, background } = source === 'file-name' ? { own: all, background: [] } : pictureHits(trimmed, lexicons, all);
  const hits = treatedWounded(trimmed, picture, all);
  // "One of the photos smuggled out by…", "…fotoğraflardan biri": a caption whose subject is the
  // picture as a document (at its start, or its end in head-final Turkish) and that never says
  // what it shows does not describe the picture; a court or file it names later is where the
  // picture went, not what it shows.
  const doc = source === 'credit' ? -1 : documentSubjectAt(trimmed, hits);
  // A drawing or a statue is what the caption shows when it opens the caption ("Dibujo de…") or
  // follows "shows", or closes a one-sentence Turkish caption, the head of its noun phrase
  // ("Remington'un … Katliamı için yaptığı tablo"); "a body beside a mural" names where the body lies.
  // A word in quotation marks is a name or a figure ("„Landkarte“ Kambodschas … aus Schädeln"), not what kind of picture it is.
  const quoted = quotedSpans(trimmed);
  // A hint that only dates a photograph of the harm named before it is no portrait ("A naked detainee…, in an undated photo").
  const starts = hits.some((h) => h.kind === 'nonDepiction') ? sentenceStarts(trimmed, all) : [0];
  const nonScene = hits.some(
    (h, i) =>
      !quoted.some(([from, to]) => h.at >= from && h.at < to) &&
      ((h.kind === 'nonDepiction' && (doc < 0 || h.at < doc) && !datesPhotoOfHarm(trimmed, h, hits, starts, findPictureWords(trimmed, lexicons))) || (h.kind === 'artwork' && (h.at <= DOCUMENT_LEAD || hits[i - 1]?.kind === 'depicts' || (lang === 'tr' && closesOneSentence(trimmed, h, all))))),
  );
  // A credit line says who took the picture, not what it shows.
  const bare = withoutCredit(trimmed).replace(AGENCIES(), ' ');
  // Words that name the picture as a document and say nothing of what it shows describe nothing.
  const aboutPicture = doc >= 0 && !hits.some((h) => OWN_KINDS.has(h.kind));
  const words = aboutPicture ? 0 : (bare.match(WORD_COUNT())?.length ?? 0);
  // A word naming a scene ("захоронения", "Funeral", "Ruins") describes it however short the
  // caption: a name or a credit never holds one.
  const scene = hits.some((h) => h.kind === 'borderline' || h.kind === 'evacuation');
  const describes = words >= DESCRIBED_MIN_WORDS || (words >= 2 && COMMON_WORD().test(bare)) || (words >= 1 && scene);
  let level: Level = fiction ? null : levelOf(hits, nonScene);
  // A graphic word in a later sentence is context, like the page's: it may still be what the
  // picture shows (a museum caption describing it at length), so it covers from balanced, but it
  // is not the picture's own word for minimal.
  // So is a wound named where it is on the body ("Sobre estas líneas, sanitarios reciben un hombre
  // herido en la cabeza"): what a camera sees, unlike a severity told ("Dozens were seriously
  // wounded") or a bloody repression (round 118).
  const shownLater = fiction || nonScene ? [] : laterShown(trimmed, lexicons, background, all);
  if (shownLater.length) level = lower(level, 'balanced');
  // A publisher's own warning is the strongest signal a page gives: graphic from minimal.
  if (warned && !fiction) level = 'minimal';
  const victimsShown = source !== 'file-name' && opensWithVictims(trimmed, hits, all);
  return { source, level, hits, background: background.filter((h) => STRONG_KINDS.has(h.kind) || h.kind === 'topic'), shownLater, nonScene, fiction, warned, words, describes, aboutPicture, victimsShown };
}
