import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { findTerms } from '../../../utils/detection/find-terms';
import type { LexiconData } from '../../../utils/detection/lexicons/lexicon-types';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';

// A trap is a shorter reading of its words; an entry that holds the whole trap and more words is
// a longer reading of the same words, and the longest reading wins.
const data: LexiconData = {
  lang: 'en',
  inflection: 'suffix',
  endings: ['s', 'es', 'ed', 'ing'],
  minStem: 3,
  sections: {
    traps: ['scenes of violence', 'bodies of water'],
    fiction: ['scene'],
    warning: ['contains scenes of violence'],
    'graphic dead-bodies': ['dead bodies', 'bodies of water victims'],
  },
};
const lex = compileLexicon(data);
const found = (text: string) => findTerms(text, [lex]).map((h) => `${h.kind}: ${h.text}`);

describe('traps and longer entries', () => {
  it('a trap still swallows its words read alone', () => {
    expect(found('The play has scenes of violence')).toEqual([]);
    expect(found('Bodies of water across Lapland')).toEqual([]);
  });

  it('an entry holding the whole trap and more words is read', () => {
    expect(found('Warning: this video contains scenes of violence')).toEqual(['warning: contains scenes of violence']);
  });

  it('an entry that only overlaps a trap is not read', () => {
    expect(found('Dead bodies of water birds')).toEqual([]);
  });

  it('an entry no longer than the trap it holds is not read', () => {
    const sameLength = compileLexicon({ ...data, sections: { traps: ['dead bodies'], 'graphic dead-bodies': ['dead bodies'] } });
    expect(findTerms('Dead bodies', [sameLength])).toEqual([]);
  });
});

describe('publishers\' warnings that hold a trap, in the shipped lexicons', () => {
  const kinds = (lang: string, text: string) => findTerms(text, [bundledLexicon(lang)!]).map((h) => h.kind);
  it('are read in Russian and Ukrainian, where the stage reading of the same words is a trap', () => {
    expect(kinds('ru', 'Внимание! Видео содержит сцены насилия.')).toContain('warning');
    expect(kinds('uk', 'Увага! Відео містить сцени насильства.')).toContain('warning');
  });
});
