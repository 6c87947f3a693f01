import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CATEGORIES, type ImageTextContext, type PageTextContext } from '../../../utils/detection/detection-types';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { clearLexiconLibrary, LEXICON_LANGUAGES, registerLexicon, registerTriggerWords } from '../../../utils/detection/lexicon-library';
import { fromStoredTriggers, toStoredTriggers } from '../../../utils/detection/trigger-words';
import { COVER_ALL_VERDICT, decidePicture, type PictureInputs } from '../../../utils/guard/decide-picture';

// The pure decision: every way out of it, from inputs written here (no DOM, no guard). Detection
// reads the lexicons registered in the library; the content script's situation (only English
// loaded) is set up where a test needs it.

const ARTICLE: PageTextContext = { title: 'Annual report on the city budget', lang: 'en', violenceShare: 0, categories: [] };
const GRAPHIC: ImageTextContext = { placement: 'article-body', caption: 'The bodies of detainees in the prison morgue, each marked with a number.' };
const SAFE: ImageTextContext = { placement: 'article-body', caption: 'Relatives wait outside the courthouse before the hearing.' };

function inputs(over: Partial<PictureInputs> = {}): PictureInputs {
  return {
    settings: { mode: 'detect', sensitivity: 'balanced', categories: [...CATEGORIES] },
    words: SAFE,
    page: { context: ARTICLE, lacking: [] },
    lexicons: { loading: false, loadable: () => true },
    parsing: false,
    settled: () => true,
    captionPending: () => false,
    revealed: false,
    ...over,
  };
}

