import { CATEGORIES, type Category } from './detection-types';
import {
  compileLexicon,
  emptyLexicon,
  finishLexicon,
  indexEntry,
  KeyType,
  type CompiledLexicon,
  type Entry,
  type EntryKind,
} from './compile-lexicon';
import { KIND_RANK, READ_APART, SECTION_FLAGS, type RankedKind } from './lexicon-sections';
import type { StemRule } from './lexicon-stemmer';
import type { LexiconData } from './lexicons/lexicon-types';

// A compiled lexicon as plain JSON, so the content script can take it ready-made from
// storage.local instead of bundling every language's data and compiling it on every page.
//
// The stored entries have exactly the shape of the compiled ones ({kind, category, slots} with
// keys {type, text}), so rebuilding adopts the parsed objects as they are and only checks them
// and fills the lookup maps: it runs cold on every page and frame, where each allocation and
// each interpreted step counts (a compact form that had to be unpacked key by key measured
// about five times slower, cold). Storage keeps it as JSON text: one string crosses from the
// extension to the page, and the browser's native JSON.parse builds the objects.

/**
 * Bumped whenever the stored shape changes. It is part of the storage key and of the value, so
 * an updated extension never reads a form written by an older one (it asks for a fresh one).
 */
export const STORED_LEXICON_FORMAT = 23;

export interface StoredLexicon {
  format: typeof STORED_LEXICON_FORMAT;
  lang: string;
  inflection: StemRule['inflection'];
  endings: string[];
  proclitics: string[];
  minStem: number;
  /** The compiled entries in compile order: the lookup maps are rebuilt from them in this order. */
  entries: Entry[];
}

/** Every kind an entry may have: a trap, those the readings weigh, and those read apart (lexicon-sections.ts). */
const ENTRY_KINDS: ReadonlySet<unknown> = new Set<EntryKind>(['trap', ...(Object.keys(KIND_RANK) as RankedKind[]), ...READ_APART]);
const CATEGORY_SET: ReadonlySet<unknown> = new Set<Category>(CATEGORIES);
const INFLECTIONS: ReadonlySet<unknown> = new Set<StemRule['inflection']>(['suffix', 'prefix', 'arabic']);

function isCompiled(source: CompiledLexicon | LexiconData): source is CompiledLexicon {
  return typeof (source as CompiledLexicon).stem === 'function';
}

/** The stored form of a lexicon (compiled first when given its data); fresh objects throughout. */
export function toStoredLexicon(source: CompiledLexicon | LexiconData): StoredLexicon {
  const lex = isCompiled(source) ? source : compileLexicon(source);
  return {
    format: STORED_LEXICON_FORMAT,
    lang: lex.lang,
    inflection: lex.rule.inflection,
    endings: [...lex.rule.endings],
    proclitics: [...lex.rule.proclitics],
    minStem: lex.rule.minStem,
    entries: lex.entries.map((entry): Entry => {
      const slots = entry.slots.map((slot) => slot.map((key) => ({ type: key.type, text: key.text })));
      const copy: Entry = { kind: entry.kind, category: entry.category, slots };
      for (const flag of SECTION_FLAGS) if (entry[flag]) copy[flag] = true;
      if (entry.adjectivesAfter) copy.adjectivesAfter = true;
      if (entry.written !== undefined) copy.written = entry.written;
      return copy;
    }),
  };
}

// Indexed loops and no destructuring below: this runs cold, in V8's interpreter, where
// iterators cost several times an index.

export function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Whether a parsed object holds a stemmer's facts (a stored lexicon's, or a language's trigger words'). */
export function isStemRule(value: object): value is StemRule {
  const { inflection, endings, proclitics, minStem } = value as Record<string, unknown>;
  return (
    INFLECTIONS.has(inflection) &&
    isStringArray(endings) &&
    isStringArray(proclitics) &&
    typeof minStem === 'number' &&
    Number.isInteger(minStem) &&
    minStem >= 0
  );
}

/** Whether a parsed value is an entry detection can run on: every part is checked, nothing copied. */
function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (!ENTRY_KINDS.has(entry.kind)) return false;
  if (entry.category !== null && !CATEGORY_SET.has(entry.category)) return false;
  for (let f = 0; f < SECTION_FLAGS.length; f++) {
    const flag = entry[SECTION_FLAGS[f]!];
    if (flag !== undefined && flag !== true) return false;
  }
  if (entry.adjectivesAfter !== undefined && entry.adjectivesAfter !== true) return false;
  if (entry.written !== undefined && typeof entry.written !== 'string') return false;
  const slots = entry.slots;
  if (!Array.isArray(slots) || slots.length === 0) return false;
  for (let s = 0; s < slots.length; s++) {
    const slot: unknown = slots[s];
    if (!Array.isArray(slot) || slot.length === 0) return false;
    for (let k = 0; k < slot.length; k++) {
      const key: unknown = slot[k];
      if (typeof key !== 'object' || key === null) return false;
      const type = (key as Record<string, unknown>).type;
      if (typeof type !== 'number' || type !== (type | 0) || type < KeyType.Any || type > KeyType.Head) return false;
      if (typeof (key as Record<string, unknown>).text !== 'string') return false;
    }
  }
  return true;
}

/**
 * A compiled lexicon rebuilt from its stored form (the JSON text storage keeps, or the parsed
 * object, which it then owns), or null when the value is not one: missing, corrupt, truncated,
 * or written in another format; the caller then asks for a fresh copy. Never throws.
 */
export function fromStoredLexicon(raw: unknown): CompiledLexicon | null {
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (typeof value !== 'object' || value === null) return null;
    const stored = value as Record<string, unknown>;
    if (stored.format !== STORED_LEXICON_FORMAT) return null;
    const lang = stored.lang;
    const entries = stored.entries;
    const rule = { inflection: stored.inflection, endings: stored.endings, proclitics: stored.proclitics, minStem: stored.minStem };
    if (typeof lang !== 'string' || !lang || !isStemRule(rule)) return null;
    if (!Array.isArray(entries) || entries.length === 0) return null;
    const out = emptyLexicon(lang, rule);
    for (let i = 0; i < entries.length; i++) {
      const entry: unknown = entries[i];
      if (!isEntry(entry)) return null;
      indexEntry(out, entry);
    }
    return finishLexicon(out);
  } catch {
    return null;
  }
}
