import type { ContextSource, ImageTextContext, PageTextContext } from './detection-types';
import { AFTER_CAP, NEARBY_CAP, SENTENCE_TAIL } from './context-caps';
import { sentenceOf, sentenceStarts, WORD_COUNT } from './caption-sentences';
import type { CompiledLexicon } from './compile-lexicon';
import { findPictureWords, findTerms, type TermHit } from './find-terms';
import { OWN_KINDS, STRONG_KINDS, VIOLENT_KINDS, lower, readField, type Level } from './read-own-text';
import { namesCalamity } from './measure-article-violence';
import { dropThingHits, namesArtwork } from './picture-subject';
import { selectLexicons } from './select-lexicons';
import { CLAUSE_MARK, harmPointedAt, phraseHolds, pointsAtPicture, pointsAtThing, standsApart, withoutFiction } from './points-at-picture';
import { lazy } from '../lazy-regexp';

// What is around a picture: the paragraphs before and after it, its section heading, a teaser
// card's own headline and standfirst, and the page's title and description. These are context
// about the story, weighed below the picture's own words, except where they say in words what
// the picture shows ("The photo shows a dead man") or where the publisher warns.

/** Share of violent sentences above which an article is "about such violence". */
export const VIOLENT_ARTICLE_SHARE = 0.25;
/** The share that is enough when the title or description carries a graphic word. */
const STRONG_HEAD_SHARE = VIOLENT_ARTICLE_SHARE / 4;
/** The share that is enough when the title or description names the topic. */
const TOPIC_HEAD_SHARE = VIOLENT_ARTICLE_SHARE / 2;
/** The only shares readPage compares an article's violence with: page-decision-key.ts keys a reading by them. */
export const ARTICLE_SHARE_STEPS: readonly number[] = [STRONG_HEAD_SHARE, TOPIC_HEAD_SHARE, VIOLENT_ARTICLE_SHARE];
export { NEARBY_CAP } from './context-caps';

