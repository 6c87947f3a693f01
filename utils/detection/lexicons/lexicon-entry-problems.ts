import { SET_REFERENCE } from './read-lexicon-file';

// What can be wrong with one entry line, in words a translator can act on. The syntax (README.md):
// words separated by spaces; a word is `word`, `=word` (exact form), `word-` (starts a word),
// `-word` (ends a compound), alternatives `a/b/c`, `*` (any one word), `$set` (a word set);
// `?` after a word makes it optional.

/** Letters, marks and digits, joined by inner hyphens or apostrophes ("blood-soaked", "d'exécution"). */
const CORE = /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*$/u;
const WORD_CHARS = /[\p{L}\p{M}\p{N}]+/gu;
const STRAY = /[^\p{L}\p{M}\p{N}'’=\-/*?$]/u;

/** How many page words one alternative stands for: a hyphen or apostrophe splits words. */
const widthOf = (alt: string) => (alt.match(WORD_CHARS) ?? []).length;

/** Problems of one alternative (`=word`, `word-`, `-word`, `word`), or of one word set member. */
export function alternativeProblems(alt: string, where: string): string[] {
  if (!alt) return [`empty alternative in "${where}": a "/" needs a word on each side`];
  if (alt.includes('*')) return [`"*" stands alone as a word ("*" or "*?"), not inside "${where}"`];
  if (alt.includes('?')) return [`"?" closes a whole word: write "${where.replace(/\?/g, '')}?", not "${where}"`];
  if (alt.includes('$')) return [`"$set" stands alone as a word, not inside "${where}"`];
  let core = alt;
  const exact = core.startsWith('=');
  if (exact) core = core.slice(1);
  if (core.includes('=')) return [`"=" marks an exact word once, at its start: "=${core.replace(/=/g, '')}", not "${alt}"`];
  const head = core.startsWith('-');
  const open = core.endsWith('-') && core.length > 1;
  if (head && open) return [`"${alt}" is open at both ends: a word may end a compound ("-word") or start one ("word-"), not both`];
  if (exact && (head || open)) return [`"${alt}" is both exact ("=") and open ("-"): choose one`];
  core = core.replace(/^-|-$/, '');
  if (!core) return [`"${alt}" has no word in it`];
  if (!CORE.test(core)) {
    const stray = STRAY.exec(core)?.[0];
    return [stray ? `unexpected "${stray}" in "${alt}"` : `"${alt}" is not a word: letters, with "-" or "'" only between them`];
  }
  return [];
}

/** Problems of one word of an entry. */
function wordProblems(word: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  if (word === '?' || word.startsWith('?')) return [`a dangling "?" in "${word}": it goes right after the word it makes optional`];
  if (/\?./.test(word)) return [`"?" closes a whole word, once, at its end: "${word}"`];
  const bare = word.endsWith('?') ? word.slice(0, -1) : word;
  if (bare === '*') return [];
  const set = SET_REFERENCE.exec(word);
  if (set) {
    if (sets.has(set[1]!)) return [];
    const known = [...sets.keys()].map((s) => `$${s}`).join(', ');
    return [`"$${set[1]}" names no word set of this file (${known || 'it has none'}): add a [words ${set[1]}] section`];
  }
  if (bare.includes('*') && !bare.includes('/')) return [`unbalanced wildcard "${bare}": "*" is a word of its own ("*" or "*?")`];
  const alts = bare.split('/');
  const problems = alts.flatMap((alt) => alternativeProblems(alt, bare));
  if (problems.length) return problems;
  if (new Set(alts).size < alts.length) return [`an alternative is listed twice in "${bare}"`];
  const widths = new Set(alts.map(widthOf));
  if (widths.size > 1) return [`alternatives of different lengths in "${bare}": a hyphen or apostrophe makes two words; write them as separate entries`];
  return [];
}

/** Problems of one entry line of a detection section; none when it is well formed. */
export function entryProblems(entry: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  if (entry.includes('#')) return ['"#" inside an entry: a comment goes on a line of its own, above the entries it explains'];
  const words = entry.split(' ').filter(Boolean);
  if (!words.length) return ['empty entry'];
  const problems = words.flatMap((w) => wordProblems(w, sets));
  if (problems.length) return problems;
  const required = words.filter((w) => !w.endsWith('?'));
  if (!required.length) return ['every word is optional, so the entry could match almost anything: at least one word must stay'];
  // Entries are looked up by their first word (after leading optional words are left out): a
  // wildcard there is never looked up.
  for (const w of words) {
    if (w === '*' || w === '*?') return ['starts with a wildcard "*": an entry is found by its first word, so it would never be found'];
    if (!w.endsWith('?')) break;
  }
  return [];
}

/** Problems of one line of a [words …] set: a single alternative, `=` or `-` marks allowed. */
export function wordSetMemberProblems(member: string): string[] {
  if (member.includes('#')) return ['"#" inside an entry: a comment goes on a line of its own, above the entries it explains'];
  if (member.includes(' ')) return [`a word set holds one word per line: "${member}"`];
  if (member.includes('/')) return [`a word set holds one word per line; put "${member.split('/').join('", "')}" on lines of their own`];
  return alternativeProblems(member, member);
}
