import { LEXICON_SECTIONS } from '../lexicon-sections';

// The layout of a lexicon file (`<lang>.lexicon`, syntax in README.md): comment lines about the
// file, then sections (`[graphic dead-bodies]`), each a list of groups: comment lines saying what
// the group is, then its entries, one per line. A blank line, or a comment after an entry, starts
// a new group. Parsing keeps every line number so problems name the line, and keeps the comments
// so the formatter can write the file back with each comment beside the entries it explains.

export interface LexiconLine {
  /** 1-based, as an editor shows it. */
  line: number;
  /** The line without surrounding whitespace (an entry also has its inner runs collapsed). */
  text: string;
}

export interface EntryGroup {
  comments: LexiconLine[];
  entries: LexiconLine[];
}

export interface FileSection {
  /** `language`, a detection section (lexicon-sections.ts) or `words <set name>`. */
  name: string;
  line: number;
  groups: EntryGroup[];
}

export interface LexiconFile {
  /** The comment lines before the first section (a blank line between paragraphs is kept as ''). */
  head: LexiconLine[];
  sections: FileSection[];
}

export interface LexiconProblem {
  line: number;
  message: string;
}

/** A word set's section: `[words carried-out]` defines `$carried-out`. */
export const WORD_SET_SECTION = /^words ([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/;
export const LANGUAGE_SECTION = 'language';
/** The detection sections' names (kept here, not beside the list: the content script imports that). */
export const LEXICON_SECTION_NAMES: ReadonlySet<string> = new Set(LEXICON_SECTIONS.map((s) => s.name));

export function isKnownSection(name: string): boolean {
  return name === LANGUAGE_SECTION || LEXICON_SECTION_NAMES.has(name) || WORD_SET_SECTION.test(name);
}

const HEADER = /^\[([^\]]*)\](.*)$/;

export function parseLexiconFile(text: string): { file: LexiconFile; problems: LexiconProblem[] } {
  const file: LexiconFile = { head: [], sections: [] };
  const problems: LexiconProblem[] = [];
  const seen = new Map<string, number>();
  let section: FileSection | null = null;
  let group: EntryGroup | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const trimmed = lines[i]!.trim();
    if (!trimmed) {
      if (section) group = null;
      else if (file.head.length && file.head[file.head.length - 1]!.text) file.head.push({ line, text: '' });
      continue;
    }
    const header = HEADER.exec(trimmed);
    if (header) {
      const name = header[1]!.trim().replace(/\s+/g, ' ');
      if (header[2]!.trim()) problems.push({ line, message: `nothing may follow a section name on its line: "${header[2]!.trim()}"` });
      if (!isKnownSection(name)) problems.push({ line, message: `unknown section [${name}] (the sections are listed in README.md)` });
      const earlier = seen.get(name);
      if (earlier !== undefined) problems.push({ line, message: `section [${name}] appears a second time (first on line ${earlier}): write its entries in one place` });
      else seen.set(name, line);
      section = { name, line, groups: [] };
      file.sections.push(section);
      group = null;
      continue;
    }
    if (trimmed.startsWith('#')) {
      if (!section) {
        file.head.push({ line, text: trimmed });
        continue;
      }
      if (!group || group.entries.length) section.groups.push((group = { comments: [], entries: [] }));
      group.comments.push({ line, text: trimmed });
      continue;
    }
    if (trimmed.startsWith('[')) {
      problems.push({ line, message: `a section name is written [name], on a line of its own: "${trimmed}"` });
      continue;
    }
    if (!section) {
      problems.push({ line, message: `"${trimmed}" stands before any section: entries go under a [section] line` });
      continue;
    }
    if (!group) section.groups.push((group = { comments: [], entries: [] }));
    group.entries.push({ line, text: trimmed.replace(/\s+/g, ' ') });
  }
  while (file.head.length && !file.head[file.head.length - 1]!.text) file.head.pop();
  return { file, problems };
}

/** Every entry line of a section, in file order. */
export function sectionEntries(section: FileSection): LexiconLine[] {
  return section.groups.flatMap((g) => g.entries);
}
