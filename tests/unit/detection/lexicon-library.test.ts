import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import {
  clearLexiconLibrary,
  giveUpOnLexicon,
  hasLexicon,
  LEXICON_LANGUAGES,
  registerLexicon,
  readingLacks,
} from '../../../utils/detection/lexicon-library';
import { LEXICON_FILES } from '../../../utils/detection/lexicons/all-lexicons';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

// The content script's situation: only what it loaded is registered, nothing compiles on demand.
const langs = (text: string, lang?: string) => selectLexicons(text, lang).map((l) => l.lang);
/** The languages a selection used and the ones it went without. */
const read = (text: string, lang?: string) => {
  const { value, lacking } = readingLacks(() => langs(text, lang));
  return { used: value, lacking: lacking.sort() };
};
const french = 'Les corps des détenus portent des traces de torture';

beforeEach(() => {
  clearLexiconLibrary();
  registerLexicon(bundledLexicon('en')!);
});
afterAll(() => {
  clearLexiconLibrary();
  registerBundledLexicons();
});

describe('lexicon library', () => {
  it('names exactly the languages there is data for', () => {
    expect([...LEXICON_LANGUAGES].sort()).toEqual(Object.keys(LEXICON_FILES).sort());
  });

  it('reports French lacking on a French page with only English registered, in that reading only', () => {
    expect(hasLexicon('en')).toBe(true);
    expect(hasLexicon('fr')).toBe(false);
    expect(read(french, 'fr')).toEqual({ used: [], lacking: ['fr'] });
    // Nothing is left behind for another caller: a reading outside readingLacks reports nowhere.
    langs(french, 'fr');
    expect(readingLacks(() => 0).lacking).toEqual([]);
  });

  it('reports it again for every later reading made without it (memoized selections too)', () => {
    read(french, 'fr');
    expect(read('Un autre texte', 'fr-FR')).toEqual({ used: [], lacking: ['fr'] });
  });

  it('keeps nested readings apart: the inner one reports its own lacks', () => {
    const outer = readingLacks(() => {
      const inner = readingLacks(() => langs('جثث', 'en'));
      langs(french, 'fr');
      return inner.lacking;
    });
    expect(outer.value).toEqual(['ar']);
    expect(outer.lacking).toEqual(['fr']);
  });

  it('includes French once it is registered, instead of a selection memoized without it', () => {
    expect(langs(french, 'fr')).toEqual([]);
    registerLexicon(bundledLexicon('fr')!);
    expect(read(french, 'fr')).toEqual({ used: ['fr'], lacking: [] });
  });

  it('uses what is registered of several wanted languages and reports the rest', () => {
    expect(read('bodies in the morgue')).toEqual({ used: ['en'], lacking: ['de', 'es', 'fr', 'tr'] });
    expect(read('جثث', 'en')).toEqual({ used: ['en'], lacking: ['ar'] });
  });

  it('stops reporting a language given up on, until it is registered', () => {
    giveUpOnLexicon('fr');
    expect(read(french, 'fr').lacking).toEqual([]);
    registerLexicon(bundledLexicon('fr')!);
    expect(langs(french, 'fr')).toEqual(['fr']);
  });

  it('never reports a language it has no data for', () => {
    expect(read('un texte', 'xx').lacking).not.toContain('xx');
  });

  it('lets a picture decided without its language be decided again once the language is loaded', () => {
    const page = { lang: 'fr', violenceShare: 0, categories: [] };
    const image = { placement: 'article-body' as const, caption: 'Les corps des détenus, portant des traces de torture, à la morgue' };
    const without = readingLacks(() => classifyImageContext(image, page));
    expect(without.value.coverAt).toBeNull();
    expect(without.lacking).toEqual(['fr']);
    registerLexicon(bundledLexicon('fr')!);
    const withIt = readingLacks(() => classifyImageContext(image, page));
    expect(withIt.value.coverAt).not.toBeNull();
    expect(withIt.lacking).toEqual([]);
  });

  it('compiles on demand and reports nothing once the bundled lexicons are the source', () => {
    registerBundledLexicons();
    expect(read(french, 'fr')).toEqual({ used: ['fr'], lacking: [] });
    expect(read('тела погибших')).toEqual({ used: ['ru', 'uk'], lacking: [] });
    expect(hasLexicon('ru')).toBe(true);
  });
});
