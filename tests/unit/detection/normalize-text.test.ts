import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../utils/detection/normalize-text';

describe('normalizeText', () => {
  it('applies NFKC and case folding', () => {
    expect(normalizeText('ＢＯＤＩＥＳ')).toBe('bodies'); // full-width letters
    expect(normalizeText('ﬁeld hospital')).toBe('field hospital'); // ligature
    expect(normalizeText('LEICHE')).toBe('leiche');
  });

  it('folds acute, grave and circumflex accents but keeps letters of their own', () => {
    expect(normalizeText('Exécution à Pâques')).toBe('execution a paques');
    expect(normalizeText('Ejecución')).toBe('ejecucion');
    expect(normalizeText('Ölü Güneş Çocuk')).toBe('ölü güneş çocuk');
    expect(normalizeText('Straße')).toBe('strasse');
    expect(normalizeText('Мёртвые')).toBe('мертвые');
    expect(normalizeText('Їжак й')).toBe('їжак й');
  });

  it('folds Turkish dotted and dotless i', () => {
    expect(normalizeText('İŞKENCE')).toBe('işkence');
    expect(normalizeText('yaralı')).toBe('yarali');
  });

  it('drops Arabic diacritics and tatweel, unifies alef, ya and ta marbuta', () => {
    expect(normalizeText('جُثَّة')).toBe('جثه');
    expect(normalizeText('جـــثـــة')).toBe('جثه');
    expect(normalizeText('إعدام')).toBe('اعدام');
    expect(normalizeText('أشلاء')).toBe('اشلاء');
    expect(normalizeText('آثار')).toBe('اثار');
    expect(normalizeText('جرحى')).toBe('جرحي');
    expect(normalizeText('مسؤول')).toBe('مسوول');
  });

  it('joins words that soft hyphens and zero-width characters split', () => {
    expect(normalizeText('Leichen\u00adfund im Ärmel\u00adkanal')).toBe('leichenfund im ärmelkanal');
    expect(normalizeText('Massen\u200bgrab')).toBe('massengrab');
    expect(normalizeText('\ufeffcadavres')).toBe('cadavres');
    expect(normalizeText('жерт\u00adви')).toBe('жертви');
  });
});
