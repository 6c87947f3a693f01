import type { Category } from './detection-types';
import { KeyType, type CompiledLexicon, type Entry, type EntryKind, type Key } from './compile-lexicon';
import { CAPTION_WORD_KINDS, KIND_RANK, PICTURE_WORD_KINDS, READ_APART, SECTION_FLAGS, type RankedKind, type SectionFlags } from './lexicon-sections';
import { NON_ASCII, normalizeText } from './normalize-text';
import { joinedInClauses } from './clause-pairs';
import { plainLexicon } from './plain-lexicon';
import { WORD, ends, pastAside, starts, tokenize, words } from './text-words';
import { lazy } from '../lazy-regexp';

/** A lexicon entry found in a text, with its section's flags (lexicon-sections.ts). */
export interface TermHit extends SectionFlags {
  kind: Exclude<EntryKind, 'trap'>;
  category: Category | null;
  /** The matched words as written in the page (original case where it could be kept). */
  text: string;
  /** Where the matched words start in the text read (its NFC form when that differs). */
  at: number;
  /** A thing in a language whose adjectives follow the noun ("tanque ruso carbonizado"). */
  adjectivesAfter?: boolean;
  /** The language of the lexicon that read it, for the words read apart (findCaptionWords: grammar differs by language). */
  lang?: string;
}

/**
 * Per-language caches are dropped past this many words, so a long session stays bounded; words
 * with digits are not cached at all, they rarely come back. (2,000 measured no cheaper.)
 */
const CACHE_LIMIT = 10_000;
const HAS_DIGIT = lazy(() => /\d/);
const NO_ENTRIES: readonly Entry[] = [];

interface WordCache {
  stems: Map<string, string>;
  entries: Map<string, readonly Entry[]>;
}
const caches = new WeakMap<CompiledLexicon, WordCache>();
function cacheOf(lex: CompiledLexicon): WordCache {
  let cache = caches.get(lex);
  if (!cache) caches.set(lex, (cache = { stems: new Map(), entries: new Map() }));
  return cache;
}

function stemOf(lex: CompiledLexicon, cache: WordCache, word: string): string {
  let s = cache.stems.get(word);
  if (s === undefined) {
    if (cache.stems.size > CACHE_LIMIT) cache.stems.clear();
    s = lex.stem(word);
    if (!HAS_DIGIT().test(word)) cache.stems.set(word, s);
  }
  return s;
}

/** A compound head after a modifier of at least three letters, under one of the endings. */
function endsWithHead(lex: CompiledLexicon, word: string, head: string): boolean {
  for (const ending of lex.endings) {
    if (!word.endsWith(ending)) continue;
    const baseLength = word.length - ending.length;
    if (baseLength >= head.length + 3 && word.startsWith(head, baseLength - head.length)) return true;
  }
  return false;
}

function keyMatches(lex: CompiledLexicon, cache: WordCache, word: string, key: Key): boolean {
  switch (key.type) {
    case KeyType.Any:
      return true;
    case KeyType.Exact:
      return word === key.text;
    case KeyType.Stem:
      return stemOf(lex, cache, word) === key.text;
    case KeyType.Prefix:
      return word.startsWith(key.text);
    default:
      return endsWithHead(lex, word, key.text);
  }
}

/** Every entry whose first slot accepts `word`; cached per word. */
function entriesFor(lex: CompiledLexicon, cache: WordCache, word: string): readonly Entry[] {
  const cached = cache.entries.get(word);
  if (cached) return cached;
  let found: Entry[] | null = null;
  const add = (list: Entry[] | undefined) => {
    if (list) found = found ? found.concat(list) : list.slice();
  };
  add(lex.exact.get(word));
  add(lex.stems.get(stemOf(lex, cache, word)));
  for (const len of lex.prefixLengths) if (len <= word.length) add(lex.prefixes.get(word.slice(0, len)));
  if (lex.headLengths.length && word.length >= 7) {
    for (const ending of lex.endings) {
      if (!word.endsWith(ending)) continue;
      const baseLength = word.length - ending.length;
      for (const len of lex.headLengths) {
        if (baseLength >= len + 3) add(lex.heads.get(word.slice(baseLength - len, baseLength)));
      }
    }
  }
  const result: readonly Entry[] = found ? [...new Set(found as Entry[])] : NO_ENTRIES;
  if (cache.entries.size > CACHE_LIMIT) cache.entries.clear();
  if (!HAS_DIGIT().test(word)) cache.entries.set(word, result);
  return result;
}

