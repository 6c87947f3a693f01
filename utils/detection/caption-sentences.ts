// Which part of a caption is the picture's own description and which is background.
//
// Wire captions (AP, Reuters, AFP, Getty, EPA and their peers in every language) say what the
// picture shows in their first sentence, mostly in the present tense ("Relatives mourn over the
// body of …"), and add background after it ("… was killed in an airstrike on Monday", the death
// toll of a flood repeated under every picture of a gallery). A relative clause hung on a name
// ("…, who was killed in Monday's explosions") is background too: it says what happened to the
// person, not what the picture shows, unless it tells the wound of the person the sentence shows
// now ("Ali, 6, who lost both legs in the strike, sits in his bed"). Pure text positions only:
// the classifier decides what the words in each part weigh. The words that mark these per
// language are lexicon data: abbreviations and relative pronouns found with the rest of a text's
// terms, and the closed classes a clause on the person shown is read by (possessive determiners,
// numerals, an agent's prepositions, plural auxiliaries, locative prepositions) read apart, each
// hit with its language (findCaptionWords). What stays here is grammar: word order, and the endings
// of a present verb (PRESENT, PLURAL_PRESENT: with their few irregular forms, "is", "sind", "est",
// and the past forms that end alike beside them), of an adjective (NOT_A_HEAD), of an instrumental.
import type { TermHit } from './find-terms';
import { lazy } from '../lazy-regexp';
import { withoutTimesAndOrdinals } from './counted-numbers';

/**
 * Characters of one text read at most. A caption may be a whole article pasted into a
 * data-caption attribute: the first sentence and the warnings in it are what count, and the
 * cost of reading stays bounded whatever a page puts there (issue 16.9).
 */
export const OWN_TEXT_CAP = 6_000;
/** A first "sentence" longer than this is a run-on paragraph: its first part is the picture's. */
export const PICTURE_SENTENCE_CAP = 600;

/**
 * A sentence end: . ! ? … (or Arabic ؟), closing quotes or brackets, then a space. A semicolon
 * ends a caption's sentence too: "Photos of the victims; up to 20,000 people were tortured there".
 */
