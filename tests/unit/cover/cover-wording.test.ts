import { describe, expect, it } from 'vitest';

/** Bidi isolates around each term are invisible; compare what a reader sees. */
const visible = (text: string) => text.replace(/[\u2068\u2069]/g, '');
import {
  categoryLabels,
  coverLabels,
  describeReason,
  englishTranslate,
  joinLabels,
  messageKey,
  shortLabel,
} from '../../../utils/cover-wording';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { neutralPage } from '../detection/test-pages';

describe('cover wording', () => {
  it('says a picture covered for words that name no category may be distressing, on full and small covers', () => {
    expect(coverLabels([], false, englishTranslate)).toEqual(['May be distressing']);
    expect(shortLabel([], false, englishTranslate)).toBe('May be distressing');
  });

  it('says every image is hidden only when the reader chose it for the site', () => {
    expect(coverLabels([], true, englishTranslate)).toEqual([]);
    expect(shortLabel([], true, englishTranslate)).toBe('All images hidden');
    expect(shortLabel(['injury'], true, englishTranslate)).toBe(englishTranslate(messageKey('category_short', 'injury')));
    expect(coverLabels(['injury'], false, englishTranslate)).toEqual(['Serious injury or blood']);
  });

  it('names categories plainly, in the order given', () => {
    expect(joinLabels(categoryLabels(['dead-bodies', 'torture'], englishTranslate))).toBe(
      'Dead bodies · Torture or abuse',
    );
  });

  it('says where the reason came from and what it mentions', () => {
    expect(visible(describeReason({ source: 'caption', terms: ['bodies', 'burn marks'] }, englishTranslate))).toBe(
      'Caption mentions bodies, burn marks',
    );
    expect(visible(describeReason({ source: 'file-name', terms: ['morgue'] }, englishTranslate))).toBe(
      'File name mentions morgue',
    );
    expect(visible(describeReason({ source: 'article', terms: ['torture'] }, englishTranslate))).toBe(
      'The article describes torture',
    );
    expect(visible(describeReason({ source: 'site-mode', terms: [] }, englishTranslate))).toMatch(/every image/);
    expect(visible(describeReason(null, englishTranslate))).toBe('');
  });

  it('keeps reasons short: at most three terms', () => {
    const reason = visible(describeReason({ source: 'alt', terms: ['a', 'b', 'c', 'd'] }, englishTranslate));
    expect(reason).toBe('Image description mentions a, b, c');
  });

  it('makes message keys that browser.i18n accepts', () => {
    expect(messageKey('category', 'sexual-violence')).toBe('category_sexual_violence');
    expect(messageKey('source', 'nearby-text')).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('uses a locale string when the browser has one, English otherwise', () => {
    const arabic = (key: string) => (key === 'category_dead_bodies' ? 'جثث' : englishTranslate(key));
    expect(categoryLabels(['dead-bodies', 'execution'], arabic)).toEqual(['جثث', 'Execution']);
  });
});

describe('reason terms in a sentence', () => {
  it('lowercases a capitalised first word but keeps acronyms', () => {
    expect(visible(describeReason({ source: 'caption', terms: ['Bodies', 'ISIS'] }, englishTranslate))).toBe(
      'Caption mentions bodies, ISIS',
    );
  });
});

describe('mixed-direction reasons', () => {
  it('isolates each term so Arabic words do not reorder an English sentence', () => {
    const reason = describeReason({ source: 'caption', terms: ['جثث', 'آثار حروق'] }, englishTranslate);
    expect(reason).toBe('Caption mentions \u2068جثث\u2069, \u2068آثار حروق\u2069');
  });

  it('joins terms with the locale separator', () => {
    const arabic = (key: string, subs?: string[]) =>
      key === 'cover_term_separator' ? '، ' : englishTranslate(key, subs);
    expect(visible(describeReason({ source: 'caption', terms: ['جثث', 'دماء'] }, arabic))).toBe(
      'Caption mentions جثث، دماء',
    );
  });
});

describe('reason terms in German', () => {
  it('keeps the capital every German noun is written with', () => {
    const reason = { source: 'caption' as const, terms: ['Leichen', 'Folter'] };
    expect(visible(describeReason({ ...reason, lang: 'de' }, englishTranslate))).toBe('Caption mentions Leichen, Folter');
    expect(visible(describeReason({ ...reason, lang: 'de_DE' }, englishTranslate))).toBe('Caption mentions Leichen, Folter');
  });

  it('still lowercases the first word of a caption in other languages', () => {
    expect(visible(describeReason({ source: 'caption', terms: ['Cadavres'], lang: 'fr' }, englishTranslate))).toBe(
      'Caption mentions cadavres',
    );
    expect(visible(describeReason({ source: 'caption', terms: ['Dead'], lang: 'dev' }, englishTranslate))).toBe('Caption mentions dead');
  });
});

describe('a German caption read to its cover', () => {
  it('names the words as the page writes them', () => {
    const verdict = classifyImageContext(
      { caption: 'Leichen liegen nach dem Angriff auf der Straße.', placement: 'article-body' },
      neutralPage('de'),
    );
    expect(verdict.reason?.lang).toBe('de');
    expect(visible(describeReason(verdict.reason, englishTranslate))).toMatch(/^Caption mentions Leichen/);
  });
});