function fits(lex: CompiledLexicon, cache: WordCache, count: number, at: number, slot: readonly Key[]): boolean {
  return at < count && slot.some((key) => keyMatches(lex, cache, words[at]!, key));
}

/**
 * Length in words of `entry` matched at word `i` (its first slot already matched), or 0. A slot
 * the next word does not fill may be filled past a short aside in parentheses (pastAside).
 */
function matchAt(lex: CompiledLexicon, cache: WordCache, count: number, i: number, entry: Entry): number {
  let j = i;
  for (let k = 1; k < entry.slots.length; k++) {
    const slot = entry.slots[k]!;
    if (fits(lex, cache, count, j + 1, slot)) {
      j++;
      continue;
    }
    const past = pastAside(j, count);
    if (!fits(lex, cache, count, past, slot)) return 0;
    j = past;
  }
  return j - i + 1;
}

/**
 * How much of `word` a one-word entry names: the whole word for a stem or an exact form, the
 * letters of its prefix or head for a compound's part (`folter-` names six of Foltergefängnis).
 */
function reachOf(lex: CompiledLexicon, cache: WordCache, word: string, entry: Entry): number {
  let reach = 0;
  for (const key of entry.slots[0]!) {
    if (!keyMatches(lex, cache, word, key)) continue;
    const letters = key.type === KeyType.Stem || key.type === KeyType.Exact ? word.length : key.text.length;
    if (letters > reach) reach = letters;
  }
  return reach;
}

/**
 * Which of two entries of one length reads the words. One word read by two entries is read by
 * the one naming more of it: a compound's head carries its meaning, so an entry for the whole
 * compound ("foltergefängnis-", a place) outweighs its violent modifier ("folter-"). Otherwise,
 * the stronger reading wins.
 */
function wins(entry: Entry, reach: number, best: Entry, bestReach: number): boolean {
  if (reach !== bestReach) return reach > bestReach;
  return KIND_RANK[entry.kind as RankedKind] > KIND_RANK[best.kind as RankedKind];
}

/**
 * Whether a trap keeps an entry of `length` words at `from` from being read. A trap names a
 * shorter reading of its words ("scenes of violence" on a stage); an entry that holds the whole
 * trap and more words besides is a longer reading of the same words ("contains scenes of
 * violence": a publisher's warning), and the longest reading wins, as between entries.
 */
function trapBlocks(from: number, length: number): boolean {
  const to = from + length - 1;
  for (let k = from; k <= to; k++) {
    const trapLength = trapLengthAt![k]!;
    if (!trapLength) continue;
    const start = trapStartAt![k]!;
    if (start < from || start + trapLength - 1 > to || trapLength >= length) return true;
  }
  return false;
}

/**
 * The longest trap over each word of the current text (its length in words, 0 for none) and
 * where that trap starts; reused between calls, grown on demand. Made by the first reading, not
 * when the script is evaluated: a frame's first typed arrays cost it ~0.6 ms (median, a fresh
 * page in Chromium), and most frames read no text.
 */
let trapLengthAt: Uint8Array | undefined;
let trapStartAt: Uint32Array | undefined;

/**
 * Texts read before, per selection of lexicons (selectLexicons hands out one array per selection
 * and a new one once a lexicon arrives, so an answer never outlives the lexicons it came from).
 * A page asks the same texts over and over: its title for every picture, a gallery's heading and
 * paragraphs for each slide, every caption again when the page's reading changes. Counted over
 * page loads: 1,419 calls for 191 distinct texts on a front page, 840 for 168 on a live blog.
 */
let readBefore = new WeakMap<readonly CompiledLexicon[], Map<string, readonly TermHit[]>>();
/** The same for the picture words and the caption words read apart (findPictureWords, findCaptionWords). */
let pictureWordsBefore = new WeakMap<readonly CompiledLexicon[], Map<string, readonly TermHit[]>>();
let captionWordsBefore = new WeakMap<readonly CompiledLexicon[], Map<string, readonly TermHit[]>>();
/** Texts kept per selection before its memory is dropped whole (a live blog keeps adding). */
const READ_BEFORE_LIMIT = 2_000;
/** Longer texts (whole articles) come back too rarely to keep. */
const READ_BEFORE_MAX_LENGTH = 1_000;

