import { emptyLexicon, finishLexicon, KeyType, type CompiledLexicon, type Entry, type EntryKind, type Key } from './compile-lexicon';
import type { ImageTextContext } from './detection-types';
import { fileWords } from './file-name-words';
import { findTerms } from './find-terms';
import { LEXICON_LANGUAGES } from './lexicon-library';
import { languagesOfAnyPart } from './select-lexicons';
import { isStemRule, isStringArray } from './stored-lexicon';
import type { StemRule } from './lexicon-stemmer';
import { transliterateSlug } from './transliterate-slug';

// A first pass that needs no lexicon: the words that can start a reason to cover, in every
// language, and nothing else. A picture none of whose words (nor its page's) holds one is safe
// whatever the full reading would weigh, so it is released without loading or running the full
// lexicons. That is most pictures on most pages, and every picture of most ad frames, where
// rebuilding a lexicon and classifying cold cost more than everything else the frame runs.
//
// Sound by construction, and checked on every corpus case (trigger-words.test.ts): an entry can
// only be found where each of its words is, a verdict rests on entries of the kinds below, and
// every text the full reading reads, in every language it could select, is asked here. Traps
// are left out, so this errs towards reading.

/** Entry kinds that can, alone, raise a picture's level or make its page violent. */
export const TRIGGER_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['graphic', 'injury', 'borderline', 'evacuation', 'topic', 'warning']);

/** Bumped whenever the stored shape changes (it is part of the storage key and of the value). */
export const STORED_TRIGGERS_FORMAT = 1;

/** One language's trigger words: its stemmer's facts and its first-slot keys, by kind of key. */
export interface StoredTriggerLanguage {
  lang: string;
  rule: StemRule;
  exact: string[];
  stems: string[];
  prefixes: string[];
  heads: string[];
}

export interface StoredTriggers {
  format: typeof STORED_TRIGGERS_FORMAT;
  languages: StoredTriggerLanguage[];
}

/** What trigger words are drawn from: a compiled lexicon, or the parts of its stored form. */
export type TriggerSource = Pick<CompiledLexicon, 'lang' | 'entries' | 'rule'>;

/** The stored trigger words of lexicons (the background writes them once). */
export function toStoredTriggers(lexicons: readonly TriggerSource[]): StoredTriggers {
  const languages = lexicons.map((lex): StoredTriggerLanguage => {
    const keys = { exact: new Set<string>(), stems: new Set<string>(), prefixes: new Set<string>(), heads: new Set<string>() };
    const byType: Partial<Record<KeyType, Set<string>>> = {
      [KeyType.Exact]: keys.exact,
      [KeyType.Stem]: keys.stems,
      [KeyType.Prefix]: keys.prefixes,
      [KeyType.Head]: keys.heads,
    };
    const setOf = (key: Key): Set<string> | undefined => byType[key.type];
    const add = (slot: readonly Key[]) => {
      for (const key of slot) setOf(key)?.add(key.text);
    };
    const triggers = lex.entries.filter((entry) => TRIGGER_KINDS.has(entry.kind));
    // One-word entries first: a longer entry one of whose slots those words already answer
    // (every alternative of it) needs nothing more, so "the" of "the bodies" is never a key.
    for (const entry of triggers) if (entry.slots.length === 1) add(entry.slots[0]!);
    for (const entry of triggers) {
      if (entry.slots.length === 1) continue;
      const answered = entry.slots.some((slot, i) => slot.length > 0 && (i === 0 || slot.every((key) => key.type !== KeyType.Head)) && slot.every((key) => setOf(key)?.has(key.text)));
      if (!answered) add(rarestSlot(entry.slots));
    }
    const { inflection, endings, proclitics, minStem } = lex.rule;
    return {
      lang: lex.lang,
      rule: { inflection, endings: [...endings], proclitics: [...proclitics], minStem },
      exact: [...keys.exact],
      stems: [...keys.stems],
      prefixes: [...keys.prefixes],
      heads: [...keys.heads],
    };
  });
  return { format: STORED_TRIGGERS_FORMAT, languages };
}

/**
 * The slot of an entry whose words are rarest (its shortest alternative longest): an entry is
 * found only where all its words are, so any one slot is a sound test of it, and "the bodies"
 * is better asked by "bodies" than by "the". A compound head (`-wunde`) is asked only as a first
 * word, where find-terms.ts looks it up the same way; a wildcard slot never.
 */
function rarestSlot(slots: readonly (readonly Key[])[]): readonly Key[] {
  let best: readonly Key[] = slots[0] ?? [];
  let bestLength = -1;
  slots.forEach((slot, i) => {
    if (!slot.length || slot.some((key) => key.type === KeyType.Any || (i > 0 && key.type === KeyType.Head))) return;
    const length = Math.min(...slot.map((key) => key.text.length));
    if (length > bestLength) {
      best = slot;
      bestLength = length;
    }
  });
  return best;
}

