import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 176: the instrument of an execution read with its person. A caption names an execution's
// moment by its apparatus: the condemned led to the gallows or the scaffold, standing on it, the
// ropes readied for the hanging ("Adjusting the ropes for hanging the conspirators", Gardner's
// Lincoln series). That is the act's moment (the written rules' G3), covered from balanced. The
// instrument named alone ("Eisenhower views the gallows at Ohrdruf", "Der Galgen auf dem
// Marktplatz") is where it was done, like the execution site: a topic word, not covered by its
// own words. Sentences written for these tests, on a page that says nothing violent.

const LED_TO_IT: [string, string][] = [
  ['en', 'The four condemned men, with officers and guards, on the scaffold.'],
  ['en', 'The prisoners are led to the gallows.'],
  ['en', 'Adjusting the ropes for hanging the prisoners.'],
  ['de', 'Der Verurteilte wird zum Galgen geführt.'],
  ['de', 'Der Verurteilte steigt aufs Schafott.'],
  ['fr', 'Le condamné est conduit vers la potence.'],
  ['fr', "Le condamné monte sur l'échafaud."],
  ['es', 'El reo sube al cadalso.'],
  ['es', 'Los presos son llevados a la horca.'],
  ['ru', 'Пятерых ведут к виселице.'],
  ['ru', 'Осуждённый поднимается на эшафот.'],
  ['uk', 'Полонених ведуть до шибениці.'],
  ['tr', 'Mahkum darağacına götürülüyor.'],
  ['ar', 'اقتياد السجين إلى المشنقة.'],
];

const THE_INSTRUMENT_ALONE: [string, string][] = [
  ['en', 'General Eisenhower views the gallows at Ohrdruf.'],
  ['de', 'Der Galgen auf dem Marktplatz, Winter 1941.'],
  ['fr', 'La potence exposée au musée.'],
  ['es', 'La horca del museo de la ciudad.'],
  ['ru', 'Виселица на площади города.'],
  ['uk', 'Шибениця на площі міста.'],
  ['tr', 'Meydandaki darağacı.'],
  ['ar', 'المشنقة في ساحة المدينة.'],
  ['en', 'Workers on the scaffolding repair the roof of the cathedral.'],
  ['fr', "Des ouvriers sur l'échafaudage de la cathédrale."],
];

describe('the condemned led to the instrument, on it, or the rope readied for them, is covered from balanced', () => {
  it.each(LED_TO_IT)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it('reads the preposition and the instrument as one execution hit', () => {
    const text = 'Reading the death warrant to the conspirators on the scaffold.';
    const hits = findTerms(text, selectLexicons(text, 'en'));
    expect(hits.map((h) => [h.kind, h.category, h.text])).toContainEqual(['injury', 'execution', 'on the scaffold']);
  });
});

describe('the instrument named alone is where it was done, not covered by default', () => {
  it.each(THE_INSTRUMENT_ALONE)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('the rope on a person stays the moment shown', () => {
  it.each([
    ['fr', 'On retire la corde du cou du condamné.'],
    ['fr', 'Le jeune homme reçoit la corde autour du cou.'],
    ['en', 'A noose around his neck, the prisoner waits.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});