describe('decidePicture', () => {
  it('releases a picture whose words are safe, once nothing can change that', () => {
    const decision = decidePicture(inputs());
    expect(decision.action).toBe('release');
  });

  it('covers a picture whose caption names bodies, with a verdict that says so', () => {
    const decision = decidePicture(inputs({ words: GRAPHIC }));
    expect(decision).toMatchObject({ action: 'cover', revealed: false, verdict: { coverAt: 'minimal', categories: ['dead-bodies'] } });
  });

  it('says whether the verdict weighed the article, so a new reading of it sends back only those pictures', () => {
    const violent: PageTextContext = { title: 'Night of shelling', lang: 'en', violenceShare: 0.8, categories: ['dead-bodies'], terms: ['bodies'] };
    // An undescribed picture in the body of the article is judged on the article.
    const undescribed: ImageTextContext = { placement: 'article-body', width: 800, height: 533 };
    expect(decidePicture(inputs({ words: undescribed, page: { context: violent, lacking: [] } }))).toMatchObject({ action: 'cover', readsArticle: true });
    expect(decidePicture(inputs({ words: undescribed }))).toMatchObject({ action: 'release', readsArticle: true });
    // Its own words settle a described graphic picture; a teaser card is judged on the card alone.
    expect(decidePicture(inputs({ words: GRAPHIC, page: { context: violent, lacking: [] } }))).toMatchObject({ action: 'cover', readsArticle: false });
    const teaser: ImageTextContext = { placement: 'teaser', heading: 'Schools reopen after the summer break', width: 320, height: 180 };
    expect(decidePicture(inputs({ words: teaser, page: { context: violent, lacking: [] } }))).toMatchObject({ action: 'release', readsArticle: false });
  });

  it('passes the reader\'s reveal through: covered, but open', () => {
    expect(decidePicture(inputs({ words: GRAPHIC, revealed: true }))).toMatchObject({ action: 'cover', revealed: true });
    // A revealed picture that is now safe is simply released.
    expect(decidePicture(inputs({ revealed: true })).action).toBe('release');
  });

  it('follows the sensitivity and the chosen categories', () => {
    const wounded: ImageTextContext = { placement: 'article-body', caption: 'A wounded man is carried to an ambulance after the shelling.' };
    expect(decidePicture(inputs({ words: wounded })).action).toBe('release');
    const strict = inputs({ words: wounded, settings: { mode: 'detect', sensitivity: 'strict', categories: [...CATEGORIES] } });
    expect(decidePicture(strict).action).toBe('cover');
    const notBodies = inputs({ words: GRAPHIC, settings: { mode: 'detect', sensitivity: 'balanced', categories: ['torture'] } });
    expect(decidePicture(notBodies)).toMatchObject({ action: 'release', verdict: { coverAt: null } });
  });

  it('on a site set to cover every image, a graphic picture\'s cover says what detection found (issue 15.2)', () => {
    const all: PictureInputs['settings'] = { mode: 'cover-all', sensitivity: 'balanced', categories: [...CATEGORIES] };
    const graphic = decidePicture(inputs({ words: GRAPHIC, settings: all }));
    expect(graphic).toMatchObject({ action: 'cover', verdict: { categories: ['dead-bodies'], reason: { source: 'caption' } } });
    // A picture detection finds nothing in is covered all the same, as every image is.
    expect(decidePicture(inputs({ settings: all }))).toEqual({ action: 'cover', verdict: COVER_ALL_VERDICT, revealed: false, lacking: [], readsArticle: true });
    // Nothing is held: a graphic picture's words still being parsed is covered now, named later.
    expect(decidePicture(inputs({ words: GRAPHIC, settings: all, parsing: true, settled: () => false })).action).toBe('cover');
    // A category the reader does not cover is not named: it is hidden because every image is.
    const notBodies: PictureInputs['settings'] = { ...all, categories: ['torture'] };
    expect(decidePicture(inputs({ words: GRAPHIC, settings: notBodies }))).toMatchObject({ verdict: COVER_ALL_VERDICT });
  });

  it('covers everything, reading nothing, on a site set to cover every image', () => {
    const decision = decidePicture(
      inputs({ words: null, page: null, settings: { mode: 'cover-all', sensitivity: 'balanced', categories: [...CATEGORIES] }, lexicons: { loading: true, loadable: () => true } }),
    );
    expect(decision).toEqual({ action: 'cover', verdict: COVER_ALL_VERDICT, revealed: false, lacking: [], readsArticle: false });
  });

  it('releases everything on a site that is off', () => {
    expect(decidePicture(inputs({ words: GRAPHIC, settings: { mode: 'off', sensitivity: 'balanced', categories: [...CATEGORIES] } })).action).toBe('release');
  });

  it('covers a picture whose words were not read (fail closed)', () => {
    expect(decidePicture(inputs({ words: null })).action).toBe('cover');
  });

  it('holds every picture while a lexicon is loading, graphic or not', () => {
    const loading = { loading: true, loadable: () => true };
    expect(decidePicture(inputs({ lexicons: loading }))).toEqual({ action: 'hold', reason: 'lexicons', lacking: [] });
    expect(decidePicture(inputs({ words: GRAPHIC, lexicons: loading })).action).toBe('hold');
  });

  it('holds a safe-looking picture while the parser has not reached its caption', () => {
    expect(decidePicture(inputs({ parsing: true, settled: () => false }))).toMatchObject({ action: 'hold', reason: 'parsing' });
    expect(decidePicture(inputs({ parsing: true, settled: () => true })).action).toBe('release');
    // Asked only while parsing.
    expect(decidePicture(inputs({ parsing: false, settled: () => false })).action).toBe('release');
  });

  it('holds a picture the article could still cover while parsing an article about violence', () => {
    const page = { context: { ...ARTICLE, violenceShare: 0.05 }, lacking: [] };
    // No words of its own: a violent article covers it at balanced, and more of it may follow.
    const undescribed: ImageTextContext = { placement: 'article-body', width: 800, height: 500 };
    expect(decidePicture(inputs({ words: undescribed, page, parsing: true }))).toMatchObject({ action: 'hold', reason: 'parsing' });
    expect(decidePicture(inputs({ words: undescribed, page: { context: { ...ARTICLE, violenceShare: 0.5 }, lacking: [] } })).action).toBe('cover');
    // Its own caption describes a scene without violence: no article covers it, so it is shown
    // without waiting for the end of the document.
    expect(decidePicture(inputs({ page, parsing: true })).action).toBe('release');
    expect(decidePicture(inputs({ page })).action).toBe('release');
  });

  it('holds a safe-looking picture whose caption a script is writing; covers a graphic one at once', () => {
    expect(decidePicture(inputs({ captionPending: () => true }))).toMatchObject({ action: 'hold', reason: 'caption' });
    expect(decidePicture(inputs({ words: GRAPHIC, captionPending: () => true, parsing: true, settled: () => false })).action).toBe('cover');
  });

  describe('with only English loaded (the content script)', () => {
    beforeEach(() => {
      clearLexiconLibrary();
      registerLexicon(bundledLexicon('en')!);
    });
    afterAll(() => {
      clearLexiconLibrary();
      registerBundledLexicons();
    });

    const french: ImageTextContext = { placement: 'article-body', caption: 'Les corps des détenus à la morgue de la prison' };
    const frenchPage = { context: { ...ARTICLE, lang: 'fr' }, lacking: [] };

    it('holds a picture whose words are in a language not loaded, and names the language', () => {
      expect(decidePicture(inputs({ words: french, page: frenchPage }))).toEqual({ action: 'hold', reason: 'lexicons', lacking: ['fr'] });
    });

    it('holds for the languages the page reading lacked too', () => {
      const page = { context: ARTICLE, lacking: ['ar'] };
      expect(decidePicture(inputs({ page }))).toEqual({ action: 'hold', reason: 'lexicons', lacking: ['ar'] });
    });

    it('decides with what there is when the language cannot be had (no loader, given up)', () => {
      const decision = decidePicture(inputs({ words: french, page: frenchPage, lexicons: { loading: false, loadable: () => false } }));
      expect(decision).toMatchObject({ action: 'release', lacking: [] });
    });

    it('covers it once the language is loaded', () => {
      registerLexicon(bundledLexicon('fr')!);
      expect(decidePicture(inputs({ words: french, page: frenchPage }))).toMatchObject({ action: 'cover', lacking: [] });
    });
  });
});

