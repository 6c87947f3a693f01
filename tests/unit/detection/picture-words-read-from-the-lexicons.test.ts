import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { lexiconData } from '../../../utils/detection/lexicons/all-lexicons';
import { LEXICON_LANGUAGES } from '../../../utils/detection/lexicon-library';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { findPictureWords, findTerms } from '../../../utils/detection/find-terms';
import { PICTURE_WORD_KINDS } from '../../../utils/detection/lexicon-sections';
import { besideCoveredByDefault, captionCoverAt, coveredByDefault, violentPage } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';
import { ABOVE_AFTER_A_TOLL, HARM_IN_A_DATED_PHOTOGRAPH } from './shared-captions';

// The words about the picture itself (a demonstrative with a picture noun, a verb of
// photographing, "Above,", a byline's "Photos", a photograph named and a satellite image) are
// lexicon sections, read apart from the others (findPictureWords): each case below is read by its
// language's section, and unread once that section is emptied, so a word a translator removes
// from a file is a word detection no longer knows, and none of them is left in the code.

restoreLexiconsAfterEach();

/** An uncaptioned picture with `near` beside it, on a page whose article is not about violence. */
const calm = (lang: string, near: Partial<ImageTextContext>) => besideCoveredByDefault(lang, '', near, false);

describe('[points-at-picture]: the paragraph beside the picture points at it in words of its own', () => {
  const cases: [string, string][] = [
    ['en', 'This photo was taken by the local police in 1965. The corpses of ten children lay on the floor of the dormitory.'],
    ['de', 'Dieses Foto wurde 1965 von der örtlichen Polizei aufgenommen. Die Leichen von zehn Kindern lagen auf dem Boden des Schlafsaals.'],
    ['fr', 'Cette photo a été prise par la police locale en 1965. Les cadavres de dix enfants sont sur le sol du dortoir.'],
    ['es', 'Esta foto fue tomada por la policía local en 1965. Los cadáveres de diez niños están en el suelo del dormitorio.'],
    ['ru', 'Этот снимок сделала местная полиция в 1965 году. Трупы десяти детей лежали на полу спальни.'],
    ['uk', 'Цей знімок зробила місцева поліція в 1965 році. Трупи десяти дітей лежали на підлозі спальні.'],
    ['tr', 'Bu fotoğraf 1965 yılında yerel polis tarafından çekildi. On çocuğun cesetleri yatakhanenin zemininde yatıyordu.'],
    ['ar', 'التقطت هذه الصورة الشرطة المحلية عام 1965. جثث عشرة أطفال كانت ملقاة على أرض المهجع.'],
    ['en', 'Title from the caption on the reverse. Additional caption text: "Represents 8,000 corpses."'],
    ['de', 'Bildunterschrift auf der Rückseite: „Leichen von 8.000 Häftlingen.“'],
    ['ru', 'Подпись к фото на обороте: «Трупы 8000 заключённых».'],
    ['ar', 'تعليق على الصورة: جثث 8000 سجين.'],
  ];
  it.each(cases)('%s: %s', (lang, after) => {
    expect(calm(lang, { after })).toBe(true);
    withoutSection(lang, 'points-at-picture');
    expect(calm(lang, { after })).toBe(false);
  });
});

describe('[photographed]: the picture\'s making told as an act in the sentence beside it', () => {
  const cases: [string, string][] = [
    ['en', 'On Wednesday residents photographed a car carrying a corpse on its roof.'],
    ['de', 'Am Mittwoch fotografierten Anwohner ein Auto, auf dessen Dach eine Leiche transportiert wurde.'],
    ['fr', 'Mercredi, des habitants ont photographié une voiture transportant un cadavre sur son toit.'],
    ['es', 'El miércoles, unos vecinos fotografiaron un coche que llevaba un cadáver en el techo.'],
    ['ru', 'В среду жители сфотографировали машину, на крыше которой везли труп.'],
    ['uk', 'У середу мешканці сфотографували машину, на даху якої везли труп.'],
    ['tr', 'Çarşamba günü sakinler, çatısında ceset taşıyan bir arabayı fotoğrafladı.'],
    ['ar', 'صوّر السكان يوم الأربعاء جثة رجل ملقاة في الشارع.'],
  ];
  it.each(cases)('%s: %s', (lang, after) => {
    expect(calm(lang, { after })).toBe(true);
    withoutSection(lang, 'photographed');
    expect(calm(lang, { after })).toBe(false);
  });
});

