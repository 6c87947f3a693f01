import { emptyLexicon, finishLexicon, indexKey, type CompiledLexicon, type Entry, type EntryKind, type Key, type KeyType, type Slot } from './compile-lexicon';
import { AFTER_CAP, NEARBY_CAP } from './context-caps';
import type { ImageTextContext } from './detection-types';
import { fileWords } from './file-name-words';
import { findTerms } from './find-terms';
import { LEXICON_LANGUAGES } from './lexicon-library';
import { hasMarks, plainWord } from './plain-lexicon';
import { NON_ASCII } from './normalize-text';
import { languagesOfAnyPart } from './select-lexicons';
import type { StemRule } from './lexicon-stemmer';
import { isStemRule } from './stored-lexicon';
import { transliterateSlug } from './transliterate-slug';

// A first pass that needs no full lexicon: the entries that can start a reason to cover, in
// every language, and nothing else. A picture none of whose words (nor its page's) holds one is
// safe whatever the full reading would weigh, so it is released without loading or running the
// full lexicons. That is most pictures on most pages, and every picture of most ad frames, where
// rebuilding a lexicon and classifying cold cost more than everything else the frame runs.
//
// Whole entries, not single words: "human remains" is asked as both words, so "differences
// remained" or "his young squad" in an ordinary article do not make it a page to read in full.
// Sound by construction, and checked on every corpus case (trigger-words.test.ts): findTerms
// reads an entry only where all its words are, any trigger the full reading finds in a text is
// found here too (this lexicon has no entry that could take its words first, and no traps, which
// could swallow them only in a language the full reading would not select), and every text the
// full reading reads, in every language it could select, is asked here whole or inside a longer
// text. So this errs towards reading.

/**
 * Entry kinds that can, alone, raise a picture's level or make its page violent, and a bone no word
 * says whose, which the place a page names makes human remains (whose-bones.ts, round 174).
 */
export const TRIGGER_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['graphic', 'injury', 'borderline', 'evacuation', 'treated', 'topic', 'warning', 'restrained', 'bones']);

/** Bumped whenever the stored shape changes (it is part of the storage key and of the value). */
export const STORED_TRIGGERS_FORMAT = 2;

/**
 * One language's trigger entries: its stemmer's facts and, one line per entry, its word slots
 * (alternatives split by "/", each key its type's digit and its text). Neither kind nor category
 * is kept: any trigger found sends the picture to the full reading. ~38 KB for all eight
 * languages, against ~250 KB as stored lexicons, which storage took 11–19 ms to hand over.
 */
export interface StoredTriggerLanguage {
  lang: string;
  rule: StemRule;
  entries: string;
}

export interface StoredTriggers {
  format: typeof STORED_TRIGGERS_FORMAT;
  languages: StoredTriggerLanguage[];
}

/** What trigger words are drawn from: a compiled lexicon, or the parts of its stored form. */
export type TriggerSource = Pick<CompiledLexicon, 'lang' | 'entries' | 'rule'>;

const SLOT_BREAK = ' ';
const ALTERNATIVE_BREAK = '/';

/** The stored trigger words of lexicons (the background writes them once). */
export function toStoredTriggers(lexicons: readonly TriggerSource[]): StoredTriggers {
  const languages = lexicons.map((lex): StoredTriggerLanguage => {
    const lines = new Set<string>();
    for (const entry of lex.entries) {
      if (!TRIGGER_KINDS.has(entry.kind)) continue;
      lines.add(entry.slots.map((slot) => slot.map((key) => `${key.type}${key.text}`).join(ALTERNATIVE_BREAK)).join(SLOT_BREAK));
    }
    const { inflection, endings, proclitics, minStem } = lex.rule;
    return { lang: lex.lang, rule: { inflection, endings: [...endings], proclitics: [...proclitics], minStem }, entries: [...lines].join('\n') };
  });
  return { format: STORED_TRIGGERS_FORMAT, languages };
}

