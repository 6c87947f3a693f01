// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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
