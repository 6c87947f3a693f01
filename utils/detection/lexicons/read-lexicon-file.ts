import type { LexiconData } from './lexicon-types';
import {
  LANGUAGE_SECTION,
  LEXICON_SECTION_NAMES,
  parseLexiconFile,
  sectionEntries,
  WORD_SET_SECTION,
  type LexiconFile,
  type LexiconProblem,
} from './parse-lexicon-file';

// From a lexicon file's text to the data the compiler reads: the [language] settings, the word
// sets (`$name`) spelled out as alternatives, and each section's entries in file order.

export const INFLECTIONS: readonly LexiconData['inflection'][] = ['suffix', 'prefix', 'arabic'];
/** The settings of [language], in the order the canonical form writes them. */
export const LANGUAGE_KEYS = ['inflection', 'endings', 'proclitics', 'min-stem', 'adjectives'] as const;
const ADJECTIVE_PLACES: readonly string[] = ['before', 'after'];
const SETTING = /^([a-z-]+)\s*:\s*(.*)$/;

type Settings = Pick<LexiconData, 'inflection' | 'endings' | 'proclitics' | 'minStem' | 'adjectives'>;

/** The [language] settings of a parsed file, or null with the problems that stop reading them. */
export function languageSettings(file: LexiconFile): { settings: Settings | null; problems: LexiconProblem[] } {
  const problems: LexiconProblem[] = [];
  const section = file.sections.find((s) => s.name === LANGUAGE_SECTION);
  if (!section) return { settings: null, problems: [{ line: 1, message: 'no [language] section (inflection, endings, min-stem)' }] };
  const values = new Map<string, { value: string; line: number }>();
  for (const { line, text } of sectionEntries(section)) {
    const m = SETTING.exec(text);
    if (!m) {
      problems.push({ line, message: `[language] holds "key: value" lines (${LANGUAGE_KEYS.join(', ')}): "${text}"` });
      continue;
    }
    const key = m[1]!;
    if (!(LANGUAGE_KEYS as readonly string[]).includes(key)) problems.push({ line, message: `unknown setting "${key}" (known: ${LANGUAGE_KEYS.join(', ')})` });
    else if (values.has(key)) problems.push({ line, message: `"${key}" is set twice (first on line ${values.get(key)!.line})` });
    else values.set(key, { value: m[2]!.trim(), line });
  }
  const inflection = values.get('inflection');
  const minStem = values.get('min-stem');
  if (!inflection) problems.push({ line: section.line, message: `[language] needs "inflection: ${INFLECTIONS.join(' | ')}"` });
  else if (!(INFLECTIONS as readonly string[]).includes(inflection.value)) {
    problems.push({ line: inflection.line, message: `inflection is one of ${INFLECTIONS.join(', ')}, not "${inflection.value}"` });
  }
  if (!minStem) problems.push({ line: section.line, message: '[language] needs "min-stem: <shortest stem an ending may leave>"' });
  else if (!/^[1-9]\d*$/.test(minStem.value)) problems.push({ line: minStem.line, message: `min-stem is a whole number, not "${minStem.value}"` });
  const proclitics = values.get('proclitics');
  if (proclitics && inflection?.value !== 'arabic') problems.push({ line: proclitics.line, message: 'proclitics are read only with "inflection: arabic"' });
  const adjectives = values.get('adjectives');
  if (adjectives && !ADJECTIVE_PLACES.includes(adjectives.value)) problems.push({ line: adjectives.line, message: `adjectives is before or after, not "${adjectives.value}"` });
  if (problems.length) return { settings: null, problems };
  const words = (key: string) => values.get(key)?.value.split(/\s+/).filter(Boolean);
  const settings: Settings = { inflection: inflection!.value as Settings['inflection'], minStem: Number(minStem!.value) };
  const endings = words('endings');
  if (endings) settings.endings = endings;
  const clitics = words('proclitics');
  if (clitics) settings.proclitics = clitics;
  if (adjectives) settings.adjectives = adjectives.value as NonNullable<Settings['adjectives']>;
  return { settings, problems };
}

/** The word sets of a file: `carried-out` → its words, in file order. */
export function wordSets(file: LexiconFile): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const section of file.sections) {
    const name = WORD_SET_SECTION.exec(section.name)?.[1];
    if (name) sets.set(name, sectionEntries(section).map((e) => e.text));
  }
  return sets;
}

/** A `$name` word: the whole word, optionally optional (`$name?`). */
export const SET_REFERENCE = /^\$([^?]*)(\??)$/;

/** An entry with each `$name` word replaced by its set's words as alternatives (`a/b/c`). */
export function spellOutWordSets(entry: string, sets: ReadonlyMap<string, readonly string[]>): string {
  if (!entry.includes('$')) return entry;
  return entry
    .split(' ')
    .map((word) => {
      const m = SET_REFERENCE.exec(word);
      const words = m && sets.get(m[1]!);
      return words ? `${words.join('/')}${m[2]}` : word;
    })
    .join(' ');
}

/** The compiler's input from a parsed file (settings already read without problems). */
export function lexiconDataOf(file: LexiconFile, lang: string, settings: Settings): LexiconData {
  const sets = wordSets(file);
  const sections: Record<string, string[]> = {};
  for (const section of file.sections) {
    if (!LEXICON_SECTION_NAMES.has(section.name)) continue;
    sections[section.name] = sectionEntries(section).map((e) => spellOutWordSets(e.text, sets));
  }
  return { lang, ...settings, sections };
}

/**
 * The data of one language from its file's text. Throws on a file whose layout or settings
 * cannot be read (an unknown section would silently lose its entries); the build and `npm test`
 * run the full check (lexicon-file-problems.ts) before anything reads a file this way.
 */
export function readLexiconFile(text: string, lang: string): LexiconData {
  const { file, problems } = parseLexiconFile(text);
  const { settings, problems: settingProblems } = languageSettings(file);
  const all = [...problems, ...settingProblems];
  if (all.length || !settings) {
    throw new Error(`${lang}.lexicon: ${all.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  return lexiconDataOf(file, lang, settings);
}