function isStoredLanguage(value: unknown): value is StoredTriggerLanguage {
  if (typeof value !== 'object' || value === null) return false;
  const { lang, rule, entries } = value as Record<string, unknown>;
  return typeof lang === 'string' && LEXICON_LANGUAGES.includes(lang) && typeof rule === 'object' && rule !== null && isStemRule(rule) && typeof entries === 'string';
}

/** One written slot's keys (checked beforehand: triggerLexicon). */
function keysOf(slot: string): Key[] {
  const keys: Key[] = [];
  const alternatives = slot.split(ALTERNATIVE_BREAK);
  for (let k = 0; k < alternatives.length; k++) keys.push({ type: (alternatives[k]!.charCodeAt(0) - 48) as KeyType, text: alternatives[k]!.slice(1) });
  return keys;
}

/**
 * A trigger entry whose slots are read from its stored line when first asked: findTerms reads
 * them only where a text holds a word of the first slot, and most entries are met on no page.
 * Building every entry's slots cold was the largest part of a page's first pass: English's took
 * 8–11 ms of thread CPU in a fresh page, ~5 ms so (PERFORMANCE.md, twenty-third session).
 */
class StoredEntry implements Entry {
  readonly kind = 'graphic';
  readonly category = null;
  readonly #line: string;
  #slots: Key[][] | undefined;

  constructor(line: string) {
    this.#line = line;
  }

  get slots(): readonly Slot[] {
    return (this.#slots ??= this.#line.split(SLOT_BREAK).map(keysOf));
  }
}

/**
 * One language's trigger entries as a lexicon findTerms can read, or null where a line is not an
 * entry. Only the first slot of each line is read now (it is the index); every key of every line
 * is checked now, by one expression (a key is its type's digit, then its text), so no entry
 * fails later.
 */
export function triggerLexicon(stored: StoredTriggerLanguage): CompiledLexicon | null {
  if (/(?:^|[ /])(?![0-4])/m.test(stored.entries)) return null;
  const out = emptyLexicon(stored.lang, stored.rule);
  const lines = stored.entries.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const entry = new StoredEntry(lines[i]!);
    out.entries.push(entry);
    const first = keysOf(lines[i]!.split(SLOT_BREAK, 1)[0]!);
    for (let k = 0; k < first.length; k++) indexKey(out, first[k]!, entry);
  }
  return finishLexicon(out);
}

/**
 * The stored entries as a text without marks writes them (plain-lexicon.ts), every key's marks
 * dropped from the stored text at once, so its lines stay unsplit until a text needs them. Short
 * one-word keys lose their marks here too (plain-lexicon.ts keeps them): more texts are read in
 * full, none fewer.
 */
function plainStored({ lang, rule, entries }: StoredTriggerLanguage): StoredTriggerLanguage {
  return { lang, rule: { ...rule, endings: rule.endings.map((e) => plainWord(e, lang)) }, entries: plainWord(entries, lang) };
}

/**
 * The trigger entries of every language, each built into a lexicon only when a text is first
 * asked in it: an English ad frame builds English's, not the seven others.
 */
export class TriggerWords {
  readonly #stored: ReadonlyMap<string, StoredTriggerLanguage>;
  /** Built lexicons; null where a stored language turned out unreadable (then its texts are read in full). */
  readonly #built = new Map<string, CompiledLexicon | null>();
  /** One array per choice of languages: find-terms.ts keeps its memory of texts per array. */
  readonly #chosen = new Map<string, CompiledLexicon[] | null>();

  constructor(stored: ReadonlyMap<string, StoredTriggerLanguage>) {
    this.#stored = stored;
  }

