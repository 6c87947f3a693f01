import { describe, expect, it } from 'vitest';
import { captionCoverAt, coveredByDefault } from './test-pages';

// Round 96: a person's portrait, not the harm told of the person. A caption that opens with a
// name and its life dates ("Pierre Laval (28 June 1883 – 15 October 1945) was a French
// politician…", "Juan Pérez (1898-1936)", "Анна Петрова (1923—1941)") introduces a portrait: that
// first sentence is no dateline handing the picture to the next one, and what the sentences after
// it tell (arrested, executed, shot) is what happened in the person's life, background like a
// clause hung on a name. A body named after the dates is still shown. Sentences written for these
// tests, on a page that says nothing violent. Guards: a war's years are no life ("(1914–1918)"),
// a body in the first sentence, a body after the dates, and the same life told without dates.

describe('a caption opening with a name and life dates is a portrait: the execution told after it does not cover it by default', () => {
  it.each([
    ['en', 'Pierre Dupont (12 May 1890 – 3 June 1944) was a French trade unionist. He was arrested by the Gestapo and executed by firing squad.'],
    ['fr', 'Jean Dupont (20 juin 1899 - 8 juillet 1943) était un syndicaliste français. Il a été fusillé par les Allemands.'],
    ['es', 'Juan Pérez (1898-1936) fue un poeta español. Fue fusilado por los sublevados en agosto.'],
    ['de', 'Anna Berger (1921–1943) war eine Widerstandskämpferin. Sie wurde in München hingerichtet.'],
    ['ru', 'Анна Петрова (1923—1941) — партизанка из Тамбова. Её казнили немцы в деревне.'],
    ['uk', 'Олена Петренко (1906–1942) — українська поетеса. Її розстріляли нацисти в Києві.'],
    ['tr', 'Ahmet Yılmaz (1899-1961) Türk siyasetçi. 1961 yılında idam edildi.'],
    ['ar', 'عمر الفلاني (1858-1931) قائد ليبي. أعدمه الإيطاليون شنقا.'],
  ])('%s: %s', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(false);
  });
});

describe('guards: a war’s years, a body shown, and a life told without dates', () => {
  it.each([
    ['en', 'The body of Benito Mussolini (1883–1945) hanging in Piazzale Loreto in Milan.', 'minimal'],
    ['en', 'A street in Verdun during the war (1914–1918). Bodies lay in the streets for days.', 'balanced'],
    ['es', 'Una calle de Madrid durante la guerra (1936-1939). Los cadáveres quedaron en las calles.', 'balanced'],
    ['de', 'Eine Straße in Berlin (1939–1945). Leichen lagen tagelang auf der Straße.', 'minimal'],
    ['ru', 'Улица Сталинграда (1942—1943). Трупы лежали на улицах.', 'minimal'],
    ['en', 'Pierre Dupont was a French trade unionist. He was arrested and executed by firing squad.', 'balanced'],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang)).toBe(level);
  });

  it('en: a body named after the life dates is still covered by default', () => {
    expect(coveredByDefault('Benito Mussolini (1883–1945), Italian dictator. His body was hung upside down in Piazzale Loreto.', 'en')).toBe(true);
  });
});
