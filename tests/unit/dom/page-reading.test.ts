// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { clearLexiconLibrary, LEXICON_LANGUAGES, registerLexicon, registerTriggerWords } from '../../../utils/detection/lexicon-library';
import { fromStoredTriggers, toStoredTriggers } from '../../../utils/detection/trigger-words';
import { PageReadings } from '../../../utils/dom/page-reading';

// The reading's version is what sends pictures back to be decided: it moves only when the page
// says something a decision can see. Invented article.
function article(paragraphs: string[]): Document {
  document.documentElement.lang = 'en';
  document.title = 'Night of shelling in the eastern district';
  document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return document;
}

const addParagraph = (doc: Document, text: string) => {
  const p = doc.createElement('p');
  p.textContent = text;
  doc.querySelector('article')!.append(p);
};
/** Six quiet paragraphs: enough to bring one violent sentence below every share a decision weighs. */
const addCouncilMeetings = (doc: Document) => {
  for (let i = 0; i < 6; i++) addParagraph(doc, `The council met on day ${i + 1} to plan the new school building and its garden.`);
};

describe('PageReadings', () => {
  it('keeps its version when a new paragraph moves the figures but nothing a decision weighs', () => {
    const doc = article(['Bodies lay in the street after the shelling killed twelve people.', 'Rescuers pulled the bodies of two children from the rubble.']);
    const readings = new PageReadings(doc, window);
    const first = readings.readNow();
    expect(first.context.violenceShare).toBeGreaterThan(0.5);
    addParagraph(doc, 'The market reopened on Friday morning with fresh bread and vegetables.');
    const second = readings.readNow();
    expect(second.context.violenceShare).toBeLessThan(first.context.violenceShare);
    expect(second.version).toBe(first.version);
  });

  it('keeps its title version while the article\'s reading moves, and moves it with the title', () => {
    const doc = article(['Bodies lay in the street after the shelling killed twelve people.']);
    const readings = new PageReadings(doc, window);
    const first = readings.readNow();
    addCouncilMeetings(doc);
    const second = readings.readNow();
    expect(second.version).toBe(first.version + 1);
    expect(second.titleVersion).toBe(first.titleVersion);
    doc.title = 'Council plans a new school';
    const third = readings.readNow();
    expect(third.titleVersion).toBe(second.titleVersion + 1);
  });

  it('moves its version when the article falls below a share a decision weighs', () => {
    const doc = article(['Bodies lay in the street after the shelling killed twelve people.']);
    const readings = new PageReadings(doc, window);
    const first = readings.readNow();
    addCouncilMeetings(doc);
    const second = readings.readNow();
    expect(second.context.violenceShare).toBeLessThan(0.25);
    expect(second.version).toBe(first.version + 1);
  });
});

// As in the content script: lexicons arrive one language at a time, after the first reading.
describe('PageReadings as lexicons arrive', () => {
  const violent = ['Bodies lay in the street after the shelling killed twelve people.', 'Rescuers pulled the bodies of two children from the rubble.'];
  const withTriggerWords = () => {
    clearLexiconLibrary();
    const all = LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!);
    registerTriggerWords(fromStoredTriggers(toStoredTriggers(all))!);
  };
  afterEach(() => {
    clearLexiconLibrary();
    registerBundledLexicons();
  });

  it('reads the page again for a language it went without, and not for one it never wanted', () => {
    withTriggerWords();
    const readings = new PageReadings(article(violent), window);
    const first = readings.current();
    expect(first.lacking).toEqual(['en']);
    registerLexicon(bundledLexicon('en')!);
    const second = readings.current();
    expect(second).not.toBe(first);
    expect(second.lacking).toEqual([]);
    expect(second.context.violenceShare).toBeGreaterThan(0.5);
    // A caption in French asked for French: the English article reads the same without it.
    registerLexicon(bundledLexicon('fr')!);
    expect(readings.current()).toBe(second);
  });

  it('reads the page again when the trigger words arrive after a reading without them', () => {
    clearLexiconLibrary();
    registerLexicon(bundledLexicon('en')!);
    const doc = article(['The council met to plan the new school building and its garden.']);
    doc.title = 'Council plans a new school';
    const readings = new PageReadings(doc, window);
    const first = readings.current();
    expect(first.context.quiet).toBeUndefined();
    registerTriggerWords(fromStoredTriggers(toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!)))!);
    const second = readings.current();
    expect(second).not.toBe(first);
    expect(second.context.quiet).toBe(true);
  });
});
