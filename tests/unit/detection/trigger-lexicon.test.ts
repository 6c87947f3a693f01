import { describe, expect, it } from 'vitest';
import { indexEntry, emptyLexicon, finishLexicon, KeyType, type CompiledLexicon } from '../../../utils/detection/compile-lexicon';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { LEXICON_LANGUAGES } from '../../../utils/detection/lexicon-library';
import { toStoredTriggers, triggerLexicon, type StoredTriggerLanguage } from '../../../utils/detection/trigger-words';

// The first pass's lexicon reads only each stored line's first slot when it is built; the other
// slots are read from the line when findTerms first asks an entry for them. It must index and
// read every entry as a lexicon built from every line at once does.

const stored = toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!)).languages;

/** A stored line's slots, read as the stored format says (slots by " ", keys by "/", each its type's digit and its text). */
const slotsOfLine = (line: string) => line.split(' ').map((slot) => slot.split('/').map((key) => ({ type: Number(key[0]) as KeyType, text: key.slice(1) })));

/** The lexicon built the eager way: every line's slots read, indexed through indexEntry. */
function eager(language: StoredTriggerLanguage): CompiledLexicon {
  const out = emptyLexicon(language.lang, language.rule);
  for (const line of language.entries.split('\n')) indexEntry(out, { kind: 'graphic', category: null, slots: slotsOfLine(line) });
  return finishLexicon(out);
}

function shape(lex: CompiledLexicon) {
  const maps = (m: Map<string, readonly { slots: unknown }[]>) => [...m].map(([key, bucket]) => [key, bucket.map((entry) => entry.slots)]);
  return {
    entries: lex.entries.map((entry) => entry.slots),
    exact: maps(lex.exact),
    stems: maps(lex.stems),
    prefixes: maps(lex.prefixes),
    heads: maps(lex.heads),
    prefixLengths: lex.prefixLengths,
    headLengths: lex.headLengths,
  };
}

describe('the trigger lexicon built from stored lines', () => {
  it.each(stored.map((language) => [language.lang, language] as const))('indexes and reads every entry of %s as the eager build does', (_, language) => {
    const lazy = triggerLexicon(language)!;
    expect(lazy).not.toBeNull();
    expect(shape(lazy)).toEqual(shape(eager(language)));
  });

  it('reads an entry’s slots only when asked, once', () => {
    const lex = triggerLexicon({ ...stored[0]!, entries: '2bodi 1of/1in 2water\n1corpse' })!;
    const [first, second] = lex.entries;
    expect(lex.stems.get('bodi')).toEqual([first]);
    expect(lex.exact.get('corpse')).toEqual([second]);
    expect(first!.slots).toEqual([[{ type: 2, text: 'bodi' }], [{ type: 1, text: 'of' }, { type: 1, text: 'in' }], [{ type: 2, text: 'water' }]]);
    expect(first!.slots).toBe(first!.slots);
  });

  // The stored-line check names the key types by their digits: a new key type must widen it.
  it('takes a key of every key type there is', () => {
    for (const type of Object.values(KeyType)) {
      const lex = triggerLexicon({ ...stored[0]!, entries: `2bodi ${type}water` });
      expect(lex, `key type ${type}`).not.toBeNull();
      expect(lex!.entries[0]!.slots[1]).toEqual([{ type, text: 'water' }]);
    }
  });

  it('takes no language with a key that is not one, in any slot of any line', () => {
    const language = stored[0]!;
    expect(triggerLexicon(language)).not.toBeNull();
    for (const entries of [`${language.entries}\n9corpse`, `${language.entries}\n2bodi 9of`, `2bodi 1of/ 2water\n${language.entries}`, `2bodi 1of//1in`, `2bodi  2water`, `${language.entries}\n`, '', '2bodi\n\n1corpse', 'bodi']) {
      expect(triggerLexicon({ ...language, entries }), entries.slice(-20)).toBeNull();
    }
  });
});
