import type { Category } from './detection-types';
import type { CompiledLexicon, Entry, EntryKind } from './compile-lexicon';
import { normalizeText } from './normalize-text';

/** One lexicon entry found in a text. */
export interface TermHit {
  kind: Exclude<EntryKind, 'trap'>;
  category: Category | null;
  /** The matched words as written in the page (original case where it could be kept). */
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(normalized: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(normalized); m; m = WORD.exec(normalized)) {
    tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Per-language stem cache: page words repeat a lot, stemming them once is enough. */
const stemCaches = new WeakMap<CompiledLexicon, Map<string, string>>();
function stemOf(lex: CompiledLexicon, word: string): string {
  let cache = stemCaches.get(lex);
  if (!cache) stemCaches.set(lex, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    if (cache.size > 20_000) cache.clear();
    s = lex.stem(word);
    cache.set(word, s);
  }
  return s;
}

function keyMatches(lex: CompiledLexicon, word: string, key: string): boolean {
  if (key === '*') return true;
  const c = key.charCodeAt(0);
  if (c === 61 /* = */) return word === key.slice(1);
  const body = key.slice(2);
  if (c === 83 /* S */) return stemOf(lex, word) === body;
  if (c === 80 /* P */) return word.startsWith(body);
  // H: a compound head after a modifier of at least three letters, under one of the endings.
  for (const ending of lex.endings) {
    if (!word.endsWith(ending)) continue;
    const base = ending ? word.slice(0, word.length - ending.length) : word;
    if (base.length >= body.length + 3 && base.endsWith(body)) return true;
  }
  return false;
}

function candidates(lex: CompiledLexicon, word: string, out: Entry[][]): void {
  out.length = 0;
  const push = (key: string) => {
    const found = lex.first.get(key);
    if (found) out.push(found);
  };
  push(`=${word}`);
  push(`S:${stemOf(lex, word)}`);
  for (const len of lex.prefixLengths) if (len <= word.length) push(`P:${word.slice(0, len)}`);
  if (lex.headLengths.length && word.length >= 7) {
    for (const ending of lex.endings) {
      if (!word.endsWith(ending)) continue;
      const base = ending ? word.slice(0, word.length - ending.length) : word;
      for (const len of lex.headLengths) if (base.length >= len + 3) push(`H:${base.slice(base.length - len)}`);
    }
  }
}

/** Length in tokens of `entry` matched at token `i`, or 0. */
function matchAt(lex: CompiledLexicon, tokens: Token[], i: number, entry: Entry): number {
  const n = entry.slots.length;
  if (i + n > tokens.length) return 0;
  for (let k = 1; k < n; k++) {
    const word = tokens[i + k]!.word;
    if (!entry.slots[k]!.some((key) => keyMatches(lex, word, key))) return 0;
  }
  return n;
}

const buckets: Entry[][] = [];
/** At equal length the stronger reading wins ("wounded" is both an injury word and a topic word). */
const RANK: Record<EntryKind, number> = {
  graphic: 6,
  injury: 5,
  borderline: 4,
  evacuation: 4,
  topic: 3,
  nonDepiction: 2,
  fiction: 1,
  trap: 0,
};

/**
 * Every entry of the given lexicons found in `text`, left to right. A trap that starts at a word
 * wins over the terms starting there and swallows its words ("bodies of water").
 */
export function findTerms(text: string, lexicons: readonly CompiledLexicon[]): TermHit[] {
  const hits: TermHit[] = [];
  if (!text) return hits;
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized);
  // Normalization keeps word boundaries, so the n-th word of the original is the n-th word here.
  let original: Token[] | null = null;
  const asWritten = (from: number, to: number): string => {
    if (normalized.length === text.length) return text.slice(tokens[from]!.start, tokens[to]!.end);
    original ??= tokenize(text.normalize('NFC'));
    if (original.length !== tokens.length) return normalized.slice(tokens[from]!.start, tokens[to]!.end);
    const nfc = text.normalize('NFC');
    return nfc.slice(original[from]!.start, original[to]!.end);
  };
  for (const lex of lexicons) {
    for (let i = 0; i < tokens.length; ) {
      candidates(lex, tokens[i]!.word, buckets);
      let trapLen = 0;
      let best: Entry | null = null;
      let bestLen = 0;
      for (const bucket of buckets) {
        for (const entry of bucket) {
          const len = matchAt(lex, tokens, i, entry);
          if (!len) continue;
          if (entry.kind === 'trap') trapLen = Math.max(trapLen, len);
          else if (len > bestLen || (len === bestLen && best && RANK[entry.kind] > RANK[best.kind])) {
            best = entry;
            bestLen = len;
          }
        }
      }
      if (trapLen) {
        i += trapLen;
        continue;
      }
      if (best) {
        hits.push({ kind: best.kind as TermHit['kind'], category: best.category, text: asWritten(i, i + bestLen - 1) });
        i += bestLen;
        continue;
      }
      i++;
    }
  }
  return hits;
}
