import type { Category } from './detection-types';

/** How strongly a matched entry speaks: graphic > injury > borderline > topic; the rest are flags. */
export type EntryKind =
  | 'graphic'
  | 'injury'
  | 'borderline'
  | 'evacuation'
  | 'treated'
  | 'topic'
  | 'trap'
  | 'fiction'
  | 'sport'
  | 'calamity'
  | 'nonDepiction'
  | 'artwork'
  | 'document'
  | 'depicts'
  | 'pictureOf'
  | 'presentState'
  | 'warning'
  | 'notHuman'
  | 'abbreviation'
  | 'relative'
  | 'join'
  | 'place'
  | 'partitive'
  | 'later'
  | 'restrained'
  | 'harmDone'
  | 'covering'
  | 'bones'
  | 'bonePlace'
  | ApartKind;
/** The kinds read apart (PICTURE_WORD_KINDS, CAPTION_WORD_KINDS). */
export type ApartKind =
  | 'pointsAtPicture'
  | 'photographed'
  | 'above'
  | 'below'
  | 'aboutPicture'
  | 'photograph'
  | 'otherPicture'
  | 'possessiveDeterminer'
  | 'numeral'
  | 'agentPreposition'
  | 'pluralAuxiliary'
  | 'locative'
  | 'bodyPart'
  | 'article'
  | 'shownAgain'
  | 'timeBefore'
  | 'containing';

/**
 * Kinds read apart (find-terms.ts, findPictureWords): words about the picture itself that the
 * code places beside other hits ("this photo" in the sentence that names a body), not words the
 * page's reading weighs, and a caption's possessive determiners (caption-sentences.ts). They do
 * not compete with the other sections' entries for their words ("in this photo" stays a
 * `[depicts]` phrase while "this photo" points; "lost her leg" stays a term and holds "her"), nor
 * with each other.
 */
export const PICTURE_WORD_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['pointsAtPicture', 'photographed', 'above', 'below', 'aboutPicture', 'photograph', 'otherPicture', 'possessiveDeterminer']);
/**
 * The closed classes of a caption's grammar a clause on the person shown is read by
 * (caption-sentences.ts), read apart the same way by findCaptionWords, each hit with its language:
 * a possessive determiner, a numeral, an agent's preposition, a plural auxiliary, a locative.
 */
export const CAPTION_WORD_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['possessiveDeterminer', 'numeral', 'agentPreposition', 'pluralAuxiliary', 'locative', 'bodyPart', 'article', 'shownAgain', 'timeBefore', 'containing']);
/** Every kind findTerms leaves to the readings apart. */
export const READ_APART: ReadonlySet<EntryKind> = new Set([...PICTURE_WORD_KINDS, ...CAPTION_WORD_KINDS]);

/** The kinds findTerms weighs against each other: every kind but a trap and those read apart. */
export type RankedKind = Exclude<EntryKind, 'trap' | ApartKind>;
/**
 * At equal length the stronger reading wins ("wounded" is both an injury word and a topic word)
 * (find-terms.ts). Traps and the kinds read apart (READ_APART) are never ranked. Its keys are
 * also the list of weighed kinds a stored entry may have (stored-lexicon.ts).
 */
export const KIND_RANK: Record<RankedKind, number> = {
  graphic: 6,
  injury: 5,
  borderline: 4,
  evacuation: 4,
  topic: 3,
  treated: 2,
  nonDepiction: 2,
  artwork: 2,
  document: 2,
  depicts: 2,
  pictureOf: 2,
  warning: 2,
  // Flags of how a text is written or of what it is about.
  presentState: 1, notHuman: 1, abbreviation: 1, relative: 1, join: 1, place: 1, partitive: 1, later: 1,
  restrained: 1, harmDone: 1, covering: 1, sport: 1, calamity: 1, fiction: 1, bones: 1, bonePlace: 1,
};

/**
 * What a section says of its entries beyond kind and category (documented on LexiconSection).
 * Each is carried as `true` from the section to its compiled entries (compile-lexicon.ts), their
 * stored form (stored-lexicon.ts) and every hit of them (find-terms.ts): a new one is added here
 * and on LexiconSection, and nowhere else.
 */
export const SECTION_FLAGS = ['explicit', 'victims', 'appraisal', 'attack', 'burialPlace', 'possessive', 'use', 'belongs', 'after'] as const;
export type SectionFlag = (typeof SECTION_FLAGS)[number];
/** An entry's or a hit's flags, as its section set them. */
export type SectionFlags = Pick<LexiconSection, SectionFlag>;