/** At most four words (a genitive, an article, a noun, an adjective) between a portrait word and the wound said of its sitter. */
const SITTER_GAP = lazy(() => /^[\s'’,-]*(?:[\p{L}'’-]+[\s'’-]+){0,4}$/u);

/**
 * A portrait whose sitter is named with a visible wound or mutilation ("son portrait d'une Afghane
 * mutilée", "her portrait of a disfigured woman", "портрет изуродованной афганки"): the portrait
 * shows it. A graphic injury or torture word, or a named wound, a few words after a portrait (a
 * `[non-depiction]` word) in one sentence; not a killing or a dead body ("a portrait of the
 * murdered journalist" is a memorial's picture of the living face).
 */
function portraysWound(text: string, hits: readonly TermHit[], starts: readonly number[]): boolean {
  const frames = hits.filter((h) => h.kind === 'nonDepiction');
  if (!frames.length) return false;
  return hits.some((h) => {
    const wound = (h.kind === 'graphic' && (h.category === 'injury' || h.category === 'torture')) || (h.kind === 'injury' && h.explicit);
    return wound && frames.some((f) => f.at < h.at && sentenceOf(starts, f.at) === sentenceOf(starts, h.at) && SITTER_GAP().test(text.slice(f.at + f.text.length, h.at)));
  });
}

export interface PageReading {
  violent: boolean;
  /** The title or description carries a publisher's warning ("Warning: graphic images"). */
  warned: boolean;
  /** The title or the standfirst names the page's pictures as art ("Drawings by Hiroshima survivors"): see pageNamesArtwork. */
  artwork: boolean;
  hits: TermHit[];
}

/** Whether the page is about graphic violence; cached per page object. */
const pageReadings = new WeakMap<PageTextContext, PageReading>();
export function readPage(page: PageTextContext): PageReading {
  let reading = pageReadings.get(page);
  if (reading) return reading;
  const head = [page.title, page.description].filter(Boolean).join('. ');
  const hits = head ? findTerms(head, selectLexicons(head, page.lang)) : [];
  // A review of a play or a crime series is not an article about real violence.
  const fiction = hits.some((h) => h.kind === 'fiction');
  // The page's own horror at a picture (`[appraisal]`: "The harrowing photo that…") is said of one
  // picture; only a publisher's warning in the title speaks for every picture of the page.
  const warned = !fiction && hits.some((h) => h.kind === 'warning' && !h.appraisal);
  // A title naming a disaster, a disease or an accident counts its dead as a toll, like the
  // article's sentences (measure-article-violence.ts): only a graphic word there is violence,
  // unless it names an attack too (a fire or a collapse a strike caused).
  const calamity = namesCalamity(hits);
  const strongHead = !fiction && hits.some((h) => (calamity ? h.kind === 'graphic' : STRONG_KINDS.has(h.kind)));
  const topicHead = !fiction && !calamity && hits.some((h) => h.kind === 'topic');
  const violent =
    !fiction &&
    (warned ||
      page.violenceShare >= VIOLENT_ARTICLE_SHARE ||
      (strongHead && page.violenceShare >= STRONG_HEAD_SHARE) ||
      (topicHead && page.violenceShare >= TOPIC_HEAD_SHARE));
  reading = { violent, warned, artwork: pageNamesArtwork(page), hits };
  pageReadings.set(page, reading);
  return reading;
}

export interface CardReading {
  /** Level the card's words alone would give a caption (graphic minimal, injury balanced …). */
  level: Level;
  source: ContextSource;
  hits: TermHit[];
}

/**
 * The card's headline, then its standfirst: the strongest reading, or a topic mention. A card is
 * one story: a crime drama in its headline makes its standfirst's murder fiction too, and a match
 * report's "perfect execution" or "shot" is sport (strong words wait for strict, mentions count
 * for nothing).
 */
export function readCard(image: ImageTextContext, lang: string | undefined): CardReading | null {
  let best: CardReading | null = null;
  let topic: CardReading | null = null;
  let sport = false;
  const fields: [ContextSource, string | undefined][] = [
    ['heading', image.heading],
    ['nearby-text', image.after],
  ];
  for (const [source, text] of fields) {
    const f = readField(source, text, lang);
    if (!f) continue;
    if (f.fiction) return null;
    if (f.hits.some((h) => h.kind === 'sport')) sport = true;
    if (f.level && (!best || lower(f.level, best.level) !== best.level)) {
      best = { level: f.level, source, hits: f.hits.filter((h) => OWN_KINDS.has(h.kind)) };
    } else if (!topic && (f.background.length || f.hits.some((h) => h.kind === 'topic'))) {
      topic = { level: 'strict', source, hits: [...f.hits, ...f.background].filter((h) => VIOLENT_KINDS.has(h.kind)) };
    }
  }
  if (sport) return best ? { ...best, level: 'strict' } : null;
  return best ?? topic;
}

export interface NearbyReading {
  /** A graphic word in the paragraph beside the picture or its heading. */
  strong: boolean;
  /** An injury word (the wounded, wounds) in a paragraph beside the picture. */
  wounded: boolean;
  /** The section's heading speaks of killing or the wounded ("5,000 Kurds massacred in Halabja"). */
  headingTells: boolean;
  /** A graphic word in the section's heading ("Ramassage des cadavres par les soldats…"). */
  headingStrong: boolean;
  /** A graphic or injury word in a sentence that says what a photo shows ("Das Foto zeigt einen toten Mann"). */
  describes: boolean;
  /** A publisher's warning just above or below the picture. */
  warned: boolean;
  /**
   * The paragraph beside the picture calls a picture harrowing, gruesome, unbearable (`[appraisal]`:
   * "Una imagen desgarradora ha surgido…"), in a sentence naming no film and no calamity: the
   * page's own warning, which counts on a page about violence (a flood's pictures are called so too).
   */
  appraised: boolean;
  /**
   * The sentence right beside the picture (the last before it, the first after it) names a map,
   * a satellite image, a portrait, a memorial, an artwork, or a film, a stage, a re-enactment or a
   * drill (`[fiction]`), and the paragraph no graphic word outside such sentences: the printed
   * line under an uncaptioned picture says what kind of picture it is ("Satellite image of
   * Talbiseh", "The scene below is a re-enactment of the attack"). So does a sentence of it that
   * points at the picture by "below" or "above" and names a thing there ("Below, the church of…",
   * pointsAtThing, round 119), or the sentence beside it pointing in other words ("This photo shows
   * the church of…", "Церковь на фото…", round 172).
   */
  namesNonScene: boolean;
  /**
   * The sentence right beside the picture says what a photo shows ("as shown below", "the photo
   * shows") and names no wound, in a paragraph with no graphic word: the page's own caption for
   * an uncaptioned picture, and it describes something else ("the strike site … the water tower,
   * as shown below").
   */
  showsNoHarm: boolean;
  /**
   * The sentence right beside the picture introduces a person by their age ("93-year-old Tsutomu
   * Yamaguchi", "Der 93-jährige…", "Jean Martin, âgé de 93 ans", "93 yaşındaki…", "البالغ من
   * العمر") and names no harm: the page's line for a portrait, and what the paragraph tells after
   * it is what happened to the person (round 102). The line on the picture's other side names no
   * harm either ("…9 yaşındaki Hamza, köpeğin saldırmasıyla yüzünden yaralandı." before it).
   */
  namesPerson: boolean;
  /**
   * A paragraph beside the picture is a label, not a sentence: a few words with no stop naming a
   * place, a person or a thing ("موقع تلبيسة في ريف حمص الشمالي", "Location of Talbiseh"), no harm
   * or scene, and not the picture itself (a counter, a date, a byline: "Pic 2", "Фоторепортаж …").
   * The page set its caption as a line of the article: it says what the picture is, and the
   * story's violence is not it (round 105).
   */
  labelled: boolean;
  /**
   * The sentence right beside the picture tells a funeral or a burial (a `[borderline
   * dead-bodies]` word: mourners, the funeral, buried, a coffin; not a grave or a cemetery, a
   * `[burial-place]` that may hold remains), neither line beside it names a body seen
   * or a wound (a graphic or explicit word), and no graphic word stands beside it: the page's line
   * for a picture of the rite, which a caption of the same words would make strict (round 105).
   */
  namesRite: boolean;
  source: ContextSource | null;
  hits: TermHit[];
}

/** The end of a sentence: its stop and the space after it, or the text's end. */
const SENTENCE_END = lazy(() => /[.!?…](?:\s|$)/u);

/**
 * The paragraph after a picture up to the cap, with the sentence the cap falls in read to its end
 * (a sentence is read whole: "…le cadavre d'un homme dans un fossé dans le film" is a film's).
 */
function wholeSentences(text: string): string {
  if (text.length <= NEARBY_CAP) return text;
  const end = SENTENCE_END().exec(text.slice(NEARBY_CAP, NEARBY_CAP + SENTENCE_TAIL));
  return text.slice(0, NEARBY_CAP + (end ? end.index + 1 : 0));
}

/** Paragraphs before/after and the section heading: do they describe graphic violence? */
export function readNearby(image: ImageTextContext, lang: string | undefined): NearbyReading {
  const parts: [ContextSource, string | undefined][] = [
    ['nearby-text', image.before && image.before.slice(-NEARBY_CAP)],
    ['nearby-text', image.after && wholeSentences(image.after)],
    ['heading', image.heading],
  ];
  // The lines right beside the picture (not the heading): one introduces a person, one names harm or a scene (namesPerson).
  let personBeside = false;
  let sceneBeside = false;
  let riteBeside = false;
  let harmSeenBeside = false;
  let found: NearbyReading = {
    strong: false, wounded: false, headingTells: false, headingStrong: false, describes: false, warned: false, appraised: false,
    namesNonScene: false, showsNoHarm: false, namesPerson: false, labelled: false, namesRite: false, source: null, hits: [],
  };
  for (const [i, [source, text]] of parts.entries()) {
    if (!text) continue;
    const lexicons = selectLexicons(text, lang);
    const all = dropThingHits(text, findTerms(text, lexicons), lexicons);
    // A film or a series named in one sentence makes that sentence fiction, not the paragraph:
    // "the bloody series of the war" (مسلسل الحرب) before "the photo shows his body".
    const starts = sentenceStarts(text, all);
    const fictional = sentencesWith(all, starts, FICTION);
    if (fictional.size && source === 'heading') continue;
    const hits = fictional.size ? all.filter((h) => !fictional.has(sentenceOf(starts, h.at))) : all;
    const warned = hits.some((h) => h.kind === 'warning' && !h.appraisal);
    if (source !== 'heading' && hits.some((h) => h.appraisal)) found = { ...found, appraised: true };
    const strong = hits.filter((h) => h.kind === 'graphic');
    if (source !== 'heading' && hits.some((h) => h.kind === 'injury')) found = { ...found, wounded: true };
    if (source === 'heading' && hits.some((h) => h.kind === 'topic' || h.kind === 'injury')) found = { ...found, headingTells: true };
    if (source === 'heading' && strong.length) found = { ...found, headingStrong: true };
    // The depiction verb and the graphic word in one sentence. A sentence that points at a
    // picture speaks of this one: a verb or a deictic phrase ("shows", "pictured", "on the
    // photo"), or the picture named as a document ("one of the photos", "la foto que").
    const showing = sentencesWith(hits, starts, POINTING);
    // Only a paragraph beside the picture: a heading that "shows" is the story's headline
    // ("Leaked photographs show detainees tortured to death"), about photographs in general.
    // A wound or a person burning said of what the photo shows is the picture's too ("The subject
    // of the photo is a monk burning himself alive"), as in a caption (balanced). The paragraph
    // points at the picture by a demonstrative or by telling it was photographed too ("Dieses Bild
    // wurde … aufgenommen", points-at-picture.ts), and the sentence after a run of pointing
    // sentences next to the picture goes on describing it (round 107).
    const describes =
      source !== 'heading' &&
      (hits.some(saidShown(text, hits, starts, showing)) ||
        portraysWound(text, hits, starts) ||
        pointsAtPicture(text, lexicons, hits, starts, withoutFiction(showing, fictional), fictional, i === 0));
    if (warned || (strong.length && !found.strong)) {
      found = {
        ...found,
        strong: found.strong || strong.length > 0,
        describes: found.describes || describes,
        warned: found.warned || warned,
        source: found.source ?? source,
        hits: found.hits.length ? found.hits : strong,
      };
    } else if (describes) found = { ...found, describes: true };
    // Before the picture its last sentence touches it; after it, its first.
    const adjacent = i === 0 ? starts.length - 1 : 0;
    if (source !== 'heading') {
      personBeside ||= introducesPerson(text, starts, adjacent);
      sceneBeside ||= namesScene(hits, starts, adjacent);
      riteBeside ||= hits.some((h) => h.kind === 'borderline' && h.category === 'dead-bodies' && !h.burialPlace && sentenceOf(starts, h.at) === adjacent);
      harmSeenBeside ||= hits.some((h) => (h.kind === 'graphic' || h.explicit) && sentenceOf(starts, h.at) === adjacent);
      if (isLabel(text, lexicons) && !hits.some((h) => SCENE_KINDS.has(h.kind))) found = { ...found, labelled: true };
    }
    if (source !== 'heading' && !strong.length) {
      // A film, a stage, a re-enactment or a drill named there is what the picture is too ("The
      // scene below is a re-enactment of the attack", "Los bomberos hicieron un simulacro").
      // So is a thing the paragraph points at ("Below, the church of…", pointsAtThing).
      const kind = hits.some((h) => (h.kind === 'nonDepiction' || h.kind === 'artwork') && sentenceOf(starts, h.at) === adjacent) || fictional.has(adjacent) || pointsAtThing(text, lexicons, hits, starts, i === 0);
      if (kind) found = { ...found, namesNonScene: true };
      const wound = hits.some((h) => h.kind === 'injury' && sentenceOf(starts, h.at) === adjacent);
      if (showing.has(adjacent) && !wound) found = { ...found, showsNoHarm: true };
    }
  }
  if (personBeside && !sceneBeside) found = { ...found, namesPerson: true };
  if (riteBeside && !harmSeenBeside && !found.strong) found = { ...found, namesRite: true };
  // A sentence that points at a picture is its caption wherever it stands in the paragraph after
  // it, past the characters read for context too ("Les photos ont été largement diffusées. On
  // peut même voir … le corps d'un condamné … dans un sac mortuaire").
  const after = image.after?.slice(0, AFTER_CAP);
  if (!found.describes && after && after.length > NEARBY_CAP && pointsAtHarm(after, lang)) found = { ...found, describes: true };
  return found;
}

/**
 * A person's age written as it introduces them: an adjective of years ("93-year-old", "93-jährige",
 * "93-летний", "93-річна", "93 yaşındaki"), "aged 93" ("âgé de 93 ans", "de 93 años", not "plus de
 * 20 ans", a span; "البالغ من العمر"), or the age between commas or brackets after a name ("Tsutomu
 * Yamaguchi, 93,", "Hans Berger (93)").
 */
const AGE = lazy(
  () =>
    /\d{1,3}[-‑](?:year-old|j[äa]hrig|летн|річн)|\d{1,3}\s+yaşında|(?<!(?:plus|moins|más|menos)\s)\bde\s+\d{1,3}\s+(?:ans|años)\b|\baged\s+\d{1,3}\b|من العمر|\p{Lu}\p{Ll}+(?:,\s\d{1,2},|\s\(\d{1,2}\))/u,
);
/** Words that say harm or a scene: a sentence holding one is no portrait's line. */
const SCENE_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic', 'borderline', 'evacuation', 'warning']);

/** A label's most words: a place and its region, a thing and where it is. */
const LABEL_MAX_WORDS = 8;
/** A stop that ends a sentence, a colon that opens what follows, a line break: not a label. */
const SENTENCE_MARK = lazy(() => /[.!?…؟:\n]/u);
/** A number: a counter, a date, a gallery's count ("Pic 2", "(20 фотографий)"): a line about the picture as a picture. */
const NUMBER = lazy(() => /\p{N}/u);

/**
 * Whether a paragraph beside the picture is a label (labelled): one line of a few words, no
 * sentence, that names something other than the picture itself (a place, a person, a thing). A
 * line with a number or an `[about-the-picture]` word is about the picture as a picture (a
 * byline, a photo report, a count: "Photos by …", "Фоторепортаж …", "Photo copyright 2004 …").
 */
function isLabel(text: string, lexicons: readonly CompiledLexicon[]): boolean {
  // The stop first: nearly every paragraph has one, and counting its words cost more than the rest.
  if (SENTENCE_MARK().test(text.trim())) return false;
  const words = text.match(WORD_COUNT())?.length ?? 0;
  return words > 0 && words <= LABEL_MAX_WORDS && !NUMBER().test(text) && !findPictureWords(text, lexicons).some((w) => w.kind === 'aboutPicture');
}

/** Whether sentence `i` of `text` introduces a person by their age (namesPerson). */
function introducesPerson(text: string, starts: readonly number[], i: number): boolean {
  return AGE().test(text.slice(starts[i], starts[i + 1] ?? text.length));
}

/** Whether sentence `i` names harm or a scene: then neither line beside the picture is a portrait's (namesPerson). */
function namesScene(hits: readonly TermHit[], starts: readonly number[], i: number): boolean {
  return hits.some((h) => SCENE_KINDS.has(h.kind) && sentenceOf(starts, h.at) === i);
}

const FICTION: readonly TermHit['kind'][] = ['fiction'];
/** Hits that point at a picture: a verb of showing or seeing, or the picture named as a document. */
const POINTING: readonly TermHit['kind'][] = ['depicts', 'document'];

/** The sentences (by index) of a text that hold a hit of one of `kinds`. */
function sentencesWith(hits: readonly TermHit[], starts: readonly number[], kinds: readonly TermHit['kind'][]): Set<number> {
  return new Set(hits.filter((h) => kinds.includes(h.kind)).map((h) => sentenceOf(starts, h.at)));
}

/**
 * Whether a hit is harm said to be what a picture shows: a graphic or injury word in a sentence
 * that points at a picture (`showing`), or in the sentence of the picture named with what it
 * shows (`[picture-of]`: "published a photo of a wounded boy", "La imagen de un niño … que
 * resultó herido", "опубликовала фотографию раненого"): after that phrase, or, where the phrase
 * closes its sentence (a head-final language's object and verb: "yaralı bir çocuğun fotoğrafını
 * yayımladı"), before it in its clause. Harm told elsewhere is of something else ("Two men were
 * wounded, the paper said beside a photo of the mayor"), and a killing said of the person the
 * picture is of names who they were, as of a portrait ("la photo du journaliste assassiné",
 * "صورة للصحفي المقتول": a memorial's living face); a body, a wound or the act is what is seen.
 * The photo named as where the person shown is reads the same ("The little girl in the photo was
 * severely wounded", "Девочка на фото…", round 115), unless the phrase is a clause of its own
 * ("The mayor, in the photo, said…", "На фото: …": standsApart, the bare photo named).
 */
function saidShown(text: string, hits: readonly TermHit[], starts: readonly number[], showing: ReadonlySet<number>): (h: TermHit) => boolean {
  const named = hits.filter((h) => h.kind === 'pictureOf' && !standsApart(text, starts, h.at, h.at + h.text.length));
  const ofPicture = (h: TermHit) => (p: TermHit) => phraseHolds(text, starts, p.at, p.at + p.text.length, h, CLAUSE_MARK());
  return (h) => {
    if (h.kind !== 'graphic' && h.kind !== 'injury') return false;
    if (showing.has(sentenceOf(starts, h.at))) return true;
    const killing = h.kind === 'injury' && h.category === 'dead-bodies';
    return !killing && named.some(ofPicture(h));
  };
}

/** A sentence of `text` naming no film whose graphic or injury word is said to be what a picture shows (saidShown). */
function pointsAtHarm(text: string, lang: string | undefined): boolean {
  const lexicons = selectLexicons(text, lang);
  const hits = dropThingHits(text, findTerms(text, lexicons), lexicons);
  const starts = sentenceStarts(text, hits);
  const fictional = sentencesWith(hits, starts, FICTION);
  const shown = saidShown(text, hits, starts, sentencesWith(hits, starts, POINTING));
  return hits.some((h) => shown(h) && !fictional.has(sentenceOf(starts, h.at))) || harmPointedAt(text, lexicons, hits, starts, fictional, false);
}

/** Whether a section heading names the pictures under it as art (namesArtwork): drawings, paintings… */
export function headingNamesArtwork(heading: string | undefined, lang: string | undefined): boolean {
  if (!heading) return false;
  return namesArtwork(heading, findTerms(heading, selectLexicons(heading, lang)), lang);
}

/**
 * Whether the page's title or its standfirst names its pictures as art (namesArtwork): "Drawings
 * by Hiroshima survivors", "Hiroshima: survivors' drawings", "Dibujos que los supervivientes
 * hicieron…"), in a part that names no violence.
 */
function pageNamesArtwork(page: PageTextContext): boolean {
  const read = (text: string | undefined) => !!text && namesArtwork(text, findTerms(text, selectLexicons(text, page.lang)), page.lang, true);
  return read(page.title) || read(page.description);
}