  /**
   * The lexicons of `langs`, or null when one of them cannot be built (nothing can be ruled out).
   * For `plain` texts (no letter outside ASCII) their plain copies alone: such a text is read with
   * nothing else (find-terms.ts), so an ad frame with no declared language builds five plain
   * copies and not ten lexicons.
   */
  in(langs: readonly string[], plain = false): CompiledLexicon[] | null {
    const key = plain + langs.join();
    const chosen = this.#chosen.get(key);
    if (chosen !== undefined) return chosen;
    let out: CompiledLexicon[] | null = [];
    for (const lang of langs) {
      const lex = this.#lexicon(lang, plain);
      if (lex === undefined) continue;
      if (!lex) {
        out = null;
        break;
      }
      out.push(lex);
    }
    this.#chosen.set(key, out);
    return out;
  }

  /** A language's lexicon or its plain copy, built once; the copy is the lexicon where no key has a mark. */
  #lexicon(lang: string, plain: boolean): CompiledLexicon | null | undefined {
    const stored = this.#stored.get(lang);
    if (!stored) return undefined;
    const id = plain ? `${lang}+` : lang;
    let lex = this.#built.get(id);
    if (lex === undefined) {
      lex = plain && !hasMarks(stored.entries) ? this.#lexicon(lang, false)! : this.#build(stored, plain);
      this.#built.set(id, lex);
    }
    return lex;
  }

  /** A language's lexicon or its plain copy from the stored text, telling plainLexicon where its copy is. */
  #build(stored: StoredTriggerLanguage, plain: boolean): CompiledLexicon | null {
    const lex = triggerLexicon(plain ? plainStored(stored) : stored);
    if (lex) lex.plain = plain ? () => lex : () => this.#lexicon(stored.lang, true) ?? lex;
    return lex;
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

/**
 * Whether `text`, on a page in `pageLang`, holds a trigger entry in a language the full reading
 * could read it in. Read whole: the full reading reads it or parts of it, and an entry found in
 * a part is found in the whole.
 */
export function textHasTrigger(text: string | undefined, triggers: TriggerWords, pageLang?: string): boolean {
  return !!text && linesHaveTrigger([text], text, triggers, pageLang);
}

/**
 * Whether any of `lines` holds a trigger entry, read in every language the full reading could
 * read `whole` (the text they are cut from) in: languages are chosen for the whole, as the full
 * reading chooses them, and one line may be English only because another one is.
 */
function linesHaveTrigger(lines: readonly string[], whole: string, triggers: TriggerWords, pageLang?: string): boolean {
  const lexicons = triggers.in(languagesOfAnyPart(whole, pageLang), !NON_ASCII().test(whole));
  if (!lexicons) return true;
  if (!lexicons.length) return false;
  for (const line of lines) if (line && findTerms(line, lexicons).length > 0) return true;
  return false;
}

/**
 * Whether the page's title, description or article holds a trigger entry. The full reading reads
 * the title and description joined (read-surroundings.ts), so they are asked joined; the article
 * line by line (it reads the article's sentences, and no sentence spans two paragraphs), so an
 * article about violence is answered at its first such line, not read to the end.
 */
export function pageHasTrigger(page: { title?: string; description?: string; text?: string }, triggers: TriggerWords, pageLang?: string): boolean {
  const head = [page.title, page.description].filter(Boolean).join('. ');
  if (textHasTrigger(head, triggers, pageLang)) return true;
  return !!page.text && linesHaveTrigger(page.text.split('\n'), page.text, triggers, pageLang);
}

/** The picture's own texts, as the full reading reads them (its file name's words too). */
function pictureTexts(image: ImageTextContext, pageLang: string | undefined): (string | undefined)[] {
  const slug = fileWords(image.fileName);
  return [
    image.caption, image.alt, image.title, image.aria, image.credit, image.before?.slice(-NEARBY_CAP), image.after?.slice(0, AFTER_CAP), image.heading, slug,
    slug ? transliterateSlug(slug, pageLang) : undefined,
  ];
}

/** Whether any of the picture's words, on a page in `pageLang`, holds a trigger word. */
export function pictureHasTrigger(image: ImageTextContext, triggers: TriggerWords, pageLang?: string): boolean {
  return pictureTexts(image, pageLang).some((text) => textHasTrigger(text, triggers, pageLang));
}