/** Every key stands for this one entry: a one-word entry is found wherever its key is. */
const TRIGGER_ENTRIES: readonly Entry[] = Object.freeze([{ kind: 'graphic', category: null, slots: [[]] }]);

function isStoredLanguage(value: unknown): value is StoredTriggerLanguage {
  if (typeof value !== 'object' || value === null) return false;
  const { lang, rule, exact, stems, prefixes, heads } = value as Record<string, unknown>;
  return (
    typeof lang === 'string' && LEXICON_LANGUAGES.includes(lang) && typeof rule === 'object' && rule !== null && isStemRule(rule) &&
    isStringArray(exact) && isStringArray(stems) && isStringArray(prefixes) && isStringArray(heads)
  );
}

/** One language's trigger words as a lexicon findTerms can read. */
function triggerLexicon(stored: StoredTriggerLanguage): CompiledLexicon {
  const out = emptyLexicon(stored.lang, stored.rule);
  const put = (map: Map<string, Entry[]>, keys: string[], lengths?: number[]) => {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      // One shared bucket: find-terms.ts copies a bucket before it adds to it.
      map.set(key, TRIGGER_ENTRIES as Entry[]);
      if (lengths && !lengths.includes(key.length)) lengths.push(key.length);
    }
  };
  put(out.exact, stored.exact);
  put(out.stems, stored.stems);
  put(out.prefixes, stored.prefixes, out.prefixLengths);
  put(out.heads, stored.heads, out.headLengths);
  return finishLexicon(out);
}

/**
 * The trigger words of every language, each built into a lexicon only when a text is first
 * asked in it: an English ad frame builds English's, not the seven others.
 */
export class TriggerWords {
  readonly #stored: ReadonlyMap<string, StoredTriggerLanguage>;
  readonly #built = new Map<string, CompiledLexicon>();
  /** One array per choice of languages: find-terms.ts keeps its memory of texts per array. */
  readonly #chosen = new Map<string, CompiledLexicon[]>();

  constructor(stored: ReadonlyMap<string, StoredTriggerLanguage>) {
    this.#stored = stored;
  }

  get languages(): string[] {
    return [...this.#stored.keys()];
  }

  /** The lexicons of `langs` (languages without trigger words are left out). */
  in(langs: readonly string[]): CompiledLexicon[] {
    const key = langs.join();
    let out = this.#chosen.get(key);
    if (!out) {
      out = [];
      for (const lang of langs) {
        const stored = this.#stored.get(lang);
        if (!stored) continue;
        let lex = this.#built.get(lang);
        if (!lex) this.#built.set(lang, (lex = triggerLexicon(stored)));
        out.push(lex);
      }
      this.#chosen.set(key, out);
    }
    return out;
  }
}

/**
 * The trigger words from their stored form (JSON text or parsed), every language checked now and
 * built when first asked, or null when the value is not one. Never throws.
 */
export function fromStoredTriggers(raw: unknown): TriggerWords | null {
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (typeof value !== 'object' || value === null) return null;
    const stored = value as Record<string, unknown>;
    if (stored.format !== STORED_TRIGGERS_FORMAT || !Array.isArray(stored.languages)) return null;
    const byLang = new Map<string, StoredTriggerLanguage>();
    for (const language of stored.languages as unknown[]) {
      if (!isStoredLanguage(language)) return null;
      byLang.set(language.lang, language);
    }
    // Every language the full reading could select must be asked, or a quiet answer is not sound.
    return LEXICON_LANGUAGES.every((lang) => byLang.has(lang)) ? new TriggerWords(byLang) : null;
  } catch {
    return null;
  }
}

/** Sentences and lines (any cut between words would do; these come back as captions and paragraphs). */
const PARTS = /[^.!?؟。\n]+[.!?؟。\n]*/g;

/** Whether `text`, on a page in `pageLang`, holds a trigger word in a language the full reading could read it in. */
export function textHasTrigger(text: string | undefined, triggers: TriggerWords, pageLang?: string): boolean {
  if (!text) return false;
  const lexicons = triggers.in(languagesOfAnyPart(text, pageLang));
  if (!lexicons.length) return false;
  // Sentence by sentence, so an article about violence is answered at its first such word, not
  // read to the end. Each key is one word, so cutting between words changes nothing.
  for (const part of text.match(PARTS) ?? []) if (findTerms(part, lexicons).length > 0) return true;
  return false;
}

/** The picture's own texts, as the full reading reads them (its file name's words too). */
function pictureTexts(image: ImageTextContext, pageLang: string | undefined): (string | undefined)[] {
  const slug = fileWords(image.fileName);
  return [
    image.caption, image.alt, image.title, image.aria, image.credit, image.before, image.after, image.heading, slug,
    slug ? transliterateSlug(slug, pageLang) : undefined,
  ];
}

/** Whether any of the picture's words, on a page in `pageLang`, holds a trigger word. */
export function pictureHasTrigger(image: ImageTextContext, triggers: TriggerWords, pageLang?: string): boolean {
  return pictureTexts(image, pageLang).some((text) => textHasTrigger(text, triggers, pageLang));
}
