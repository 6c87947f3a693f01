import type { CompiledLexicon } from './compile-lexicon';
import type { TriggerWords } from './trigger-words';

// The lexicons detection may use in this context. The content script registers what it loads
// from storage (utils/detection-store/lexicon-store.ts) and learns, as the result of each
// reading (readingLacks), which languages it wanted that were not there yet; the background, the
// reader page, Node scripts and unit tests compile from the bundled data on demand instead
// (bundled-lexicons.ts).

/** The languages Forewarn reads. A tiny constant: knowing a code costs no lexicon data. */
export const LEXICON_LANGUAGES: readonly string[] = ['en', 'ar', 'fr', 'es', 'de', 'uk', 'ru', 'tr'];

/**
 * The first pass's trigger words of every language (trigger-words.ts), once the content script
 * has them: a picture none of whose words (nor its page's) holds one is released without the
 * full lexicons. Null until registered; a context that bundles the data never needs them.
 */
let triggers: TriggerWords | null = null;

export function registerTriggerWords(next: TriggerWords): void {
  triggers = next;
  version++;
}

export function triggerWords(): TriggerWords | null {
  return triggers;
}

/** Compiles a language on demand, in contexts that bundle the data. */
export type LexiconSource = (lang: string) => CompiledLexicon | null;

const registered = new Map<string, CompiledLexicon>();
/** The readings in progress (readingLacks), innermost last: each collects what it went without. */
const readings: Set<string>[] = [];
/** Languages that could not be loaded here: no longer reported missing, so no one retries in a loop. */
const unavailable = new Set<string>();
let source: LexiconSource | null = null;
let version = 0;

export function isLexiconLanguage(lang: string): boolean {
  return LEXICON_LANGUAGES.includes(lang);
}

/** The lexicon language of a BCP 47 tag ('fr-FR' → 'fr', 'EN' → 'en'), or null when there is none. */
export function lexiconLanguageOf(tag: string | undefined): string | null {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isLexiconLanguage(base) ? base : null;
}

/** Make `lexicon` the one used for its language from now on (replacing any earlier one). */
export function registerLexicon(lexicon: CompiledLexicon): void {
  registered.set(lexicon.lang, lexicon);
  unavailable.delete(lexicon.lang);
  version++;
}

export function hasLexicon(lang: string): boolean {
  return registered.has(lang);
}

/**
 * Runs `read` (a classification, a page reading) and returns its result with the languages it
 * wanted and went without: not registered, and not given up on. Synchronous and nestable: each
 * reading gets its own list, and nothing is left behind for a later caller to pick up.
 */
export function readingLacks<T>(read: () => T): { value: T; lacking: string[] } {
  const lacking = new Set<string>();
  readings.push(lacking);
  try {
    return { value: read(), lacking: [...lacking] };
  } finally {
    readings.pop();
  }
}

/** `lang` could not be loaded (no storage, no background): readings stop reporting it. */
export function giveUpOnLexicon(lang: string): void {
  if (!registered.has(lang)) unavailable.add(lang);
}

/** Note, in the reading in progress if any, that detection wanted `lang` and went without it. */
export function noteMissingLanguage(lang: string): void {
  const reading = readings.at(-1);
  if (reading && isLexiconLanguage(lang) && !registered.has(lang) && !unavailable.has(lang)) reading.add(lang);
}

/** The lexicon for `lang`: the registered one, else one compiled by the source, else null (noted missing). */
export function lexiconFor(lang: string): CompiledLexicon | null {
  const found = registered.get(lang);
  if (found) return found;
  const compiled = source && isLexiconLanguage(lang) ? source(lang) : null;
  if (compiled) {
    registerLexicon(compiled);
    return compiled;
  }
  noteMissingLanguage(lang);
  return null;
}

/** Compile unregistered languages on demand from bundled data (null: never, as in the content script). */
export function setLexiconSource(next: LexiconSource | null): void {
  source = next;
  version++;
}

/** Changes whenever what lexiconFor can return changes: memoized selections compare it. */
export function lexiconLibraryVersion(): number {
  return version;
}

/** Forget every registration, source and note (unit tests). */
export function clearLexiconLibrary(): void {
  registered.clear();
  unavailable.clear();
  triggers = null;
  source = null;
  version++;
}