export interface LexiconSection {
  /** As written in a lexicon file: `[graphic dead-bodies]`. */
  name: string;
  kind: EntryKind;
  category: Category | null;
  /** Names a visible corpse or wound: keeps a caption graphic beside funeral or evacuation words (see find-terms.ts). */
  explicit?: true;
  /** Names people as the victims of violence ("victims", "Opfer", "жертвы"): a topic word that, opening the picture's sentence, says who is shown (read-own-text.ts). */
  victims?: true;
  /** The page calling the picture itself harrowing or gruesome ("Una imagen desgarradora"): a warning in its own voice, not of a calamity's pictures (picture-subject.ts). */
  appraisal?: true;
  /** Names an armed attack ("airstrike", "обстрел", "قصف"): a topic word, and a sentence naming one is no calamity's, whatever fire or collapse it names (measure-article-violence.ts). */
  attack?: true;
  /** Names a place the dead lie in (a grave, a cemetery, a memorial): a borderline word, not a rite (read-surroundings.ts, namesRite). */
  burialPlace?: true;
  /** A possessive relative pronoun ("whose", "dont", "cuyo", "dessen"): its clause tells what befell someone or something of the person's, not the person's own state (caption-sentences.ts). */
  possessive?: true;
  /** A conjunction opening a clause on what happened before the picture ("after", "nachdem", "после того как"): counting the dead, its clause is a toll, background to the sentence's end (caption-sentences.ts, eventClauses; round 160). */
  after?: true;
  /** What a place was used for ("used for", "diente zur", "servait de", "использовался для"): its clause is the place's past, in any sentence (caption-sentences.ts, useClauses; round 132). */
  use?: true;
  /** A verb of belonging ("belonging to", "appartenant à", "принадлежат"): a genitive that may stand past a comma and a relative pronoun ("Кости, которые принадлежат животному"; picture-subject.ts, round 151). */
  belongs?: true;
  /**
   * Its entries read a page word only as written, accents and all (one exact word a line): "=à"
   * is not the verb "a", Arabic "=على" not the name "علي", which the reading's folding makes
   * one (compile-lexicon.ts keeps the written form, find-terms.ts compares it).
   */
  asWritten?: true;
}

/**
 * Every section a lexicon file may hold, in the order they compile. The order is meaningful: when
 * two entries of the same kind match the same words, the one compiled first gives the category
 * (find-terms.ts), so this list is the tie-break, the same for every language. What each section
 * means is in utils/detection/lexicons/README.md.
 */
