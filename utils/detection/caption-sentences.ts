// Which part of a caption is the picture's own description and which is background.
//
// Wire captions (AP, Reuters, AFP, Getty, EPA and their peers in every language) say what the
// picture shows in their first sentence, mostly in the present tense ("Relatives mourn over the
// body of …"), and add background after it ("… was killed in an airstrike on Monday", the death
// toll of a flood repeated under every picture of a gallery). A relative clause hung on a name
// ("…, who was killed in Monday's explosions") is background too: it says what happened to the
// person, not what the picture shows. Pure text positions only: the classifier decides what the
// words in each part weigh.

/**
 * Characters of one text read at most. A caption may be a whole article pasted into a
 * data-caption attribute: the first sentence and the warnings in it are what count, and the
 * cost of reading stays bounded whatever a page puts there (issue 16.9).
 */
export const OWN_TEXT_CAP = 6_000;
/** A first "sentence" longer than this is a run-on paragraph: its first part is the picture's. */
export const PICTURE_SENTENCE_CAP = 600;

/**
 * Words before a full stop that do not end a sentence: titles, ranks, months, "No.", "St.",
 * (single letters are initials, "U.S.", "J. Smith", and never end one either).
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj', 'adm', 'gov', 'sen', 'rep', 'rev',
  'st', 'mt', 'ft', 'no', 'nr', 'vs', 'etc', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'approx', 'ca', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mme', 'mlle', 'sra', 'dra', 'hr', 'fr', 'str', 'bzw', 'ggf', 'vgl', 'usw',
  'г', 'гг', 'ул', 'им', 'тыс', 'млн', 'см', 'рис',
]);
/** A sentence end: . ! ? … (or Arabic ؟), closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?…؟。]+["'»”’)\]]*\s+/gu;
const LAST_WORD = /([\p{L}\p{N}]+)\S*$/u;
const LOWER_START = /^\p{Ll}/u;

function endsSentence(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (LOWER_START.test(text.slice(end, end + 1))) return false;
  if (!m[0].startsWith('.')) return true;
  // "Oct. 28", "U.S. Gen. Mattis", "J. Smith": not an end.
  const before = LAST_WORD.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
  return before.length > 1 && !ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * Start of every sentence of `text` (the first is 0). The first sentence is cut at
 * PICTURE_SENTENCE_CAP: a run-on paragraph's opening is the picture's.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (starts.length === 1 && m.index >= PICTURE_SENTENCE_CAP) starts.push(PICTURE_SENTENCE_CAP);
    if (endsSentence(text, m) && end > starts[starts.length - 1]!) starts.push(end);
  }
  if (starts.length === 1 && text.length > PICTURE_SENTENCE_CAP) starts.push(PICTURE_SENTENCE_CAP);
  return starts;
}

/**
 * A relative clause hung on a person: ", who was killed …", ", qui a été tué …", ", который
 * погиб …" (relative pronouns per language after a comma), or without the comma when a past
 * auxiliary follows ("35 ans qui a subi une amputation"). It runs to the next comma or sentence end.
 */
const RELATIVE_PRONOUNS =
  'who|whose|qui|dont|quien|quienes|der|die|dessen|deren|' +
  'который|которая|которые|которого|которой|которых|який|яка|які|якого|якої|яких|الذي|التي|الذين';
/** Without a comma, a pronoun followed by a past auxiliary ("a man who was shot", "qui a subi"). */
const PAST_AUXILIARIES =
  'was|were|had|has|a|ont|avait|avaient|fut|fue|fueron|había|habían|ha|han|wurde|wurden|war|waren|hat|hatte|hatten|был|была|были|був|була|були';
const RELATIVE_CLAUSE = new RegExp(
  `(?:[,،]\\s*(?:${RELATIVE_PRONOUNS})|\\s(?:who|qui|que|der|die|который|которая|которые|який|яка|які)\\s+(?:${PAST_AUXILIARIES}))(?![\\p{L}])[^,،.!?;]*`,
  'giu',
);

/** Spans [start, end) of relative clauses in text[from, to). */
export function relativeClauses(text: string, from: number, to: number): number[] {
  const spans: number[] = [];
  RELATIVE_CLAUSE.lastIndex = from;
  for (let m = RELATIVE_CLAUSE.exec(text); m && m.index < to; m = RELATIVE_CLAUSE.exec(text)) {
    spans.push(m.index, Math.min(to, m.index + m[0].length));
  }
  return spans;
}

/** Index of the sentence a position falls in, given sentenceStarts(). */
export function sentenceOf(starts: readonly number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}
