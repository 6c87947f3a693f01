import { compileLexicon, type CompiledLexicon } from './compile-lexicon';
import { ALL_LEXICONS } from './lexicons/all-lexicons';

// Which languages to read a text in. A known page language is trusted (running English on
// French text would read "corps" as "corpse"); otherwise the script decides.
const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN_LANGS = ['en', 'fr', 'es', 'de', 'tr'];

const compiled = new Map<string, CompiledLexicon>();
function get(lang: string): CompiledLexicon | null {
  let lex = compiled.get(lang);
  if (!lex) {
    const data = ALL_LEXICONS[lang];
    if (!data) return null;
    lex = compileLexicon(data);
    compiled.set(lang, lex);
  }
  return lex;
}

const selections = new Map<string, CompiledLexicon[]>();

/** Lexicons for a text on a page in `pageLang` (a BCP 47 tag or undefined). */
export function selectLexicons(text: string, pageLang?: string): CompiledLexicon[] {
  const base = (pageLang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const known = base in ALL_LEXICONS;
  // A page in one language often quotes another script (an Arabic name on an English page).
  const script = ARABIC.test(text) ? 'ar' : CYRILLIC.test(text) ? 'cy' : 'la';
  const memo = `${known ? base : ''}|${script}`;
  let list = selections.get(memo);
  if (list) return list;
  let langs: string[];
  if (script === 'ar') langs = known && base === 'ar' ? ['ar'] : ['ar', ...(known ? [base] : [])];
  // Russian and Ukrainian share words but not their traps: a known one runs alone.
  else if (script === 'cy') langs = known && (base === 'ru' || base === 'uk') ? [base] : ['ru', 'uk', ...(known ? [base] : [])];
  else langs = known && LATIN_LANGS.includes(base) ? [base] : known ? [base, 'en'] : LATIN_LANGS;
  list = [...new Set(langs)].map(get).filter((l): l is CompiledLexicon => l !== null);
  selections.set(memo, list);
  return list;
}
