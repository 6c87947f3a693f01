import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { findTerms } from '../../../utils/detection/find-terms';
import type { LexiconData } from '../../../utils/detection/lexicons/lexicon-types';
import { captionCoverAt, coveredByDefault } from './test-pages';

// Round 110: a place or an institution named by the violence done in it ("the torture prison",
// "Foltergefängnis", "la chambre de torture", "камера пыток", "işkence merkezi", "سجن التعذيب",
// "the execution site", "معسكر الموت") names where it happened: the topic of the page, not the act
// shown. A caption showing the place (visitors, a gate, a guide) is not covered by default; the
// people harmed there are named by words of their own (bodies, tortured prisoners), which stay
// graphic. And a mask worn ("a man in a mask") leaves its wearer a person.

const covered = (caption: string, lang: string) => coveredByDefault(caption, lang);

describe('one word read by two entries is read by the one naming more of it', () => {
  const data: LexiconData = {
    lang: 'de',
    inflection: 'suffix',
    endings: ['en', 'e', 'n', 's'],
    minStem: 3,
    sections: {
      'graphic torture': ['folter-'],
      'topic torture': ['folterkeller-'],
    },
  };
  const lex = compileLexicon(data);
  const found = (text: string) => findTerms(text, [lex]).map((h) => `${h.kind}: ${h.text}`);

  it('a compound named whole is read by its own entry, not by its violent modifier', () => {
    expect(found('Besucher im Folterkeller')).toEqual(['topic: Folterkeller']);
  });

  it('the modifier alone, or in another compound, keeps its reading', () => {
    expect(found('Folter im Gefängnis')).toEqual(['graphic: Folter']);
    expect(found('Folteropfer')).toEqual(['graphic: Folteropfer']);
  });
});

describe('a place named by the violence done in it is where it happened, not the act shown', () => {
  it.each([
    ['de', 'Heute führt er Besucher durch das ehemalige Foltergefängnis.'],
    ['de', 'Besucher stehen im ehemaligen Folterkeller der Stasi.'],
    ['de', 'Das Tor zur Folterkammer des Schlosses.'],
    ['en', 'Visitors walk through the former torture prison in Phnom Penh.'],
    ['en', 'The gate of the torture centre today.'],
    ['en', 'The execution site is now a memorial.'],
    ['fr', 'Des visiteurs dans l’ancienne chambre de torture.'],
    ['es', 'Visitantes en el antiguo centro de tortura.'],
    ['ru', 'Посетители в бывшей камере пыток.'],
    ['tr', 'Ziyaretçiler eski işkence merkezini geziyor.'],
    ['ar', 'زوار يتجولون في سجن التعذيب السابق'],
    ['ar', 'بوابة معسكر الموت في اوشفيتز'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(false);
  });

  it.each([
    ['de', 'Das Eingangstor des Todeslagers Auschwitz.'],
    ['en', 'Tourists at the entrance of the death camp.'],
    ['fr', 'L’entrée du camp de la mort d’Auschwitz.'],
    ['es', 'La entrada del campo de exterminio.'],
    ['ru', 'Ворота лагеря смерти Освенцим.'],
    ['uk', 'Ворота табору смерті.'],
    ['tr', 'Ölüm kampının giriş kapısı.'],
  ])('guard, already a place: %s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(false);
  });
});

describe('the people harmed there are shown by words of their own', () => {
  it.each([
    ['de', 'Leichen von Häftlingen im Folterkeller.'],
    ['de', 'Gefangene werden im Foltergefängnis gefoltert.'],
    ['en', 'Bodies of prisoners lie in the death camp.'],
    ['en', 'A prisoner is tortured in the torture prison.'],
    ['en', 'Corpses at the execution site.'],
    ['fr', 'Des cadavres dans le camp de la mort.'],
    ['es', 'Cadáveres en el centro de tortura.'],
    ['ru', 'Трупы узников в лагере смерти.'],
    ['uk', 'Тіла в’язнів у таборі смерті.'],
    ['tr', 'Ölüm kampında mahkumların cesetleri.'],
    ['ar', 'جثث معتقلين في سجن التعذيب'],
    ['en', 'Torture in the prison: a detainee is beaten by guards.'],
    ['de', 'Folteropfer im Gefängnis.'],
  ])('guard: %s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });
});

describe('a mask worn leaves its wearer a person', () => {
  it('a man in a mask said to lie dead is a body shown', () => {
    expect(captionCoverAt('A man in a mask lies dead in a street.', 'en')).toBe('minimal');
  });

  it.each([
    'A skull mask lies on the ground.',
    'A bloody mask on display at the museum.',
    'A death mask of the emperor.',
  ])('guard, a mask alone is a thing: %s', (caption) => {
    expect(covered(caption, 'en')).toBe(false);
  });
});
