import { compileEntry, type Entry } from '../compile-lexicon';
import { LEXICON_SECTIONS } from '../lexicon-sections';
import { makeStemmer, stemRuleOf } from '../lexicon-stemmer';
import { entryProblems, wordSetMemberProblems } from './lexicon-entry-problems';
import {
  parseLexiconFile,
  sectionEntries,
  WORD_SET_SECTION,
  type FileSection,
  type LexiconProblem,
} from './parse-lexicon-file';
import { languageSettings, SET_REFERENCE, spellOutWordSets, wordSets } from './read-lexicon-file';

// The full check of one lexicon file, run by the build (wxt.config.ts) and by `npm test`
// (`npm run lexicons:check`): layout, settings, the syntax of every entry, word sets, and
// duplicates, both written twice and written differently but reading the same once words are
// reduced to their stems ("torture" and "tortured"). Each problem names its line.

const SECTION_BY_NAME = new Map(LEXICON_SECTIONS.map((s) => [s.name, s]));

/** What a compiled entry matches, independent of the order of alternatives. */
function entryKey(entry: Entry): string {
  return entry.slots.map((slot) => slot.map((key) => `${key.type}:${key.text}`).sort().join('/')).join(' ');
}

export function lexiconFileProblems(text: string, lang: string): LexiconProblem[] {
  const { file, problems } = parseLexiconFile(text);
  const { settings, problems: settingProblems } = languageSettings(file);
  problems.push(...settingProblems);
  const sets = wordSets(file);
  const used = new Set<string>();
  const setSections: FileSection[] = [];
  const wellFormed: FileSection[] = [];

  for (const section of file.sections) {
    const setName = WORD_SET_SECTION.exec(section.name)?.[1];
    const entries = sectionEntries(section);
    const firstLine = new Map<string, number>();
    const duplicate = (line: number, text: string) => {
      const earlier = firstLine.get(text);
      if (earlier === undefined) firstLine.set(text, line);
      else problems.push({ line, message: `duplicate entry "${text}" (also on line ${earlier})` });
      return earlier !== undefined;
    };
    if (setName) {
      setSections.push(section);
      if (!entries.length) problems.push({ line: section.line, message: `word set [words ${setName}] has no words` });
      for (const { line, text } of entries) {
        for (const message of wordSetMemberProblems(text)) problems.push({ line, message });
        duplicate(line, text);
      }
      continue;
    }
    if (!SECTION_BY_NAME.has(section.name)) continue;
    let clean = true;
    for (const { line, text } of entries) {
      const found = entryProblems(text, sets);
      for (const message of found) problems.push({ line, message });
      if (found.length || duplicate(line, text)) clean = false;
      for (const word of text.split(' ')) {
        const ref = SET_REFERENCE.exec(word);
        if (ref) used.add(ref[1]!);
      }
    }
    if (clean) wellFormed.push(section);
  }

  for (const section of setSections) {
    const name = WORD_SET_SECTION.exec(section.name)![1]!;
    if (!used.has(name)) problems.push({ line: section.line, message: `word set [words ${name}] is not used: no entry writes $${name}` });
  }

  // Readings that compile to the same entry: only where every entry of the section is well
  // formed and the stemmer can be built, so a syntax problem is not also reported as a duplicate.
  if (settings) {
    const data = { lang, ...settings, sections: {} };
    const stem = makeStemmer(stemRuleOf(data));
    for (const section of wellFormed) {
      const spec = SECTION_BY_NAME.get(section.name)!;
      const readBy = new Map<string, { line: number; text: string }>();
      for (const { line, text } of sectionEntries(section)) {
        const reported = new Set<number>();
        for (const entry of compileEntry(spellOutWordSets(text, sets), spec, data, stem)) {
          const key = entryKey(entry);
          const earlier = readBy.get(key);
          if (!earlier) readBy.set(key, { line, text });
          else if (earlier.line !== line && !reported.has(earlier.line)) {
            reported.add(earlier.line);
            problems.push({ line, message: `"${text}" matches what line ${earlier.line} ("${earlier.text}") matches: the same words once reduced to their stems` });
          }
        }
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
