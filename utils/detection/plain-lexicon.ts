// Text written without its letters' marks: alt text, file names, and Turkish typed on a keyboard
// without its letters ("kan agliyor" for "kan ağlıyor", "oldurulen" for "öldürülen"), German with
// "ae/oe/ue" for "ä/ö/ü" ("getoetet"). The normaliser keeps diaeresis, cedilla, breve and tilde
// (ö, ş, ğ, ñ are letters of their own), so an entry written with them never meets such a text.
// A text with no mark at all is read with a plain copy of the lexicon, its keys written as such
// a text writes them; a text with any mark keeps the lexicon as it is, and the distinctions it
// draws (a page that writes marks writes them everywhere: "şık" is not "sik", "Gräber" not "Graber").

import { emptyLexicon, finishLexicon, indexEntry, type CompiledLexicon } from './compile-lexicon';
import { lazy } from '../lazy-regexp';

const MARKED = lazy(() => /[\u00c0-\u024f]/);
const MARKS = lazy(() => /[\u0300-\u036f]/g);

/** Whether a lexicon's text has a marked letter (its plain copy differs from it). */
export const hasMarks = (text: string): boolean => MARKED().test(text);

/** `word` as a text without marks writes it: German umlauts as ae/oe/ue (not "Graber" for "Gräber"), other marks dropped. */
export function plainWord(word: string, lang: string): string {
  const w = word.normalize('NFD');
  return (lang === 'de' ? w.replace(/\u0308/g, 'e') : w).replace(MARKS(), '');
}

/**
 * A key whose plain form is shorter than this keeps its marks when it is its entry's only word
 * ("öl-" read as "ol-" would open olan, oldu, olarak; "ölü" as "olu" oluşan, olumlu); in a
 * phrase the words around it tell ("olu bir cocuk").
 */
const PLAIN_MIN = 5;

const plains = new WeakMap<CompiledLexicon, CompiledLexicon>();

/** The lexicon to read a text with no marked letter with (`lex` itself when no key has marks). */
export function plainLexicon(lex: CompiledLexicon): CompiledLexicon {
  let plain = plains.get(lex);
  if (!plain) {
    plain = lex.plain ? lex.plain() : copiedWithoutMarks(lex);
    plains.set(lex, plain);
  }
  return plain;
}

/** `lex` with every key written without its marks, short lone keys kept (PLAIN_MIN); `lex` itself when no key has one. */
function copiedWithoutMarks(lex: CompiledLexicon): CompiledLexicon {
  const { lang, rule, entries } = lex;
  if (!entries.some((e) => e.slots.some((s) => s.some((k) => hasMarks(k.text))))) return lex;
  const plain = emptyLexicon(lang, { ...rule, endings: rule.endings.map((e) => plainWord(e, lang)) });
  for (const entry of entries) {
    const one = entry.slots.length < 2;
    const slots = entry.slots.map((slot) =>
      slot.map((k) => {
        const text = plainWord(k.text, lang);
        return one && text.length < PLAIN_MIN ? k : { type: k.type, text };
      }),
    );
    indexEntry(plain, { ...entry, slots });
  }
  return finishLexicon(plain);
}