export const LEXICON_SECTIONS: readonly LexiconSection[] = [
  // The picture's own text saying this is graphic: covered from `minimal`.
  { name: 'graphic dead-bodies', kind: 'graphic', category: 'dead-bodies' },
  { name: 'graphic torture', kind: 'graphic', category: 'torture' },
  { name: 'graphic execution', kind: 'graphic', category: 'execution' },
  { name: 'graphic injury', kind: 'graphic', category: 'injury' },
  { name: 'graphic remains', kind: 'graphic', category: 'remains' },
  { name: 'graphic sexual-violence', kind: 'graphic', category: 'sexual-violence' },
  // Depictions of the wounded: covered from `balanced`. A named wound, blood or the severity
  // ("head wounds", "bleeding", "badly injured") first: a stretcher or a rescue beside it does
  // not make the picture borderline (the written rules' G4 against B2).
  { name: 'explicit-injury', kind: 'injury', category: 'injury', explicit: true },
  { name: 'injury execution', kind: 'injury', category: 'execution' },
  { name: 'injury injury', kind: 'injury', category: 'injury' },
  { name: 'injury torture', kind: 'injury', category: 'torture' },
  { name: 'injury dead-bodies', kind: 'injury', category: 'dead-bodies' },
  // A place that holds remains (a mass grave): where they lie, not the remains shown.
  { name: 'injury remains', kind: 'injury', category: 'remains' },
  // A person shot or hit by gunfire, with no death named ("shot by a sniper", "touché par balle",
  // "tiroteado", "von einer Kugel getroffen", "подстрелен", "kurşunla yaralanan", "أصيب برصاص"):
  // a wound, as `[injury injury]`, and the harm of a clause on the person shown
  // (caption-sentences.ts). Compiled after the deaths above, so "shot dead", "erschossen",
  // "застрелен", "قتل برصاص" stay deaths; a bare "shot" or "disparo" stays a killing's topic word.
  { name: 'shot-wounded', kind: 'injury', category: 'injury' },
  // Borderline scenes (mourning, ruins): covered at `strict`.
  { name: 'borderline dead-bodies', kind: 'borderline', category: 'dead-bodies' },
  // A place the dead lie in (a grave, a cemetery, a memorial): as borderline as a funeral in a
  // caption, but a line beside a picture naming one does not say a rite is shown (it may hold
  // remains: "a 1,500-year-old grave was found"), where one naming a funeral does.
  { name: 'burial-place', kind: 'borderline', category: 'dead-bodies', burialPlace: true },
  { name: 'borderline injury', kind: 'borderline', category: 'injury' },
  // Carrying the injured: borderline, and it makes an injury caption borderline.
  { name: 'evacuation', kind: 'evacuation', category: 'injury' },
  // A person given medical care ("is treated", "receives first aid"): with an attack named in the
  // same sentence, the wounded being treated (read-own-text.ts).
  { name: 'treated', kind: 'treated', category: 'injury' },
  // What makes an article about violence without describing a picture.
  { name: 'topic dead-bodies', kind: 'topic', category: 'dead-bodies' },
  // People named as the victims ("victims", "Opfer", "ضحايا"): a topic word, and the people shown
  // when a sentence of the caption opens with it.
  { name: 'victims', kind: 'topic', category: 'dead-bodies', victims: true },
  // An armed attack named ("airstrike", "shelling", "Raketenangriff", "обстрел", "قصف"): a topic
  // word, and a sentence or a title naming one is not a calamity's, whatever fire or collapse it
  // names ("A missile strike started a fire that killed five people").
  { name: 'attack', kind: 'topic', category: 'dead-bodies', attack: true },
  { name: 'topic torture', kind: 'topic', category: 'torture' },
  { name: 'topic execution', kind: 'topic', category: 'execution' },
  { name: 'topic sexual-violence', kind: 'topic', category: 'sexual-violence' },
  { name: 'topic injury', kind: 'topic', category: 'injury' },
  // Ordinary phrases containing a listed word, which must not trigger ("bodies of water").
  { name: 'traps', kind: 'trap', category: null },
  // Violence placed in fiction: a play, a film, a game.
  { name: 'fiction', kind: 'fiction', category: null },
  // Sport: a player's injury is not a depiction of the wounded.
  { name: 'sport', kind: 'sport', category: null },
  // A natural disaster or a disease: the dead, injured and infected a sentence naming one counts
  // are its toll, not violence (measure-article-violence.ts).
  { name: 'calamity', kind: 'calamity', category: null },
  // The picture is not a scene: a portrait, a map, a chart, a courtroom.
  { name: 'non-depiction', kind: 'nonDepiction', category: null },
  // A drawing, painting or statue, when the caption's subject: not a photograph of a scene.
  { name: 'artwork', kind: 'artwork', category: null },
  // A visible corpse ("corpse", "lifeless body"), graphic even beside funeral words.
  { name: 'explicit-death', kind: 'graphic', category: 'dead-bodies', explicit: true },
  // The picture as a document ("one of the photos smuggled out…"): where it came from.
  { name: 'document', kind: 'document', category: null },
  // Verbs that introduce what a picture shows ("shows"): a document caption using one describes.
  { name: 'depicts', kind: 'depicts', category: null },
  // The picture named with what it shows, as the object of "of" or of a verb of publishing ("the
  // photo of", "published a photograph of", "опубликовала фотографию"): in the paragraph beside a
  // picture, a graphic or injury word after it in its sentence is what the picture shows
  // (read-surroundings.ts).
  { name: 'picture-of', kind: 'pictureOf', category: null },
  // Having a wound now ("he has", "there are", "var", "у него"): a later sentence of a caption
  // holding one with an injury word is the picture's own (read-own-text.ts).
  { name: 'present-state', kind: 'presentState', category: null },
  // A publisher's own warning ("WARNING: GRAPHIC CONTENT"): the strongest signal a page gives.
  { name: 'warning', kind: 'warning', category: null },
  // The page's own voice calling the picture harrowing, gruesome, unbearable ("A harrowing image
  // has emerged…", "Una imagen desgarradora"): a warning beside the picture or in its own words,
  // except in a sentence naming a flood, a fire or an earthquake (their pictures are called so
  // too), and not in the page's title.
  { name: 'appraisal', kind: 'warning', category: null, appraisal: true },
  // Animals and things (a whale, cattle, a car, a tank): a violent word about one is not about a person.
  { name: 'not-human', kind: 'notHuman', category: null },
  // A bone no word says whose ("Knochen überall", "Les os, calcifiés…", "huesos", "kemikler"): a
  // person's where the picture's words or the page name remains or a place that holds the human
  // dead (`[remains-places]`: a crypt, the killing fields, a forensic team; or an ossuary, a mass
  // grave, a grave, already words of their own), and no animal's place (`[animal-places]`: a
  // natural-history museum, palaeontology, a farm, a hunt, a butcher's, a kitchen);
  // classify-image-context.ts, round 174.
  { name: 'bones', kind: 'bones', category: 'remains' },
  { name: 'remains-places', kind: 'bonePlace', category: 'remains' },
  { name: 'animal-places', kind: 'bonePlace', category: null },
  // How captions are written, per language (caption-sentences.ts, picture-subject.ts):
  // words a full stop follows without ending the sentence ("Gen.", "Oct.");
  { name: 'abbreviations', kind: 'abbreviation', category: null },
  // a relative pronoun opening a clause hung on a name (", who"), or a pronoun and a past
  // auxiliary that open one without a comma ("who was", "qui a");
  { name: 'relative-clauses', kind: 'relative', category: null },
  // a possessive one (", whose", ", dont", ", cuyo"): its clause is background, and never the
  // state of the person shown (someone of theirs is its subject);
  { name: 'possessive-relatives', kind: 'relative', category: null, possessive: true },
  // a conjunction of time opening a clause on what came before the picture ("after", "nachdem",
  // "после того как"): a clause counting the dead is a toll, background (round 160);
  { name: 'after-clauses', kind: 'relative', category: null, after: true },
  // what a place was used for ("used for", "utilisé pour", "использовался для"): its clause is
  // the place's past, background in whichever sentence it stands (round 132);
  { name: 'used-for', kind: 'relative', category: null, use: true },
  // the genitive joining a violent word to what it is said of ("of a", "de una", "eines").
  { name: 'genitive', kind: 'join', category: null },
  // a verb of belonging saying whose a violent word is, past a relative pronoun (round 151);
  { name: 'belonging', kind: 'join', category: null, belongs: true },
  // a preposition of place ("im", "в", "біля"): a thing after it is where a violent word after
  // the thing happens, not what it is said of ("Im Auto verkohlte Leichen", "В машине обгоревшие
  // тела"; picture-subject.ts);
  { name: 'place', kind: 'place', category: null },
  // a quantifier a noun after it heads ("one of", "eines der", "одна из", "أحد"): a sentence
  // opening with one opens with that noun (read-own-text.ts, the victims shown).
  { name: 'partitive', kind: 'partitive', category: null },
  // a span of an hour or more after the picture ("hours later", "Tage später", "deux jours plus
  // tard"): a killing told in its clause happened after the picture (caption-sentences.ts).
  { name: 'later', kind: 'later', category: null },
  // A person held still (bound, handcuffed, blindfolded, "maniatados", "مقيدا", "со связанными
  // руками") and an act of violence done to a person (beats, kicks, hangs, drags: "golpea",
  // "معلق", "волочат"): neither alone is harm, an arrest or a match lost; both in one clause
  // are a restrained person beaten, hung or dragged, torture shown (find-terms.ts).
  { name: 'restrained', kind: 'restrained', category: 'torture' },
  { name: 'harm-done', kind: 'harmDone', category: 'torture' },
  // A cloth laid over someone ("covered with a sheet", "накрытый простыней", "üzerine bayrak
  // örtüldü", "مغطى ببطانية"): alone a car under a tarp, a survivor in a blanket, snow; with a
  // dead person named beside it in its clause ("the victim, covered with a blanket", "şehit
  // polisin üzerine bayrak örtüldü"), a body under a sheet shown (find-terms.ts, coveredDead).
  { name: 'covering', kind: 'covering', category: 'dead-bodies' },
  // Words about the picture itself, read apart (PICTURE_WORD_KINDS), in the paragraph beside an
  // uncaptioned picture (points-at-picture.ts): a demonstrative with a picture noun ("this photo",
  // "Этот снимок"), a deictic verb of seeing ("here we see"), or the paragraph naming itself the
  // caption ("Bildunterschrift"), which point wherever they stand;
  { name: 'points-at-picture', kind: 'pointsAtPicture', category: null },
  // and a verb of photographing in its past forms ("photographed", "сфотографировали"), which
  // points in the sentence right beside the picture only.
  { name: 'photographed', kind: 'photographed', category: null },
  // The word for "above" ("Above,", "Pictured above:", "Ci-dessus,", "Oben:", "Выше:", "أعلاه،"):
  // a later sentence of a caption opening with it and a comma or colon says what the picture over
  // it shows (read-own-text.ts).
  { name: 'above', kind: 'above', category: null },
  // The word for "below" ("Below, the church of…", "Ci-dessous,", "Unten:", "Ниже:", "أدناه"): in
  // the paragraph before a picture it points at the picture, as "above" does in the one after it;
  // a thing or a map named right beside either is what the picture shows (points-at-picture.ts).
  { name: 'below', kind: 'below', category: null },
  // A word of photography or film opening a word ("Photos by …", "Фоторепортаж", "Fotoğraflar:",
  // "Video"): a short line beside a picture holding one is about the picture as a picture (a
  // byline, a gallery's count), not a label naming a place or a person (read-surroundings.ts).
  { name: 'about-the-picture', kind: 'aboutPicture', category: null },
  // A photograph named ("photo", "Aufnahme", "снимок", "daguerreotype", "صورة") and a kind of
  // picture other than a photograph (a satellite image, an aerial view, a screenshot): a
  // `[non-depiction]` phrase holding the first and not the second names a photograph by its date
  // or source ("undated photo", "foto sin fecha"), which after the scene it closes is no portrait
  // (picture-subject.ts); a graphic phrase holding the first names a kind of picture ("post-mortem
  // photograph", points-at-picture.ts).
  { name: 'photograph', kind: 'photograph', category: null },
  { name: 'other-picture', kind: 'otherPicture', category: null },
  // A possessive determiner ("her", "ihren", "son", "su", "своего"), read apart as the picture
  // words are: in a clause on the person shown, before its harm and not inside its term, it names
  // whose the harm is, someone of the person's ("who saw her husband wounded"; caption-sentences.ts).
  { name: 'possessive-determiners', kind: 'possessiveDeterminer', category: null },
  // The other closed classes a clause on the person shown is read by (caption-sentences.ts), read
  // apart the same way, each hit with its language: a numeral or quantifier opening a lead of two
  // words ("Двое детей, которые…", "Кілька людей"), which is then no genitive of two nouns;
  { name: 'numerals', kind: 'numeral', category: null },
  // a preposition (and article) naming the agent of a passive wound ("by a", "par un", "por el",
  // "von einem"): a shooter named after it is the wound's cause, not a death;
  { name: 'agent-prepositions', kind: 'agentPreposition', category: null },
  // a plural auxiliary of the clause ("who were", "…verletzt wurden"): the verb after the clause
  // is read in the plural ("Two boys, who were wounded…, lie…").
  { name: 'plural-auxiliaries', kind: 'pluralAuxiliary', category: null },
  // A preposition of place opening the words after a clause on the person shown, with no verb to
  // the sentence's end ("…, in his hospital bed.", "…, à l'hôpital de Gaza.", "…، في المستشفى."):
  // a place the person is shown in, the picture's present. Read as written.
  { name: 'locative-prepositions', kind: 'locative', category: null, asWritten: true },
  // A part of the body ("head", "Kopf", "tête", "cabeza", "голову", "başından", "الرأس"), read
  // apart the same way: a wound named where it is on the body, in a caption's later sentence, is
  // what the picture shows (read-own-text.ts, woundOnBody; round 118).
  { name: 'body-parts', kind: 'bodyPart', category: null },
  // An article after a verb, alone or after a verb joined by "and" ("killed a", "killed and ate
  // a", "verbrannte das", "a tué et mangé un"): a thing right after it, closing its noun phrase, is
  // the verb's object, and a violent verb done to an animal or a thing is not harm to a person
  // (picture-subject.ts, round 128).
  { name: 'object-articles', kind: 'article', category: null },
  // A subject pronoun or a definite person noun opening a later sentence of a caption ("He", "Er",
  // "Elle", "L'homme", "El niño"): the person the caption shows, named again; a wound told of them
  // is the one seen (read-own-text.ts, woundOnBody; round 140). A span of time before the picture
  // ("last week", "vor Wochen", "la semaine dernière", "hace meses") in that sentence makes the
  // wound the person's past.
  { name: 'shown-again', kind: 'shownAgain', category: null },
  { name: 'time-before', kind: 'timeBefore', category: null },
  // A word of containing or carrying ("with", "containing", "voller", "içinde", "بداخلها") between
  // a thing and the dead after it puts the dead in the thing, not the thing's: "a car with dead
  // passengers inside" (picture-subject.ts, round 158).
  { name: 'containing', kind: 'containing', category: null },
];
