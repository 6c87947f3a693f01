import type { LexiconData } from './lexicon-types';
import { readLexiconFile } from './read-lexicon-file';
import ar from './ar.lexicon?raw';
import de from './de.lexicon?raw';
import en from './en.lexicon?raw';
import es from './es.lexicon?raw';
import fr from './fr.lexicon?raw';
import ru from './ru.lexicon?raw';
import tr from './tr.lexicon?raw';
import uk from './uk.lexicon?raw';

/**
 * Every language's file, bundled as text (`?raw`: Vite and Vitest load it as a string, and Node
 * scripts through the esbuild loader in scripts/lib/esbuild-lexicon-text.mjs). Only the
 * background, the reader page, Node scripts and unit tests import this (bundled-lexicons.ts).
 */
export const LEXICON_FILES: Readonly<Record<string, string>> = { en, ar, fr, es, de, uk, ru, tr };

const read = new Map<string, LexiconData>();

/** The data of `lang` (its file read on first use), or null for a language without a file. */
export function lexiconData(lang: string): LexiconData | null {
  let data = read.get(lang);
  if (!data) {
    if (!Object.hasOwn(LEXICON_FILES, lang)) return null;
    data = readLexiconFile(LEXICON_FILES[lang]!, lang);
    read.set(lang, data);
  }
  return data;
}
