import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_LANGUAGES } from '../utils/detection/lexicon-library';
import { formatLexiconFile } from '../utils/detection/lexicons/format-lexicon-file';
import { lexiconFileProblems } from '../utils/detection/lexicons/lexicon-file-problems';

// The lexicon files on disk, for the build (wxt.config.ts fails it on any problem),
// `npm run lexicons:check` / `lexicons:format` (scripts/lexicons.mjs) and the unit tests. It
// lives outside scripts/ because the build config imports it, and the sources zip made for
// addons.mozilla.org leaves scripts/ out.

// import.meta.url, not import.meta.dirname: the build loads this through its config loader.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LEXICON_DIR = join(ROOT, 'utils/detection/lexicons');

export interface LexiconFileOnDisk {
  lang: string;
  /** As a problem names it: relative to the project, so a terminal or editor can open it. */
  path: string;
  text: string;
}

export function lexiconFilesOnDisk(dir = LEXICON_DIR): LexiconFileOnDisk[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.lexicon'))
    .sort()
    .map((name) => ({ lang: name.slice(0, -'.lexicon'.length), path: relative(ROOT, join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every problem of every file, as `path:line: what is wrong`, and languages without a file. */
export function lexiconFilesProblems(files = lexiconFilesOnDisk()): string[] {
  const out: string[] = [];
  for (const { lang, path, text } of files) {
    if (!LEXICON_LANGUAGES.includes(lang)) {
      out.push(`${path}:1: no language "${lang}" in LEXICON_LANGUAGES (utils/detection/lexicon-library.ts); add it there and in lexicons/all-lexicons.ts`);
    }
    for (const p of lexiconFileProblems(text, lang)) out.push(`${path}:${p.line}: ${p.message}`);
  }
  const present = new Set(files.map((f) => f.lang));
  for (const lang of LEXICON_LANGUAGES) if (!present.has(lang)) out.push(`${relative(ROOT, LEXICON_DIR)}/${lang}.lexicon: missing (the language is in LEXICON_LANGUAGES)`);
  return out;
}

/** Rewrites every file in canonical form; returns the paths it changed and those it could not read. */
export function formatLexiconFiles(files = lexiconFilesOnDisk()): { changed: string[]; unreadable: string[] } {
  const changed: string[] = [];
  const unreadable: string[] = [];
  for (const { lang, path, text } of files) {
    const canonical = formatLexiconFile(text, lang);
    if (canonical === null) unreadable.push(path);
    else if (canonical !== text) {
      writeFileSync(join(ROOT, path), canonical);
      changed.push(path);
    }
  }
  return { changed, unreadable };
}