describe('decidePicture with the first pass (trigger words, no lexicon yet)', () => {
  beforeEach(() => {
    clearLexiconLibrary();
    registerTriggerWords(fromStoredTriggers(toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!)))!);
  });
  afterAll(() => clearLexiconLibrary());
  const quietPage: PageTextContext = { ...ARTICLE, quiet: true };
  const loudPage: PageTextContext = { ...ARTICLE, quiet: false };
  const tram: ImageTextContext = { placement: 'article-body', alt: 'A tram at the station', fileName: 'tram.jpg', width: 800, height: 533 };
  const ad: ImageTextContext = { placement: 'advertisement', alt: 'Holiday offer', after: 'Winter breaks by the sea. Book now and save.', fileName: 'mpu.png' };

  it('releases a picture whose words and page hold no trigger word, without asking for a lexicon', () => {
    expect(decidePicture(inputs({ words: tram, page: { context: quietPage, lacking: [] } }))).toMatchObject({ action: 'release', lacking: [], readsArticle: true });
  });

  it('releases an ad, a teaser or an icon whose words hold none on any page: the article is never weighed for them', () => {
    expect(decidePicture(inputs({ words: ad, page: { context: loudPage, lacking: [] } }))).toMatchObject({ action: 'release', lacking: [], readsArticle: false });
    const teaser: ImageTextContext = { placement: 'teaser', heading: 'Schools reopen after the summer break', width: 320, height: 180 };
    expect(decidePicture(inputs({ words: teaser, page: { context: loudPage, lacking: [] } }))).toMatchObject({ action: 'release', lacking: [] });
    expect(decidePicture(inputs({ words: { ...tram, width: 64, height: 64 }, page: { context: loudPage, lacking: [] } }))).toMatchObject({ action: 'release', lacking: [] });
  });

  it('asks for the lexicon of a picture whose words hold one, and holds it meanwhile', () => {
    expect(decidePicture(inputs({ words: GRAPHIC, page: { context: quietPage, lacking: [] } }))).toMatchObject({ action: 'hold', reason: 'lexicons', lacking: ['en'] });
  });

  it('reads a picture in the article in full on a page that holds one', () => {
    expect(decidePicture(inputs({ words: tram, page: { context: loudPage, lacking: [] } }))).toMatchObject({ action: 'hold', lacking: ['en'] });
  });

  it('still holds a quiet picture whose caption the parser has not written yet', () => {
    expect(decidePicture(inputs({ words: tram, page: { context: quietPage, lacking: [] }, parsing: true, settled: () => false }))).toMatchObject({ action: 'hold', reason: 'parsing' });
  });

  it('covers a quiet picture at once when every image is covered', () => {
    const decision = decidePicture(inputs({ words: ad, page: { context: quietPage, lacking: [] }, settings: { mode: 'cover-all', sensitivity: 'balanced', categories: [...CATEGORIES] } }));
    expect(decision).toMatchObject({ action: 'cover', verdict: COVER_ALL_VERDICT, lacking: [] });
  });
});
