import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { neutralPage } from './test-pages';

// A later sentence of a caption that covers the picture from balanced (a graphic word, a wound
// named on the body) is why the cover is there: the cover names its words and category, not an
// empty "Caption" with no category (issue 12.5: the label follows the evidence).

const verdictOf = (caption: string, lang: string) => classifyImageContext({ caption }, neutralPage(lang));

describe('a cover reached through a later sentence names what it covers for', () => {
  it.each([
    ['en', 'Mohamad Abu Morad, a nurse, at the clinic of the camp. Medics receive a man with a head wound.', 'injury'],
    ['es', 'Mohamad Abu Morad, enfermero, en la clínica del campo. Unos sanitarios reciben a un hombre herido en la cabeza.', 'injury'],
    ['de', 'Mohamad Abu Morad, ein Pfleger, in der Klinik des Lagers. Sanitäter nehmen einen am Kopf verletzten Mann auf.', 'injury'],
  ])('%s: a wound on the body', (lang, caption, category) => {
    const verdict = verdictOf(caption, lang);
    expect(verdict.coverAt).toBe('balanced');
    expect(verdict.categories).toContain(category);
    expect(verdict.reason?.terms.length).toBeGreaterThan(0);
  });

  it('a graphic word of a later sentence is named too', () => {
    const verdict = verdictOf('Relatives at the hospital in Khan Younis on Tuesday. The bodies of two children lie under white sheets.', 'en');
    expect(verdict.coverAt).toBe('balanced');
    expect(verdict.categories).toEqual(['dead-bodies']);
    expect(verdict.reason?.terms.join(' ')).toMatch(/bodies/);
  });

  it('words of the picture that name a category are named alone: background adds nothing', () => {
    const verdict = verdictOf('A man with a head wound waits at the clinic. The strike killed 40 people, the ministry said.', 'en');
    expect(verdict.categories).toEqual(['injury']);
    expect(verdict.reason?.terms).not.toContain('killed');
  });
});
