import type { Category } from './detection-types';
import type { LexiconData, TermList } from './lexicons/lexicon-types';
import { normalizeText } from './normalize-text';
import { stripArabic, stripSuffix } from './stem-word';

/** How strongly a matched entry speaks: graphic > injury > borderline > topic; the rest are flags. */
export type EntryKind = 'graphic' | 'injury' | 'borderline' | 'evacuation' | 'topic' | 'trap' | 'fiction' | 'nonDepiction';

/** A word slot: alternatives, each a key such as `S:tortur`, `=hanged`, `P:folter`, `H:wund`, `*`. */
export type Slot = readonly string[];

export interface Entry {
  kind: EntryKind;
  category: Category | null;
  slots: readonly Slot[];
}

export interface CompiledLexicon {
  lang: string;
  stem(word: string): string;
  /** Entries by every key their first slot accepts. */
  first: Map<string, Entry[]>;
  /** Lengths of `P:` and `H:` keys present, so lookups try only those slices. */
  prefixLengths: number[];
  headLengths: number[];
  prefixAll: boolean;
  /** The language's endings, and '' first, for finding compound heads under an ending. */
  endings: string[];
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function endingsOf(data: LexiconData): string[] {
  const endings = (data.endings ?? '').split(' ').filter(Boolean).map(normalizeText);
  return endings.sort((a, b) => b.length - a.length);
}

function makeStemmer(data: LexiconData): (word: string) => string {
  const endings = endingsOf(data);
  const min = data.minStem;
  if (data.inflection === 'arabic') {
    const proclitics = (data.proclitics ?? '').split(' ').filter(Boolean).map(normalizeText);
    proclitics.sort((a, b) => b.length - a.length);
    return (w) => stripArabic(w, proclitics, endings, min);
  }
  if (data.inflection === 'prefix') return (w) => w;
  return (w) => stripSuffix(w, endings, min);
}

/** Turn one written word (with its `=`/`-` marks) into the keys of one or more slots. */
function wordToSlots(word: string, data: LexiconData, stem: (w: string) => string): string[][] {
  if (word === '*') return [['*']];
  const alternatives = word.split('/');
  // A hyphen inside a word ("blood-soaked") is a word break, as it is for page text.
  const split = alternatives.map((alt) => {
    const exact = alt.startsWith('=');
    const head = alt.startsWith('-');
    const modifier = alt.endsWith('-') && alt.length > 1;
    const core = normalizeText(alt.replace(/^[=-]|-$/g, ''));
    const parts = core.match(WORD) ?? [];
    return parts.map((part, i) => {
      const last = i === parts.length - 1;
      if (exact) return `=${part}`;
      if (head && i === 0) return `H:${part}`;
      if ((modifier && last) || data.inflection === 'prefix') return `P:${part}`;
      return `S:${stem(part)}`;
    });
  });
  const width = Math.max(...split.map((s) => s.length));
  const slots: string[][] = [];
  for (let i = 0; i < width; i++) {
    slots.push([...new Set(split.map((s) => s[i]).filter((k): k is string => k !== undefined))]);
  }
  return slots;
}

function addList(
  list: string,
  kind: EntryKind,
  category: Category | null,
  data: LexiconData,
  stem: (w: string) => string,
  out: CompiledLexicon,
): void {
  for (const raw of list.split('|')) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const slots = words.flatMap((w) => wordToSlots(w, data, stem));
    if (!slots.length || !slots[0]) continue;
    const entry: Entry = { kind, category, slots };
    for (const key of slots[0]) {
      const bucket = out.first.get(key);
      if (bucket) bucket.push(entry);
      else out.first.set(key, [entry]);
      if (key.startsWith('P:') && !out.prefixLengths.includes(key.length - 2)) out.prefixLengths.push(key.length - 2);
      if (key.startsWith('H:') && !out.headLengths.includes(key.length - 2)) out.headLengths.push(key.length - 2);
    }
  }
}

function addTerms(terms: TermList, kind: EntryKind, data: LexiconData, stem: (w: string) => string, out: CompiledLexicon) {
  for (const [category, list] of Object.entries(terms)) {
    if (list) addList(list, kind, category as Category, data, stem, out);
  }
}

export function compileLexicon(data: LexiconData): CompiledLexicon {
  const stem = makeStemmer(data);
  const out: CompiledLexicon = {
    lang: data.lang,
    stem,
    first: new Map(),
    prefixLengths: [],
    headLengths: [],
    prefixAll: data.inflection === 'prefix',
    endings: ['', ...endingsOf(data)],
  };
  addTerms(data.graphic, 'graphic', data, stem, out);
  addTerms(data.injury, 'injury', data, stem, out);
  addTerms(data.borderline, 'borderline', data, stem, out);
  addList(data.evacuation, 'evacuation', 'injury', data, stem, out);
  addTerms(data.topic, 'topic', data, stem, out);
  addList(data.traps, 'trap', null, data, stem, out);
  addList(data.fiction, 'fiction', null, data, stem, out);
  addList(data.nonDepiction, 'nonDepiction', null, data, stem, out);
  out.prefixLengths.sort((a, b) => b - a);
  out.headLengths.sort((a, b) => b - a);
  return out;
}
