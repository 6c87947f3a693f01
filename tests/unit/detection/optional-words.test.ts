import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { findTerms } from '../../../utils/detection/find-terms';
import type { LexiconData } from '../../../utils/detection/lexicons/lexicon-types';

// `word?` in a lexicon entry may be left out: one entry reads with and without it.
const data: LexiconData = {
  lang: 'en',
  inflection: 'suffix',
  endings: ['s', 'es', 'ed', 'ing'],
  minStem: 3,
  sections: { 'graphic execution': ['fire on the/a? crowd', 'one of *? *? photo'] },
};
const lex = compileLexicon(data);
const found = (text: string) => findTerms(text, [lex]).map((h) => h.text);

describe('optional words in lexicon entries', () => {
  it('match with and without the optional word', () => {
    expect(found('Police fire on the crowd')).toEqual(['fire on the crowd']);
    expect(found('Police fire on crowds')).toEqual(['fire on crowds']);
    expect(found('Police fire on a crowd')).toEqual(['fire on a crowd']);
  });

  it('still need the words that are not optional', () => {
    expect(found('Police fire on the square')).toEqual([]);
  });

  it('allow up to as many words as optional slots', () => {
    expect(found('one of photos')).toEqual(['one of photos']);
    expect(found('one of the many photos')).toEqual(['one of the many photos']);
    expect(found('one of the very many photos')).toEqual([]);
  });
});

describe('readings of optional words', () => {
  it('become one entry each, even when two gaps keep one word in two ways', () => {
    // "one of *? *? photo" reads as: no gap, one word (twice over), two words: three entries.
    const startingWithOne = [lex.exact, lex.stems, lex.prefixes, lex.heads].flatMap((map) => map.get(lex.stem('one')) ?? []);
    expect(startingWithOne.map((e) => e.slots.length).sort()).toEqual([3, 4, 5]);
  });
});
