import { LEXICON_SECTIONS } from '../lexicon-sections';
import {
  LANGUAGE_SECTION,
  parseLexiconFile,
  type EntryGroup,
  type FileSection,
  type LexiconLine,
} from './parse-lexicon-file';
import { LANGUAGE_KEYS } from './read-lexicon-file';

// The canonical form of a lexicon file, which `npm run lexicons:format` writes and a unit test
// expects, so that a one-word change is a one-line diff and two people adding words do not
// collide on order:
// - the file's own comments, then [language], the detection sections in compile order
//   (lexicon-sections.ts), then the word sets by name; one blank line between them;
// - within a section, groups as written, one blank line apart, each its comments first, then its
//   entries sorted (order within a section never changes a verdict: entries of one section that
//   match the same words give the same reading); a group without a comment joins the one above;
// - an entry written twice in a section is kept once; inner whitespace is one space;
// - [language] settings in a fixed order, endings and proclitics longest first.

const SECTION_ORDER = new Map<string, number>([
  [LANGUAGE_SECTION, -1],
  ...LEXICON_SECTIONS.map((s, i): [string, number] => [s.name, i]),
]);

function sectionRank(a: FileSection, b: FileSection): number {
  const ra = SECTION_ORDER.get(a.name) ?? LEXICON_SECTIONS.length;
  const rb = SECTION_ORDER.get(b.name) ?? LEXICON_SECTIONS.length;
  return ra - rb || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * Entries sort by the language's own alphabet, reading `=word` and `-word` under their letters;
 * the raw text breaks ties so the order is total.
 */
export function entryOrder(lang: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(lang, { sensitivity: 'variant' });
  const key = (entry: string) => entry.replace(/=/g, '').replace(/(^|[ /])-/g, '$1');
  return (a, b) => collator.compare(key(a), key(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Endings and proclitics: longest first (the order the stemmer tries them), then by code point. */
function affixLine(value: string): string {
  const words = [...new Set(value.split(/\s+/).filter(Boolean))];
  return words.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).join(' ');
}

function languageLine(text: string): string {
  const m = /^([a-z-]+)\s*:\s*(.*)$/.exec(text);
  if (!m) return text;
  const value = m[1] === 'endings' || m[1] === 'proclitics' ? affixLine(m[2]!) : m[2]!.trim();
  return `${m[1]}: ${value}`;
}

function languageRank(text: string): number {
  const i = (LANGUAGE_KEYS as readonly string[]).indexOf(text.split(':')[0]!.trim());
  return i < 0 ? LANGUAGE_KEYS.length : i;
}

function formatSection(section: FileSection, order: (a: string, b: string) => number): string[] {
  const isLanguage = section.name === LANGUAGE_SECTION;
  const merged: EntryGroup[] = [];
  for (const group of section.groups) {
    const last = merged[merged.length - 1];
    if (last && !group.comments.length) last.entries.push(...group.entries);
    else merged.push({ comments: [...group.comments], entries: [...group.entries] });
  }
  const seen = new Set<string>();
  const blocks = merged.map((group) => {
    const texts: string[] = [];
    for (const { text } of group.entries) {
      const line = isLanguage ? languageLine(text) : text;
      if (!seen.has(line)) texts.push(line);
      seen.add(line);
    }
    texts.sort(isLanguage ? (a, b) => languageRank(a) - languageRank(b) : order);
    return [...group.comments.map((c) => c.text), ...texts];
  });
  const out = [`[${section.name}]`];
  blocks.forEach((block, i) => {
    if (i > 0) out.push('');
    out.push(...block);
  });
  return out;
}

/**
 * The canonical text of a lexicon file. A file whose layout cannot be read (unknown or repeated
 * section, a line outside any section) is returned as null: fix what the check reports first.
 */
export function formatLexiconFile(text: string, lang: string): string | null {
  const { file, problems } = parseLexiconFile(text);
  if (problems.length) return null;
  const order = entryOrder(lang);
  const parts: string[][] = [];
  if (file.head.length) parts.push(file.head.map((l: LexiconLine) => l.text));
  const sections = [...file.sections].sort(sectionRank);
  for (const section of sections) parts.push(formatSection(section, order));
  return `${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
}