describe('[above]: a later sentence of a caption opening with the word for "above" is the picture\'s own', () => {
  const cases = ABOVE_AFTER_A_TOLL;
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
    // The sentences name a wound on the body, which a later sentence also shows (round 118): the
    // parts of the body are left out too, so only "above" is read.
    withoutSection(lang, 'above', 'body-parts');
    expect(coveredByDefault(caption, lang)).toBe(false);
  });
});

describe('[about-the-picture]: a short line beside the picture holding a word of photography is a byline, not a label', () => {
  /** The level an uncaptioned picture in a violent article is covered from: a label makes it strict. */
  const level = (lang: string, before: string) => classifyImageContext({ placement: 'article-body', before }, violentPage(lang)).coverAt;
  const cases: [string, string][] = [
    ['en', 'Photo report by Viktor Koshmal'],
    ['de', 'Fotoreportage von Viktor Koschmal'],
    ['es', 'Fotorreportaje de Víctor Koshmal'],
    ['ru', 'Фоторепортаж Виктора Кошмала'],
    ['uk', 'Фоторепортаж Віктора Кошмала'],
    ['tr', 'Fotoğraflar Viktor Koşmal'],
    ['ar', 'تصوير فيكتور كوشمال'],
    // The agencies' spelling on a page in another language.
    ['es', 'Photos by Víctor Koshmal'],
    ['fr', 'Photos Viktor Koshmal'],
    ['tr', 'Photos Viktor Koşmal'],
  ];
  it.each(cases)('%s: %s', (lang, before) => {
    expect(level(lang, before)).toBe('balanced');
    withoutSection(lang, 'about-the-picture');
    expect(level(lang, before)).toBe('strict');
  });
});

describe('[photograph] and [other-picture]: a portrait hint that only dates a photograph, not a satellite image', () => {
  const dated = HARM_IN_A_DATED_PHOTOGRAPH;
  it.each(dated)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
    withoutSection(lang, 'photograph');
    expect(captionCoverAt(caption, lang)).not.toBe('minimal');
  });

  const satellite: [string, string][] = [
    ['de', 'Leichen in einer Straße in Butscha, Satellitenbild.'],
    ['ar', 'جثث في شارع في بوتشا، صورة جوية.'],
  ];
  it.each(satellite)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
    withoutSection(lang, 'other-picture');
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  it('a graphic phrase holding a [photograph] word names a kind of picture (the post-mortem photograph)', () => {
    const after = 'Chicago (USA). Post-mortem photograph of a girl in the 19th century. The stand can be seen behind the girl.';
    expect(calm('en', { after })).toBe(true);
    withoutSection('en', 'photograph');
    expect(calm('en', { after })).toBe(false);
  });
});

describe('picture words are read apart: they neither take words from the other sections nor lose theirs', () => {
  const en = () => [bundledLexicon('en')!];

  it('"in this photo" is a [depicts] phrase for findTerms, and holds the pointing "this photo"', () => {
    const text = 'In this photo, the corpses lie on the floor.';
    expect(findTerms(text, en()).map((h) => [h.kind, h.text])).toContainEqual(['depicts', 'In this photo']);
    expect(findPictureWords(text, en()).filter((h) => h.kind === 'pointsAtPicture').map((h) => h.text)).toEqual(['this photo']);
  });

  it('findTerms never returns a picture word, and findPictureWords nothing else', () => {
    const text = 'Photos by AP. This photo was taken above the town: residents photographed the corpses, in an undated photo, not a satellite image.';
    const terms = findTerms(text, en());
    const words = findPictureWords(text, en());
    expect(terms.some((h) => PICTURE_WORD_KINDS.has(h.kind))).toBe(false);
    expect(words.every((h) => PICTURE_WORD_KINDS.has(h.kind))).toBe(true);
    // One word read by several kinds: "photo" is a photograph named and a byline's word at once.
    expect(new Set(words.map((h) => h.kind))).toEqual(new Set(['aboutPicture', 'photograph', 'pointsAtPicture', 'photographed', 'above', 'otherPicture']));
  });

  it('every language file holds the picture-word sections', () => {
    for (const lang of LEXICON_LANGUAGES) {
      const sections = lexiconData(lang)!.sections;
      for (const name of ['points-at-picture', 'photographed', 'above', 'about-the-picture', 'photograph']) expect(sections[name]?.length, `${lang} [${name}]`).toBeGreaterThan(0);
    }
  });
});
