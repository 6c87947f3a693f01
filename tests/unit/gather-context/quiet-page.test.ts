// @vitest-environment happy-dom
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { clearLexiconLibrary, LEXICON_LANGUAGES, readingLacks, registerTriggerWords } from '../../../utils/detection/lexicon-library';
import { fromStoredTriggers, toStoredTriggers } from '../../../utils/detection/trigger-words';
import { gatherPageContext } from '../../../utils/dom/gather-page-context';

// The page's side of the first pass, as in a content script: trigger words registered, no
// lexicon. A page that holds none is read without one; any other page asks for its language.

const triggers = fromStoredTriggers(toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!)))!;
beforeEach(() => {
  clearLexiconLibrary();
  registerTriggerWords(triggers);
});
afterAll(() => {
  clearLexiconLibrary();
  registerBundledLexicons();
});

function page(title: string, paragraphs: string[], lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.documentElement.lang = lang;
  doc.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return doc;
}

describe('gatherPageContext with the first pass', () => {
  it('reads a page without trigger words as quiet, without wanting a lexicon', () => {
    const doc = page('Trams return to the old town', ['The new trams run every ten minutes from Monday.', 'Tickets cost the same as before, the council said on Friday.']);
    const { value, lacking } = readingLacks(() => gatherPageContext(doc));
    expect(value).toMatchObject({ quiet: true, violenceShare: 0 });
    expect(lacking).toEqual([]);
  });

  it('reads a page that speaks of violence anywhere as not quiet, and wants its language', () => {
    const doc = page('Trams return to the old town', ['The new trams run every ten minutes from Monday.', 'Two people were killed when a tram left the rails last year.']);
    const { value, lacking } = readingLacks(() => gatherPageContext(doc));
    expect(value.quiet).toBe(false);
    expect(lacking).toEqual(['en']);
  });

  it('finds the trigger words of the page’s own language (French here)', () => {
    const doc = page('Le tramway revient', ['Des corps ont été retrouvés près de la gare.'], 'fr');
    expect(readingLacks(() => gatherPageContext(doc)).value.quiet).toBe(false);
  });
});
