import type { Category } from './detection-types';
import { LEXICON_SECTIONS, SECTION_FLAGS, type EntryKind, type LexiconSection, type SectionFlags } from './lexicon-sections';
import type { LexiconData } from './lexicons/lexicon-types';
import { makeStemmer, stemRuleOf, type StemRule } from './lexicon-stemmer';
import { normalizeText } from './normalize-text';
import { stemAlternationsFor } from './stem-word';
import { lazy } from '../lazy-regexp';

export type { EntryKind };

/** How one alternative of a word slot matches a page word. */
export const KeyType = { Any: 0, Exact: 1, Stem: 2, Prefix: 3, Head: 4 } as const;
export type KeyType = (typeof KeyType)[keyof typeof KeyType];
export interface Key {
  type: KeyType;
  text: string;
}
/** A word slot: alternatives, e.g. stem "tortur", exact "hanged", prefix "folter", head "wunde", any. */
export type Slot = readonly Key[];

export interface Entry extends SectionFlags {
  kind: EntryKind;
  category: Category | null;
  slots: readonly Slot[];
  /** A thing (the `not-human` section) of a language whose adjectives follow the noun (`adjectives: after`). */
  adjectivesAfter?: boolean;
  /** The page's word as it must be written, lower-cased (an `asWritten` section's entry; find-terms.ts). */
  written?: string;
}

export interface CompiledLexicon {
  lang: string;
  stem(word: string): string;
  /** What `stem` is made of, kept so the lexicon can be stored and rebuilt (stored-lexicon.ts). */
  rule: StemRule;
  /** Every entry in compile order; the maps below index them, and are rebuilt from them. */
  entries: Entry[];
  /** Entries by every key their first slot accepts, one map per kind of key. */
  exact: Map<string, Entry[]>;
  stems: Map<string, Entry[]>;
  prefixes: Map<string, Entry[]>;
  heads: Map<string, Entry[]>;
  /** Lengths of `P:` and `H:` keys present, so lookups try only those slices. */
  prefixLengths: number[];
  headLengths: number[];
  prefixAll: boolean;
  /** The language's endings, and '' first, for finding compound heads under an ending. */
  endings: string[];
  /** Makes the copy a text without marks is read with, where that is cheaper than from `entries` (plain-lexicon.ts). */
  plain?: () => CompiledLexicon;
}

const WORD = lazy(() => /[\p{L}\p{M}\p{N}]+/gu);

const ANY: Key = { type: KeyType.Any, text: '' };
type Alternations = NonNullable<ReturnType<typeof stemAlternationsFor>>;

/** Turn one written word (with its `=`/`-` marks) into the keys of one or more slots. */
function wordToSlots(word: string, data: LexiconData, stem: (w: string) => string, alternations: Alternations | null): Key[][] {
  if (word === '*') return [[ANY]];
  const alternatives = word.split('/');
  // A hyphen inside a word ("blood-soaked") is a word break, as it is for page text.
  const split = alternatives.flatMap((alt) => {
    const exact = alt.startsWith('=');
    const head = alt.startsWith('-');
    const modifier = alt.endsWith('-') && alt.length > 1;
    const core = normalizeText(alt.replace(/^[=-]|-$/g, ''));
    const parts = core.match(WORD()) ?? [];
    const keysOf = (stemOf: (w: string) => string) =>
      parts.map((part, i): Key => {
        const last = i === parts.length - 1;
        if (exact) return { type: KeyType.Exact, text: part };
        if (head && i === 0) return { type: KeyType.Head, text: part };
        if ((modifier && last) || data.inflection === 'prefix') return { type: KeyType.Prefix, text: part };
        return { type: KeyType.Stem, text: stemOf(part) };
      });
    // Arabic: a word whose first letter is also a proclitic (كدمات، بقايا، فيروس) loses that
    // letter when stemmed bare, but keeps it after the article or a preposition (الكدمات، بكدمات),
    // where the proclitic stripped is the real one: the stem it has after the article stands too.
    if (data.inflection !== 'arabic') return [keysOf(stem)];
    return [keysOf(stem), keysOf((part) => stem(`ال${part}`))];
  });
  const width = Math.max(...split.map((s) => s.length));
  const slots: Key[][] = [];
  for (let i = 0; i < width; i++) {
    const seen = new Set<string>();
    const slot: Key[] = [];
    for (const s of split) {
      const k = s[i];
      if (k && !seen.has(`${k.type}:${k.text}`)) {
        seen.add(`${k.type}:${k.text}`);
        slot.push(k);
      }
    }
    // A stem's forms that no stripped ending reaches (Turkish cesed for ceset, Ukrainian кісток
    // for кістк: stem-word.ts) stand in the same slot.
    if (alternations) {
      for (const k of [...slot]) {
        if (k.type !== KeyType.Prefix && k.type !== KeyType.Stem) continue;
        for (const text of alternations(k.text, k.type === KeyType.Prefix ? 'prefix' : 'stem')) {
          if (seen.has(`${k.type}:${text}`)) continue;
          seen.add(`${k.type}:${text}`);
          slot.push({ type: k.type, text });
        }
      }
    }
    slots.push(slot);
  }
  return slots;
}