const SENTENCE_END = lazy(() => /[.!?…؟;]+["'»”’)\]]*\s+/gu);
/** A word of two letters or more ends here (a single letter is an initial: "J. Smith", "U.S."). */
const TWO_LETTERS = lazy(() => /[\p{L}\p{N}]{2}[)"'»”’\]]*$/u);
const LOWER_START = lazy(() => /^\p{Ll}/u);

function endsSentence(text: string, m: RegExpExecArray, abbreviationEnds: ReadonlySet<number>): boolean {
  const end = m.index + m[0].length;
  if (m[0][0] === ';') return true;
  if (LOWER_START().test(text.slice(end, end + 1))) return false;
  if (!m[0].startsWith('.')) return true;
  // "Oct. 28", "Gen. Mattis" (the `[abbreviations]` of the lexicon), "U.S.", "J. Smith"
  // (initials): not an end.
  return TWO_LETTERS().test(text.slice(Math.max(0, m.index - 4), m.index)) && !abbreviationEnds.has(m.index);
}

/**
 * Start of every sentence of `text` (the first is 0). The first sentence is cut at
 * PICTURE_SENTENCE_CAP: a run-on paragraph's opening is the picture's.
 */
export function sentenceStarts(text: string, hits: readonly TermHit[] = []): number[] {
  // Where each `[abbreviations]` word found in the text ends.
  const abbreviationEnds = new Set(hits.filter((h) => h.kind === 'abbreviation').map((h) => h.at + h.text.length));
  // A figure reference ("Fig. 3", "Abb. 2", "рис. 2", a `[depicts]` entry) is read whole: its
  // stop is an abbreviation's, not a sentence end.
  for (const h of hits) if (h.kind === 'depicts') for (let i = h.text.indexOf('.'); i >= 0; i = h.text.indexOf('.', i + 1)) abbreviationEnds.add(h.at + i);
  const starts = [0];
  const sentenceEnd = SENTENCE_END();
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(text); m; m = sentenceEnd.exec(text)) {
    const end = m.index + m[0].length;
    if (end < text.length && endsSentence(text, m, abbreviationEnds)) starts.push(end);
  }
  if ((starts[1] ?? text.length) > PICTURE_SENTENCE_CAP) starts.splice(1, 0, PICTURE_SENTENCE_CAP);
  return starts;
}

/**
 * A relative clause hung on a person: a `[relative-clauses]` pronoun after a comma (", who was
 * killed …", ", qui a été tué …", ", который погиб …"), or a pronoun and a past auxiliary that
 * open one without the comma ("35 ans qui a subi une amputation"). It runs to the next comma or
 * sentence end. Returns the spans [start, end) inside text[from, to). Given the text's languages,
 * a clause that tells the wound of the sentence's subject, shown now, is no background and is
 * left out (showsSubjectsState); `words` gives the text's caption words read apart
 * (findCaptionWords: possessive determiners, numerals, agent prepositions, plural auxiliaries,
 * locative prepositions): asked only of such a clause.
 */
export function relativeClauses(text: string, hits: readonly TermHit[], from: number, to: number, langs: readonly string[] = [], words: () => readonly TermHit[] = () => []): number[] {
  const spans: number[] = [];
  for (const h of hits) {
    if (h.kind !== 'relative' || h.after || h.at < from || h.at >= to) continue;
    if (!h.text.includes(' ') && !COMMA_BEFORE().test(text.slice(Math.max(0, h.at - 4), h.at))) continue;
    CLAUSE_END().lastIndex = h.at + h.text.length;
    const end = CLAUSE_END().exec(text)?.index ?? text.length;
    if (!showsSubjectsState(text, hits, h, from, Math.min(to, end), langs, words)) spans.push(h.at, Math.min(to, end));
  }
  return spans;
}
const COMMA_BEFORE = lazy(() => /[,،]\s*$/u);

/**
 * What a place was used for (a `[used-for]` phrase: "rooms used for torture", "diente zur
 * Folter", "использовался для пыток"), in any sentence of the text: the place's past, to the next
 * comma or sentence end, as a clause on a place ("where dozens were killed") is. Spans [start, end).
 */
export function useClauses(text: string, hits: readonly TermHit[]): number[] {
  const spans: number[] = [];
  for (const h of hits) {
    if (!h.use) continue;
    CLAUSE_END().lastIndex = h.at + h.text.length;
    spans.push(h.at, CLAUSE_END().exec(text)?.index ?? text.length);
  }
  return spans;
}

/** Words at most before the pronoun of a clause hung on the sentence's subject ("Ali, 6,", "Alí, de 6 años,", "Ein Junge"). */
const SUBJECT_WORDS = 4;
const CLAUSE_WORD = lazy(() => /[\p{L}\p{M}\p{N}'’]+/gu);
/** A word as counted: letters or digits (a caption's length, what stands before a noun). */
export const WORD_COUNT = lazy(() => /[\p{L}\p{N}]+/gu);
/** A dateline before a sentence's first words ("KYIV, Ukraine (AP) — ", "GAZA CITY - "). */
export const DATELINE_LEAD = lazy(() => /^[^]*(?:[—–:]|\s-)\s*/u);
const YEAR = lazy(() => /\d{4}/u);
const AGE = lazy(() => /^\s*\d/u);
const HARM_KINDS = new Set<TermHit['kind']>(['graphic', 'injury']);
/**
 * A present-tense verb of the third person, per language, as the word after the clause: "sits",
 * "is"; "liegt", "ist"; "attend", "est", "se (repose)"; "yace", "espera", "está"; "лежит",
 * "улыбается"; "лежить", "чекає"; "يجلس", "تنتظر". Past forms that end alike are left out
 * ("was", "hat"; "fut", "-ait"; "fue", "-aba", "-ía"; "توفي"). Turkish writes the clause as a
 * participle before its noun, with no pronoun: nothing to read.
 */
const PRESENT: Record<string, () => RegExp> = {
  // eslint-disable-next-line forewarn/no-word-list -- past forms excepted from a present-tense ending: grammar with its exceptions (PERFORMANCE.md: next to move)
  en: lazy(() => /^(?:is|are|(?!(?:was|has|his|this|its|as|us)$)\p{L}+[^s'’]s)$/u),
  de: lazy(() => /^(?:ist|sind|wird|werden|(?!(?:hat|war)$)\p{L}+t)$/u),
  fr: lazy(() => /^(?:est|sont|se|s|(?!(?:fut|furent|\p{L}+ait|\p{L}+aient)$)\p{L}+[etd])$/u),
  // eslint-disable-next-line forewarn/no-word-list -- past forms excepted from a present-tense ending (as above)
  es: lazy(() => /^(?:está|están|es|son|(?!(?:fue|fueron|era|eran|ha|han|\p{L}+aba|\p{L}+aban|\p{L}+ía|\p{L}+ían)$)\p{L}+(?:a|e|an|en))$/u),
  ru: lazy(() => /^\p{L}+(?:ет|ёт|ит|ут|ют|ат|ят)(?:ся)?$/u),
  uk: lazy(() => /^\p{L}+(?:ить|ать|ять|уть|ють|ться|є)$/u),
  ar: lazy(() => /^(?!و?توف)و?[يت]\p{L}{2,}$/u),
};
/**
 * The same, of the third person plural, where it differs from the singular's: en the bare verb
 * ("lie", "wait"; not a past "-ed", "were", "had", an adverb "-ly", "later", "then"), de "-en"
 * ("liegen", "warten"; not the past "-ten"/"-eten", "wurden", "waren", "lagen", "saßen", nor a
 * determiner "einen", "ihren"). Read when the clause's own verb is plural: en "who were/have/are",
 * de a clause ending on "wurden/sind/haben/waren/hatten/werden". fr "-ent", es "-an/-en", ru
 * "-ут/-ат", uk "-уть/-ать", ar "يـ…ون" are read by the patterns above.
 */
const PLURAL_PRESENT: Record<string, () => RegExp> = {
  // eslint-disable-next-line forewarn/no-word-list -- past forms and adverbs excepted from a plural verb (as above)
  en: lazy(() => /^(?:are|(?!(?:were|had|did|went|was|and|but|the|both|then|later|also|once|never|still|in|at|on|\p{L}+ed|\p{L}+ly)$)\p{L}{2,})$/u),
  // eslint-disable-next-line forewarn/no-word-list -- past forms and determiners excepted from a plural verb (as above)
  de: lazy(() => /^(?:sind|werden|(?!(?:wurden|waren|hatten|lagen|saßen|standen|kamen|starben|einen|seinen|ihren|keinen|\p{L}+eten|\p{L}+[^r]ten)$)\p{L}+en)$/u),
};
/**
 * Where a clause's `[plural-auxiliaries]` word stands: right after its pronoun (en "who were"), or
 * last, a German clause's verb at its end ("die verletzt wurden").
 */
const AUXILIARY_LAST: Record<string, boolean> = { en: false, de: true };
const CLAUSE_OPENING = lazy(() => /^\p{L}+\s+/u);
/**
 * Words at most of a verbless place after a clause, opened by a `[locative-prepositions]` word
 * ("…, in hospital in Gaza on Monday."; isVerblessPlace).
 */
const PLACE_WORDS = 6;
/**
 * A lead of two nouns with no preposition between them is a genitive (ru/uk "Мать Али", "Отец
 * девочки"; ar an iḍāfa, "والدة علي", whose first noun has no article): the clause hangs on the
 * second noun, someone of the person shown's. Not when the first word is an adjective or a
 * numeral ("Раненая женщина", "Двое детей", "Поранена жінка") or, in Arabic, has the article
 * ("الطفل علي": the child Ali, one person).
 */
const NOT_A_HEAD: Record<string, () => RegExp> = {
  ru: lazy(() => /^\p{L}+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/iu),
  uk: lazy(() => /^\p{L}+(?:ий|ій|а|я|е|є|і)$/iu),
  ar: lazy(() => /^(?:ال|\d)/u),
};

/**
 * Whether a clause hung on a name tells the state the picture shows, so that it is the picture's
 * own description and not background: "Ali, 6, who lost both legs in the strike, sits in his
 * bed", "Ein Junge, der bei dem Angriff verletzt wurde, liegt im Krankenhaus", "Мальчик, который
 * потерял обе ноги, сидит на кровати", "الطفل علي، الذي فقد ساقيه في الغارة، يجلس". Wire captions
 * name the person shown first and tell their wound in the clause. It is when:
 * - the clause hangs on the sentence's subject: at most SUBJECT_WORDS words (after a dateline)
 *   before its pronoun and no term among them ("A photo of Ali, who…", "The mother of Ali, who…"
 *   hang it on someone else, a portrait's sitter or a relative);
 * - its pronoun is not a possessive one ("whose brother", "dont le frère": someone of theirs);
 * - its harm is a wound, a lost limb, burns or blood (an injury word), and it names no death or
 *   killing (a topic word other than the attack: "who was killed", "qui a été tué", "который
 *   погиб" is a portrait's, the living face of the dead) and no year (a wound of 2010 is not what
 *   a picture of the person now shows);
 * - the sentence goes on in the present: the verb after the clause's comma, or, with no comma
 *   ("A man who was wounded by shrapnel lies in the street"), right after its last violent term;
 *   of the plural when the clause's verb is ("Two boys, who were wounded…, lie…"), or no verb at
 *   all, a short place to the sentence's end ("…, in his hospital bed.", "…، في المستشفى.");
 * - (round 113) the lead is no genitive of two nouns ("Мать Али, который…", "والدة علي، الذي…"),
 *   no possessive determiner in the clause (`[possessive-determiners]`, before its harm, not
 *   inside its term) names someone else as the harmed ("who saw her husband wounded", "die ihren
 *   Mann verwundet sah", "qui a vu son mari blessé", "которая видела своего мужа раненым"; "lost
 *   her leg" is the person's own body), and a shooter named as the wound's agent ("herido por
 *   un francotirador") is its cause, not a death.
 */
function showsSubjectsState(text: string, hits: readonly TermHit[], pronoun: TermHit, from: number, end: number, langs: readonly string[], words: () => readonly TermHit[]): boolean {
  if (pronoun.possessive) return false;
  const lead = text.slice(from, pronoun.at).replace(DATELINE_LEAD(), '');
  if ((lead.match(CLAUSE_WORD())?.length ?? 0) > SUBJECT_WORDS) return false;
  const leadFrom = pronoun.at - lead.length;
  if (isGenitiveLead(lead, leadFrom, langs, words)) return false;
  // A genitive before a number gives an age ("Alí, de 6 años"), not an owner.
  if (hits.some((t) => t.at >= leadFrom && t.at < pronoun.at && !(t.kind === 'join' && AGE().test(text.slice(t.at + t.text.length, pronoun.at))))) return false;
  const inside = hits.filter((t) => t.at > pronoun.at && t.at < end);
  const harm = inside.filter((t) => HARM_KINDS.has(t.kind) && t.category === 'injury');
  if (harm.length === 0 || YEAR().test(text.slice(pronoun.at, end))) return false;
  if (inside.some((t) => (HARM_KINDS.has(t.kind) && t.category !== 'injury') || (t.kind === 'topic' && !t.attack && t.category !== 'injury' && !isAgentOfHarm(text, t, harm, langs, words)))) return false;
  if (harmIsAnothers(text, inside, pronoun, harm[0]!, words())) return false;
  const present = langs.flatMap((l) => [PRESENT[l], PLURAL_PRESENT[l] && isPluralClause(text, pronoun.at, end, l, words()) ? PLURAL_PRESENT[l] : undefined]).filter((p) => p !== undefined);
  if (present.length === 0) return false;
  // The verb follows the clause's comma or, with no comma, the clause's last violent term (its
  // harm or the attack it names): a word further on may be a noun of the clause ("…in the street").
  const last = inside.findLast((t) => HARM_KINDS.has(t.kind) || t.kind === 'topic')!;
  const comma = text[end] === ',' || text[end] === '،';
  const after = comma ? text.slice(end + 1) : text.slice(last.at + last.text.length, end);
  const word = after.match(CLAUSE_WORD())?.[0];
  const verb = word?.toLowerCase();
  if (verb !== undefined && present.some((p) => p().test(verb))) return true;
  return comma && word !== undefined && isVerblessPlace(text, hits, end + 1, word, words());
}

/**
 * Who or what dealt the wound, named beside it: the agent of a passive ("wounded by a sniper",
 * "blessé par un tireur", "herido por un francotirador", "von einem Scharfschützen angeschossen",
 * ru/uk an instrumental right after it, "ранен снайпером") or ar the noun joined to the wound's
 * ("أصيب برصاص قناص", by a sniper's bullet). A shooter named so is the wound's cause, not a death:
 * "killed by a sniper" has its death in "killed".
 */
/**
 * In en, fr, es the agent follows the wound after a `[agent-prepositions]` word and nothing but
 * spaces ("wounded by a sniper"; fr "par l'" keeps its apostrophe); ru, uk name it bare, an
 * instrumental, and ar joins it (nothing between but a space); de puts it before the participle,
 * after such a word, at most one word between ("von einem Scharfschützen schwer verletzt").
 */
const ONLY_SPACE = lazy(() => /^\s+$/u);
const BARE_AGENT = new Set(['ru', 'uk', 'ar']);
const AGENT_BEFORE: Record<string, () => RegExp> = {
  de: lazy(() => /^\s+(?:\p{L}+\s+)?$/u),
};
const AGENT_TAIL = lazy(() => /^'?\s*$/u);
/** Chars at most from a German agent's preposition to its noun ("durch einen "). */
const AGENT_REACH = 20;
const INSTRUMENTAL = lazy(() => /(?:ом|ем|ём|ами|ями|ой|ою|ею)$/u);

function isAgentOfHarm(text: string, topic: TermHit, harm: readonly TermHit[], langs: readonly string[], words: () => readonly TermHit[]): boolean {
  // An `[agent-prepositions]` word of `lang` from `from` on (right after spaces from there, when
  // `spaced`), nothing but spaces after it before the agent.
  const preposition = (lang: string, from: number, spaced: boolean) => words().some((w) => w.kind === 'agentPreposition' && w.lang === lang && w.at >= from && w.at < topic.at && AGENT_TAIL().test(text.slice(w.at + w.text.length, topic.at)) && (!spaced || ONLY_SPACE().test(text.slice(from, w.at))));
  return langs.some((l) => harm.some((h) => {
    if (h.at < topic.at) {
      const gap = text.slice(h.at + h.text.length, topic.at);
      if (BARE_AGENT.has(l)) return ONLY_SPACE().test(gap) && (l === 'ar' || INSTRUMENTAL().test(topic.text));
      return !AGENT_BEFORE[l] && preposition(l, h.at + h.text.length, true);
    }
    return AGENT_BEFORE[l]?.().test(text.slice(topic.at + topic.text.length, h.at)) === true && preposition(l, topic.at - AGENT_REACH, false);
  }));
}

/**
 * Whether the lead before a clause's pronoun (from `leadFrom`) is a genitive of two nouns: its
 * first word, its age left out, is no adjective (NOT_A_HEAD) nor a `[numerals]` word.
 */
function isGenitiveLead(lead: string, leadFrom: number, langs: readonly string[], words: () => readonly TermHit[]): boolean {
  const head = lead.split(AGE_ON())[0]!;
  const found = head.match(CLAUSE_WORD()) ?? [];
  if (found.length < 2) return false;
  const first = found[0]!;
  const at = leadFrom + head.indexOf(first);
  return langs.some((l) => NOT_A_HEAD[l] !== undefined && !NOT_A_HEAD[l]().test(first) && !words().some((w) => w.kind === 'numeral' && w.lang === l && w.at === at && w.text.length === first.length));
}

/** Whether a clause's verb is plural: a `[plural-auxiliaries]` word of `lang` where the language puts it (AUXILIARY_LAST). */
function isPluralClause(text: string, from: number, end: number, lang: string, words: readonly TermHit[]): boolean {
  const opening = CLAUSE_OPENING().exec(text.slice(from, end));
  return words.some((w) => w.kind === 'pluralAuxiliary' && w.lang === lang && w.at > from && w.at < end && (AUXILIARY_LAST[lang] ? BLANK_TO_END().test(text.slice(w.at + w.text.length, end)) : w.at === from + (opening?.[0].length ?? NaN)));
}
const BLANK_TO_END = lazy(() => /^\s*$/u);
const AGE_ON = lazy(() => /[\d(]/u);

/** Whether a possessive determiner (a whole word of the clause) stands before its first harm term, not inside a term and not right before one. */
function harmIsAnothers(text: string, inside: readonly TermHit[], pronoun: TermHit, harm: TermHit, words: readonly TermHit[]): boolean {
  const possessive = new Map(words.filter((w) => w.kind === 'possessiveDeterminer').map((w) => [w.at, w.text.length]));
  if (possessive.size === 0) return false;
  const word = CLAUSE_WORD();
  word.lastIndex = pronoun.at + pronoun.text.length;
  for (let m = word.exec(text); m && m.index < harm.at; m = word.exec(text)) {
    if (possessive.get(m.index) !== m[0].length || inside.some((t) => m!.index >= t.at && m!.index < t.at + t.text.length)) continue;
    // Its noun, then the harm: "saw her husband wounded". Right before a term it is of the term ("lost her legs" as one).
    const next = word.exec(text);
    if (next && next.index < harm.at && !inside.some((t) => t.at === next.index)) return true;
    word.lastIndex = m.index + m[0].length;
  }
  return false;
}

/**
 * Whether the words from `from` to the sentence end, the first of them `first`, are a short place
 * after a `[locative-prepositions]` word, with no term, number or comma in them: a clause followed
 * by no verb at all, a place the person is shown in ("…, in his hospital bed.", "…, à l'hôpital
 * de Gaza.", "…، في المستشفى."). A caption's noun sentence: the picture's present.
 */
function isVerblessPlace(text: string, hits: readonly TermHit[], from: number, first: string, words: readonly TermHit[]): boolean {
  const at = from + text.slice(from).indexOf(first);
  if (!words.some((w) => w.kind === 'locative' && w.at === at && w.text.length === first.length)) return false;
  const stop = SENTENCE_STOP().exec(text.slice(from));
  const to = from + (stop?.index ?? text.length - from);
  const place = text.slice(from, to);
  if (PLACE_BREAK().test(place) || (place.match(CLAUSE_WORD())?.length ?? 0) > PLACE_WORDS) return false;
  return !hits.some((t) => t.at >= from && t.at < to && t.kind !== 'place' && t.kind !== 'join');
}
const SENTENCE_STOP = lazy(() => /[.!?;…؟]|$/u);
const PLACE_BREAK = lazy(() => /\d|[,،]/u);

/** Words at most between an event and the pronoun of its clause ("the Russian attack in Kyiv that…"). */
const EVENT_CLAUSE_GAP = 4;
const GAP_WORD = lazy(() => /[\p{L}\p{N}'’-]+/gu);
const BREAK = lazy(() => /[.!?;:,،]/u);
const EVENT_CLAUSE_END = lazy(() => /[!?;]|\.(?!\d)/gu);
/** A number before the clause's first comma. */
const COUNTS_BEFORE_COMMA = lazy(() => /^[^,،]*\d/u);
/** Nothing before the clause in its sentence: the text before it is empty or ends a sentence. */
const AT_SENTENCE_START = lazy(() => /(?:^|[.!?;]\s*)$/u);

/**
 * A clause hung on an event: a `[relative-clauses]` pronoun a few words after a topic word (an
 * attack, a strike, an explosion), with or without a comma ("after the Russian attack in Kyiv
 * which killed nine and wounded 36", "tras el ataque que dejó 9 muertos", "после удара, который
 * убил"). It says what the event did, not what the picture shows. Spans [start, end) in
 * text[from, to), as relativeClauses().
 */
export function eventClauses(text: string, hits: readonly TermHit[], from: number, to: number): number[] {
  const spans: number[] = [];
  for (const h of hits) {
    if (h.kind !== 'relative' || h.at < from || h.at >= to) continue;
    // It runs to the sentence end: "which killed nine and wounded 36" lists with commas.
    EVENT_CLAUSE_END().lastIndex = h.at + h.text.length;
    const end = Math.min(to, EVENT_CLAUSE_END().exec(text)?.index ?? text.length);
    // A clause opened by "after" (`[after-clauses]`: "after attackers killed at least 31 people",
    // ", nachdem", "после того как") that counts (a number before its first comma, not an age or
    // a time) tells what befell others before the picture, a toll, not the person shown ("after
    // a sniper shot him", "after her niece, 16, was shot"); one opening the sentence is not read
    // ("After the blast killed 5, a wounded man…": the scene follows its comma).
    if (h.after && (AT_SENTENCE_START().test(text.slice(from, h.at)) || !COUNTS_BEFORE_COMMA().test(withoutTimesAndOrdinals(text.slice(h.at, end))))) continue;
    const event = h.after ? h : hits.findLast((e) => e.kind === 'topic' && e.at + e.text.length <= h.at);
    if (!event) continue;
    const gap = text.slice(event.at + event.text.length, h.at);
    if (BREAK().test(gap.replace(COMMA_BEFORE(), '')) || (gap.match(GAP_WORD())?.length ?? 0) > EVENT_CLAUSE_GAP) continue;
    spans.push(h.at, end);
  }
  return spans;
}
const CLAUSE_END = lazy(() => /[,،.!?;]/gu);

/** Words at most between a killing and the span of time after it ("who would shoot him a few hours later"). */
const LATER_GAP = 3;
const LATER_BREAK = lazy(() => /[,،.!?;:–—]/gu);
const FRONTED = lazy(() => /^\s*,/u);
const LAST_WORDS = lazy(() => new RegExp(`(?:[\\p{L}\\p{N}'’-]+[^\\p{L}\\p{N}'’-]*){1,${LATER_GAP + 1}}$`, 'u'));

/**
 * What a caption places hours, days or years after the picture (`[later]`: "a few hours later",
 * "wenige Stunden später", "deux jours plus tard", "несколько дней спустя"): the killing it
 * tells of ("…, not knowing that Chapman will shoot him a few hours later", "sans savoir qu'il
 * sera exécuté deux jours plus tard") happened after the picture was taken, and is what
 * happened to the person, like a relative clause's. Seconds and moments later are still the act
 * (G3): the lexicon lists spans of an hour or more only. The span runs from LATER_GAP + 1 words
 * before the phrase (within its clause) to the clause's end, or past the comma of a fronted
 * phrase ("Hours later, he was shot") to the sentence's. Spans [start, end) in text[from, to),
 * as relativeClauses().
 */
export function laterClauses(text: string, hits: readonly TermHit[], from: number, to: number): number[] {
  const spans: number[] = [];
  for (const h of hits) {
    if (h.kind !== 'later' || h.at < from || h.at >= to) continue;
    const lead = text.slice(Math.max(from, h.at - 80), h.at);
    const cut = lead.split(LATER_BREAK()).at(-1) ?? '';
    const words = LAST_WORDS().exec(cut);
    const start = words ? h.at - words[0].length : h.at;
    const end = h.at + h.text.length;
    const fronted = FRONTED().test(text.slice(end));
    const breaks = fronted ? EVENT_CLAUSE_END() : LATER_BREAK();
    breaks.lastIndex = fronted ? end + text.slice(end).indexOf(',') + 1 : end;
    spans.push(Math.max(from, start), Math.min(to, breaks.exec(text)?.index ?? text.length));
  }
  return spans;
}

/** Index of the sentence a position falls in, given sentenceStarts(). */
export function sentenceOf(starts: readonly number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}
