import { describe, expect, it } from 'vitest';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

const langs = (text: string, lang?: string) => selectLexicons(text, lang).map((l) => l.lang);

describe('selectLexicons', () => {
  it('trusts a known page language', () => {
    expect(langs('corps diplomatique', 'fr-FR')).toEqual(['fr']);
    expect(langs('тела погибших', 'ru')).toEqual(['ru']);
    expect(langs('جثث', 'ar')).toEqual(['ar']);
  });

  it('falls back on the script when the language is unknown or absent', () => {
    expect(langs('bodies', undefined)).toEqual(['en', 'fr', 'es', 'de', 'tr']);
    expect(langs('тіла', 'xx')).toEqual(['ru', 'uk']);
    expect(langs('جثث', undefined)).toEqual(['ar']);
  });

  it('reads another script quoted on a known page', () => {
    expect(langs('جثث', 'en')).toEqual(['ar', 'en']);
    expect(langs('bodies', 'ar')).toEqual(['ar', 'en']);
  });
});
