import { beforeEach, describe, expect, it } from 'vitest';
import { findTerms, forgetTextsRead } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

// A page asks findTerms the same texts many times (its title for every picture, a gallery's
// heading for every slide): a text read before is answered from memory. Invented sentences.
const caption = 'Bodies lie in the street after the strike on the market.';

describe('findTerms answers a text it has read before from memory', () => {
  beforeEach(() => forgetTextsRead());

  it('gives the same hits, shared and frozen, in a fresh array each time', () => {
    const lexicons = selectLexicons(caption, 'en');
    const first = findTerms(caption, lexicons);
    const second = findTerms(caption, lexicons);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(second[0])).toBe(true);
    // A caller that changes its array changes nothing for the next one.
    first.length = 0;
    expect(findTerms(caption, lexicons)).toEqual(second);
  });

  it('reads again for another selection of lexicons', () => {
    const english = findTerms(caption, selectLexicons(caption, 'en'));
    const french = findTerms(caption, selectLexicons('Des corps gisent dans la rue.', 'fr'));
    expect(english.some((h) => h.kind === 'graphic')).toBe(true);
    expect(french.some((h) => h.kind === 'graphic')).toBe(false);
  });

  it('reads again after forgetting, and answers the same', () => {
    const lexicons = selectLexicons(caption, 'en');
    const before = findTerms(caption, lexicons);
    forgetTextsRead();
    const after = findTerms(caption, lexicons);
    expect(after).toEqual(before);
    expect(after[0]).not.toBe(before[0]);
  });

  it('drops its memory once it holds 2,000 texts of one selection', () => {
    const lexicons = selectLexicons(caption, 'en');
    const kept = findTerms(caption, lexicons)[0];
    for (let i = 0; i < 2_000; i++) findTerms(`A wounded man number ${i} is treated.`, lexicons);
    expect(findTerms(caption, lexicons)[0]).not.toBe(kept);
  });

  it('does not keep a whole article', () => {
    const article = `${caption} `.repeat(40);
    const lexicons = selectLexicons(article, 'en');
    expect(findTerms(article, lexicons)[0]).not.toBe(findTerms(article, lexicons)[0]);
  });
});