/**
 * Every entry of the given lexicons found in `text`, left to right. Traps are found first and
 * swallow their words ("bodies of water", "the Dead Sea"): a term overlapping a trap is not read,
 * unless it holds the whole trap and is longer (trapBlocks). Picture words are not read here
 * (findPictureWords).
 * A fresh array each call; the hits in it are frozen, as they are shared between calls.
 */
export function findTerms(text: string, lexicons: readonly CompiledLexicon[]): TermHit[] {
  return remembered(readBefore, text, lexicons, null);
}

/**
 * Every picture word (PICTURE_WORD_KINDS, lexicon-sections.ts) of the given lexicons found in
 * `text`. Each kind is read on its own, the longest entry of that kind at each word, and no
 * other entry or trap takes its words: "in this photo" is a `[depicts]` phrase for findTerms and
 * holds a `[points-at-picture]` "this photo" here. Same contract as findTerms.
 */
export function findPictureWords(text: string, lexicons: readonly CompiledLexicon[]): TermHit[] {
  return remembered(pictureWordsBefore, text, lexicons, PICTURE_WORD_KINDS);
}

/** The same for the closed classes of a caption's grammar (CAPTION_WORD_KINDS), each hit with its `lang`. */
export function findCaptionWords(text: string, lexicons: readonly CompiledLexicon[]): TermHit[] {
  return remembered(captionWordsBefore, text, lexicons, CAPTION_WORD_KINDS);
}

type Apart = ReadonlySet<EntryKind> | null;
function remembered(memory: WeakMap<readonly CompiledLexicon[], Map<string, readonly TermHit[]>>, text: string, lexicons: readonly CompiledLexicon[], apart: Apart): TermHit[] {
  if (!text) return [];
  if (text.length > READ_BEFORE_MAX_LENGTH) return readTerms(text, lexicons, apart);
  let known = memory.get(lexicons);
  if (!known) memory.set(lexicons, (known = new Map()));
  let hits = known.get(text);
  if (!hits) {
    hits = readTerms(text, lexicons, apart);
    for (const hit of hits) Object.freeze(hit);
    if (known.size >= READ_BEFORE_LIMIT) known.clear();
    known.set(text, hits);
  }
  return hits.slice();
}

/** Forgets every text read before (benches that time the same text repeatedly). */
export function forgetTextsRead(): void {
  readBefore = new WeakMap();
  pictureWordsBefore = new WeakMap();
  captionWordsBefore = new WeakMap();
}

function readTerms(text: string, lexicons: readonly CompiledLexicon[], apart: Apart): TermHit[] {
  const normalized = normalizeText(text);
  const count = tokenize(normalized);
  // A text without one marked letter is read as such texts write the lexicon's words (plain-lexicon.ts).
  if (!NON_ASCII().test(normalized)) lexicons = lexicons.map(plainLexicon);
  // Found spans, mapped back to the original text after the loop (positions are reused).
  const spans: number[] = [];
  const found: Entry[] = [];
  // The language of each word read apart.
  const langs: string[] = [];
  if (apart) readPictureWords(lexicons, apart, count, spans, found, langs);
  else readEntries(lexicons, count, spans, found);
  if (!found.length) return [];
  const { source, hits } = hitsOf(text, normalized, count, spans, found, apart ? langs : null);
  return apart ? hits : joinedInClauses(source, hits);
}

/** The words of `kinds` at each word, each kind apart from the others (findPictureWords, findCaptionWords). */
function readPictureWords(lexicons: readonly CompiledLexicon[], kinds: ReadonlySet<EntryKind>, count: number, spans: number[], found: Entry[], langs: string[]): void {
  for (const lex of lexicons) {
    const cache = cacheOf(lex);
    // Where each kind may match next: its own matches do not overlap, another kind's may.
    const free = new Map<EntryKind, number>();
    for (let i = 0; i < count; i++) {
      let best: Map<EntryKind, [Entry, number]> | null = null;
      for (const entry of entriesFor(lex, cache, words[i]!)) {
        if (!kinds.has(entry.kind) || (free.get(entry.kind) ?? 0) > i) continue;
        const len = matchAt(lex, cache, count, i, entry);
        if (len > (best?.get(entry.kind)?.[1] ?? 0)) (best ??= new Map()).set(entry.kind, [entry, len]);
      }
      if (best) for (const [kind, [entry, len]] of best) {
        spans.push(i, i + len - 1);
        found.push(entry);
        langs.push(lex.lang);
        free.set(kind, i + len);
      }
    }
  }
}

