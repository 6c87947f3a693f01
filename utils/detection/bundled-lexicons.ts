import { compileLexicon, type CompiledLexicon } from './compile-lexicon';
import { isLexiconLanguage, setLexiconSource } from './lexicon-library';
import { lexiconData } from './lexicons/all-lexicons';
import { toStoredLexicon, type StoredLexicon } from './stored-lexicon';

// Every language's data, for the contexts that bundle it: the background (which writes the
// stored forms the content script loads), the reader page, Node scripts and unit tests.
// Never import this from the content script: it would bring all eight lexicons back into it.

const compiled = new Map<string, CompiledLexicon>();

/** The compiled lexicon of `lang` from the bundled data (compiled once), or null for other codes. */
export function bundledLexicon(lang: string): CompiledLexicon | null {
  if (!isLexiconLanguage(lang)) return null;
  let lexicon = compiled.get(lang);
  if (!lexicon) {
    const data = lexiconData(lang);
    if (!data) return null;
    lexicon = compileLexicon(data);
    compiled.set(lang, lexicon);
  }
  return lexicon;
}

/** The stored form of `lang`, as the background writes it to storage.local and sends it on request. */
export function bundledStoredLexicon(lang: string): StoredLexicon | null {
  const lexicon = bundledLexicon(lang);
  return lexicon ? toStoredLexicon(lexicon) : null;
}

/**
 * Make all eight languages available to detection here: each is compiled and registered the
 * first time a text wants it (compiling all eight up front costs ~50 ms nobody may need).
 */
export function registerBundledLexicons(): void {
  setLexiconSource(bundledLexicon);
}