/** A lexicon with no entries yet; fill it with indexEntry, then finishLexicon. */
export function emptyLexicon(lang: string, rule: StemRule): CompiledLexicon {
  return {
    lang,
    stem: makeStemmer(rule),
    rule,
    entries: [],
    exact: new Map(),
    stems: new Map(),
    prefixes: new Map(),
    heads: new Map(),
    prefixLengths: [],
    headLengths: [],
    prefixAll: rule.inflection === 'prefix',
    endings: ['', ...rule.endings],
  };
}

/**
 * Add an entry under every key of its first slot. Compiling and rebuilding a stored lexicon
 * both index through here, in entry order, so their buckets list entries in the same order.
 */
export function indexEntry(out: CompiledLexicon, entry: Entry): void {
  out.entries.push(entry);
  const first = entry.slots[0] ?? [];
  // An indexed loop: this also runs cold on every page (stored-lexicon.ts).
  for (let i = 0; i < first.length; i++) indexKey(out, first[i]!, entry);
}

/** File `entry` under one key of its first slot (trigger-words.ts indexes entries whose other slots are not read yet). */
export function indexKey(out: CompiledLexicon, { type, text }: Key, entry: Entry): void {
  const map = mapFor(out, type);
  if (!map) return;
  const bucket = map.get(text);
  if (bucket) bucket.push(entry);
  else map.set(text, [entry]);
  const len = text.length;
  if (type === KeyType.Prefix && !out.prefixLengths.includes(len)) out.prefixLengths.push(len);
  if (type === KeyType.Head && !out.headLengths.includes(len)) out.headLengths.push(len);
}

export function finishLexicon(out: CompiledLexicon): CompiledLexicon {
  out.prefixLengths.sort((a, b) => b - a);
  out.headLengths.sort((a, b) => b - a);
  return out;
}

function mapFor(out: CompiledLexicon, type: KeyType): Map<string, Entry[]> | null {
  switch (type) {
    case KeyType.Exact:
      return out.exact;
    case KeyType.Stem:
      return out.stems;
    case KeyType.Prefix:
      return out.prefixes;
    case KeyType.Head:
      return out.heads;
    default:
      return null;
  }
}

/**
 * Every distinct reading of an entry whose optional words (`the/a?`) are kept or left out. Two
 * optional gaps (`*? *?`) keep one of them in two ways that read the same: one entry, not two.
 */
function withoutOptionals(words: string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) {
    if (w.length > 1 && w.endsWith('?')) {
      const kept = w.slice(0, -1);
      out = out.flatMap((o) => [o, [...o, kept]]);
    } else {
      for (const o of out) o.push(w);
    }
  }
  const seen = new Set<string>();
  return out.filter((reading) => {
    const key = reading.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The compiled entries of one written entry: one per distinct reading of its optional words. */
export function compileEntry(raw: string, section: LexiconSection, data: LexiconData, stem: (w: string) => string): Entry[] {
  const { kind, category } = section;
  // Not for things' names: Turkish puts the possessor first, so a thing's softened genitive ("bir
  // aracın içinde", in a car) would read as the noun a burn word qualifies ("kömürleşmiş bir
  // araç"), and "танок" (a dance) is no form of a tank.
  const alternations = kind === 'notHuman' ? null : stemAlternationsFor(data.lang);
  const out: Entry[] = [];
  for (const words of withoutOptionals(raw.trim().split(/\s+/).filter(Boolean))) {
    if (!words.length) continue;
    const slots = words.flatMap((w) => wordToSlots(w, data, stem, alternations));
    if (!slots.length || !slots[0]) continue;
    const entry: Entry = { kind, category, slots };
    for (const flag of SECTION_FLAGS) if (section[flag]) entry[flag] = true;
    if (kind === 'notHuman' && data.adjectives === 'after') entry.adjectivesAfter = true;
    if (section.asWritten) entry.written = words.join(' ').replace(/^=/, '').normalize('NFKC').toLowerCase();
    out.push(entry);
  }
  return out;
}

/** Every section in LEXICON_SECTIONS order (the tie-break between kinds' categories), entries in file order. */
export function compileLexicon(data: LexiconData): CompiledLexicon {
  const out = emptyLexicon(data.lang, stemRuleOf(data));
  for (const section of LEXICON_SECTIONS) {
    for (const raw of data.sections[section.name] ?? []) {
      for (const entry of compileEntry(raw, section, data, out.stem)) indexEntry(out, entry);
    }
  }
  return finishLexicon(out);
}