/** The entries other than picture words, traps first (findTerms). */
function readEntries(lexicons: readonly CompiledLexicon[], count: number, spans: number[], found: Entry[]): void {
  if (!trapLengthAt || trapLengthAt.length < count) {
    trapLengthAt = new Uint8Array(Math.max(256, count * 2));
    trapStartAt = new Uint32Array(Math.max(256, count * 2));
  }
  trapLengthAt.fill(0, 0, count);
  for (const lex of lexicons) {
    const cache = cacheOf(lex);
    for (let i = 0; i < count; i++) {
      for (const entry of entriesFor(lex, cache, words[i]!)) {
        if (entry.kind !== 'trap') continue;
        const len = matchAt(lex, cache, count, i, entry);
        for (let k = 0; k < len; k++) {
          if (len <= trapLengthAt[i + k]!) continue;
          trapLengthAt[i + k] = Math.min(len, 255);
          trapStartAt![i + k] = i;
        }
      }
    }
  }
  for (const lex of lexicons) {
    const cache = cacheOf(lex);
    for (let i = 0; i < count; ) {
      const candidates = entriesFor(lex, cache, words[i]!);
      let best: Entry | null = null;
      let bestLen = 0;
      // How much of the word the best entry names: asked only when two entries tie on one word.
      let bestReach = -1;
      for (const entry of candidates) {
        if (entry.kind === 'trap' || READ_APART.has(entry.kind)) continue;
        const len = matchAt(lex, cache, count, i, entry);
        if (!len || trapBlocks(i, len)) continue;
        if (len > bestLen || !best) {
          best = entry;
          bestLen = len;
          bestReach = -1;
        } else if (len === bestLen) {
          const reach = len === 1 ? reachOf(lex, cache, words[i]!, entry) : 0;
          if (bestReach < 0) bestReach = len === 1 ? reachOf(lex, cache, words[i]!, best) : 0;
          if (wins(entry, reach, best, bestReach)) {
            best = entry;
            bestReach = reach;
          }
        }
      }
      if (best) {
        spans.push(i, i + bestLen - 1);
        found.push(best);
        i += bestLen;
      } else {
        i++;
      }
    }
  }
}

/** The found spans as hits on the original text, and the text their positions are in. */
function hitsOf(text: string, normalized: string, count: number, spans: readonly number[], found: readonly Entry[], langs: readonly string[] | null): { source: string; hits: TermHit[] } {
  const hits: TermHit[] = [];
  // Normalization keeps word boundaries, so the n-th word of the original is the n-th word here.
  let source = normalized;
  let offsets: number[] | null = null;
  if (normalized.length === text.length) source = text;
  else {
    const nfc = text.normalize('NFC');
    const positions: number[] = [];
    const word = WORD();
    word.lastIndex = 0;
    for (let m = word.exec(nfc); m; m = word.exec(nfc)) positions.push(m.index, m.index + m[0].length);
    if (positions.length === count * 2) {
      source = nfc;
      offsets = positions;
    }
  }
  for (let h = 0; h < found.length; h++) {
    const from = spans[2 * h]!;
    const to = spans[2 * h + 1]!;
    const start = offsets ? offsets[2 * from]! : starts[from]!;
    const end = offsets ? offsets[2 * to + 1]! : ends[to]!;
    const entry = found[h]!;
    // An `asWritten` entry reads the page's word only as written, not as the reading folds it.
    if (entry.written !== undefined && source.slice(start, end).toLowerCase() !== entry.written) continue;
    const hit: TermHit = { kind: entry.kind as TermHit['kind'], category: entry.category, text: source.slice(start, end), at: start };
    for (let f = 0; f < SECTION_FLAGS.length; f++) if (entry[SECTION_FLAGS[f]!]) hit[SECTION_FLAGS[f]!] = true;
    if (entry.adjectivesAfter) hit.adjectivesAfter = true;
    if (langs) hit.lang = langs[h];
    hits.push(hit);
  }
  return { source, hits };
}
