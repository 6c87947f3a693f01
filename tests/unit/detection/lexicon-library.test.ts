import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import {
  clearLexiconLibrary,
  giveUpOnLexicon,
  hasLexicon,
  LEXICON_LANGUAGES,
  registerLexicon,
  takeMissingLanguages,
} from '../../../utils/detection/lexicon-library';
import { LEXICON_FILES } from '../../../utils/detection/lexicons/all-lexicons';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

// The content script's situation: only what it loaded is registered, nothing compiles on demand.
const langs = (text: string, lang?: string) => selectLexicons(text, lang).map((l) => l.lang);
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

  it('reports French missing on a French page with only English registered, once per take', () => {
    expect(hasLexicon('en')).toBe(true);
    expect(hasLexicon('fr')).toBe(false);
    expect(langs(french, 'fr')).toEqual([]);
    expect(takeMissingLanguages()).toEqual(['fr']);
    expect(takeMissingLanguages()).toEqual([]);
  });

  it('reports it again for every later decision made without it (memoized selections too)', () => {
    langs(french, 'fr');
    takeMissingLanguages();
    expect(langs('Un autre texte', 'fr-FR')).toEqual([]);
    expect(takeMissingLanguages()).toEqual(['fr']);
  });

  it('includes French once it is registered, instead of a selection memoized without it', () => {
    expect(langs(french, 'fr')).toEqual([]);
    registerLexicon(bundledLexicon('fr')!);
    expect(langs(french, 'fr')).toEqual(['fr']);
    expect(takeMissingLanguages()).toEqual([]);
  });

  it('uses what is registered of several wanted languages and reports the rest', () => {
    expect(langs('bodies in the morgue')).toEqual(['en']);
    expect(takeMissingLanguages().sort()).toEqual(['de', 'es', 'fr', 'tr']);
    expect(langs('جثث', 'en')).toEqual(['en']);
    expect(takeMissingLanguages()).toEqual(['ar']);
  });

  it('stops reporting a language given up on, until it is registered', () => {
    giveUpOnLexicon('fr');
    langs(french, 'fr');
    expect(takeMissingLanguages()).toEqual([]);
    registerLexicon(bundledLexicon('fr')!);
    expect(langs(french, 'fr')).toEqual(['fr']);
  });

  it('never reports a language it has no data for', () => {
    langs('un texte', 'xx');
    expect(takeMissingLanguages()).not.toContain('xx');
  });

  it('lets a picture decided without its language be decided again once the language is loaded', () => {
    const page = { lang: 'fr', violenceShare: 0, categories: [] };
    const image = { placement: 'article-body' as const, caption: 'Les corps des détenus, portant des traces de torture, à la morgue' };
    expect(classifyImageContext(image, page).coverAt).toBeNull();
    expect(takeMissingLanguages()).toEqual(['fr']);
    registerLexicon(bundledLexicon('fr')!);
    expect(classifyImageContext(image, page).coverAt).not.toBeNull();
    expect(takeMissingLanguages()).toEqual([]);
  });

  it('compiles on demand and reports nothing once the bundled lexicons are the source', () => {
    registerBundledLexicons();
    expect(langs(french, 'fr')).toEqual(['fr']);
    expect(langs('тела погибших')).toEqual(['ru', 'uk']);
    expect(takeMissingLanguages()).toEqual([]);
    expect(hasLexicon('ru')).toBe(true);
  });
});
