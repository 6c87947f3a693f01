import type { CompiledLexicon } from './compile-lexicon';

// The lexicons detection may use in this context. The content script registers what it loads
// from storage (utils/detection-store/lexicon-store.ts) and learns here which languages a page
// wanted that were not there yet; the background, the reader page, Node scripts and unit tests
// compile from the bundled data on demand instead (bundled-lexicons.ts).

/** The languages Forewarn reads. A tiny constant: knowing a code costs no lexicon data. */
export const LEXICON_LANGUAGES: readonly string[] = ['en', 'ar', 'fr', 'es', 'de', 'uk', 'ru', 'tr'];

/** Compiles a language on demand, in contexts that bundle the data. */
export type LexiconSource = (lang: string) => CompiledLexicon | null;

const registered = new Map<string, CompiledLexicon>();
const missing = new Set<string>();
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
  missing.delete(lexicon.lang);
  unavailable.delete(lexicon.lang);
  version++;
}

export function hasLexicon(lang: string): boolean {
  return registered.has(lang);
}

/**
 * The languages detection wanted since the last call that are still not registered (and were
 * not given up on). The content script loads them and decides again.
 */
export function takeMissingLanguages(): string[] {
  const list = [...missing].filter((lang) => !registered.has(lang));
  missing.clear();
  return list;
}

/** `lang` could not be loaded (no storage, no background): stop reporting it missing. */
export function giveUpOnLexicon(lang: string): void {
  if (!registered.has(lang)) unavailable.add(lang);
}

/** Note that detection wanted `lang` and went without it. */
export function noteMissingLanguage(lang: string): void {
  if (isLexiconLanguage(lang) && !registered.has(lang) && !unavailable.has(lang)) missing.add(lang);
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
  missing.clear();
  unavailable.clear();
  source = null;
  version++;
}
