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
  type Key,
} from './compile-lexicon';
import type { StemRule } from './lexicon-stemmer';
import type { LexiconData } from './lexicons/lexicon-types';

// A compiled lexicon as plain JSON, so the content script can take it ready-made from
// storage.local instead of bundling every language's data and compiling it on every page.
// Rebuilding from this form only allocates entries and fills maps: no normalizing, no stemming.

/**
 * Bumped whenever the stored shape changes. It is part of the storage key and of the value, so
 * an updated extension never reads a form written by an older one (it asks for a fresh one).
 */
export const STORED_LEXICON_FORMAT = 1;

/**
 * One entry: its kind, its category ('' for none), its slots, and 1 when it names a visible
 * corpse. A slot is a list of keys, each written as the KeyType digit followed by the key text
 * ("2tortur" is the stem "tortur", "0" is any word).
 */
export type StoredEntry = [kind: EntryKind, category: Category | '', slots: string[][], explicit?: 1];

export interface StoredLexicon {
  format: typeof STORED_LEXICON_FORMAT;
  lang: string;
  inflection: StemRule['inflection'];
  endings: string[];
  proclitics: string[];
  minStem: number;
  /** In compile order: the index maps are rebuilt from them in this order. */
  entries: StoredEntry[];
}

const ENTRY_KINDS: ReadonlySet<string> = new Set<EntryKind>([
  'graphic', 'injury', 'borderline', 'evacuation', 'topic', 'trap', 'fiction', 'sport', 'nonDepiction', 'document', 'depicts',
]);
const CATEGORY_SET: ReadonlySet<string> = new Set<string>(CATEGORIES);
const INFLECTIONS: ReadonlySet<string> = new Set<StemRule['inflection']>(['suffix', 'prefix', 'arabic']);
const ZERO = 48; // '0'
const LAST_KEY_TYPE = KeyType.Head;

function isCompiled(source: CompiledLexicon | LexiconData): source is CompiledLexicon {
  return typeof (source as CompiledLexicon).stem === 'function';
}

export function toStoredLexicon(source: CompiledLexicon | LexiconData): StoredLexicon {
  const lex = isCompiled(source) ? source : compileLexicon(source);
  return {
    format: STORED_LEXICON_FORMAT,
    lang: lex.lang,
    inflection: lex.rule.inflection,
    endings: [...lex.rule.endings],
    proclitics: [...lex.rule.proclitics],
    minStem: lex.rule.minStem,
    entries: lex.entries.map((entry): StoredEntry => {
      const slots = entry.slots.map((slot) => slot.map((key) => `${key.type}${key.text}`));
      const category = entry.category ?? '';
      return entry.explicit ? [entry.kind, category, slots, 1] : [entry.kind, category, slots];
    }),
  };
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

/** The slots of a stored entry, or null when any part is malformed. */
function slotsOf(raw: unknown): Key[][] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const slots: Key[][] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const rawSlot: unknown = raw[i];
    if (!Array.isArray(rawSlot) || rawSlot.length === 0) return null;
    const slot: Key[] = new Array(rawSlot.length);
    for (let k = 0; k < rawSlot.length; k++) {
      const text: unknown = rawSlot[k];
      if (typeof text !== 'string') return null;
      const type = text.charCodeAt(0) - ZERO;
      if (!(type >= KeyType.Any && type <= LAST_KEY_TYPE)) return null;
      slot[k] = { type: type as KeyType, text: text.slice(1) };
    }
    slots[i] = slot;
  }
  return slots;
}

/**
 * A compiled lexicon rebuilt from its stored form, or null when the value is not one (missing,
 * corrupt, truncated, or written in another format): the caller then asks for a fresh copy.
 * Never throws. Runs on every page load, so it checks shapes while it builds, in one pass.
 */
export function fromStoredLexicon(raw: unknown): CompiledLexicon | null {
  try {
    if (typeof raw !== 'object' || raw === null) return null;
    const stored = raw as Partial<Record<keyof StoredLexicon, unknown>>;
    const { format, lang, inflection, endings, proclitics, minStem, entries } = stored;
    if (format !== STORED_LEXICON_FORMAT || typeof lang !== 'string' || !lang) return null;
    if (typeof inflection !== 'string' || !INFLECTIONS.has(inflection)) return null;
    if (!isStringArray(endings) || !isStringArray(proclitics)) return null;
    if (typeof minStem !== 'number' || !Number.isInteger(minStem) || minStem < 0) return null;
    if (!Array.isArray(entries) || entries.length === 0) return null;
    const rule: StemRule = { inflection: inflection as StemRule['inflection'], endings, proclitics, minStem };
    const out = emptyLexicon(lang, rule);
    for (const item of entries as unknown[]) {
      if (!Array.isArray(item) || item.length < 3 || item.length > 4) return null;
      const [kind, category, rawSlots, explicit] = item as unknown[];
      if (typeof kind !== 'string' || !ENTRY_KINDS.has(kind)) return null;
      if (typeof category !== 'string' || (category !== '' && !CATEGORY_SET.has(category))) return null;
      if (explicit !== undefined && explicit !== 1) return null;
      const slots = slotsOf(rawSlots);
      if (!slots) return null;
      const entry: Entry = { kind: kind as EntryKind, category: (category || null) as Category | null, slots };
      if (explicit === 1) entry.explicit = true;
      indexEntry(out, entry);
    }
    return finishLexicon(out);
  } catch {
    return null;
  }
}
