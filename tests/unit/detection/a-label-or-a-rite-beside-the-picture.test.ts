import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, violentPage } from './test-pages';

// Round 105: an uncaptioned picture in the body of a violent article is covered at balanced by
// the article's reading, unless the page's own line beside it says what it is. Two such lines:
// a label (a few words, no sentence, naming a place, a person or a thing, not the picture
// itself) and a sentence telling a funeral or a burial (the rite a caption of those words would
// make strict). Both wait for strict; a body seen or a wound beside them keeps balanced.

const uncaptioned = (lang: string, near: Partial<ImageTextContext>) =>
  byDefault(classifyImageContext({ placement: 'article-body', ...near }, violentPage(lang)).coverAt);
const level = (lang: string, near: Partial<ImageTextContext>) =>
  classifyImageContext({ placement: 'article-body', ...near }, violentPage(lang)).coverAt;

describe('a label line beside an uncaptioned picture names what it is: strict, not by default', () => {
  const labels: [string, string][] = [
    ['en', 'Location of Talbiseh in the northern Homs countryside'],
    ['de', 'Lage von Talbisa im Norden der Provinz Homs'],
    ['fr', 'Emplacement de Talbiseh, au nord de Homs'],
    ['es', 'Ubicación de Talbiseh al norte de Homs'],
    ['ru', 'Расположение Тальбисе к северу от Хомса'],
    ['uk', 'Розташування Тальбісе на півночі Хомса'],
    ['tr', "Telbise'nin Humus'un kuzeyindeki konumu"],
    ['ar', 'موقع تلبيسة في ريف حمص الشمالي'],
  ];
  it.each(labels)('%s: "%s" after the picture', (lang, after) => {
    expect(level(lang, { after })).toBe('strict');
  });
});

describe('guards: lines that are no label, or a label of harm, leave the article its reading', () => {
  const covered: [string, Partial<ImageTextContext>][] = [
    // A label naming the victims or the massacre is the story's, and may be the picture's.
    ['en', { after: 'Victims of the massacre in Bucha' }],
    ['de', { after: 'Opfer des Massakers in Butscha' }],
    ['fr', { after: 'Victimes du massacre de Boutcha' }],
    ['es', { after: 'Víctimas de la masacre de Bucha' }],
    ['ru', { after: 'Жертвы резни в Буче' }],
    ['uk', { after: 'Жертви різанини в Бучі' }],
    ['tr', { after: 'Buça katliamının kurbanları' }],
    ['ar', { after: 'ضحايا مجزرة بوتشا' }],
    // A sentence of the story, however plain, is no label.
    ['en', { after: 'The town lies in the north of Homs province.' }],
    ['de', { after: 'Die Stadt liegt im Norden der Provinz Homs.' }],
    ['ru', { after: 'Город находится к северу от Хомса.' }],
    ['en', { after: 'Residents of the town walk past the school where soldiers held them for a month' }],
    // A line about the picture as a picture (a counter, a date, a byline, an introduction) says
    // nothing of what it shows.
    ['en', { before: 'Pic 2' }],
    ['en', { before: 'Bucha, 3 April 2022' }],
    ['en', { after: 'Here are the photos:' }],
    ['en', { before: 'Photo report by Viktor Koshmal' }],
    ['de', { before: 'Fotoreportage von Viktor Koschmal' }],
    ['es', { before: 'Fotorreportaje de Víctor Koshmal' }],
    ['ru', { before: 'Фоторепортаж Виктора Кошмала' }],
    ['uk', { before: 'Фоторепортаж Віктора Кошмала' }],
    ['tr', { before: 'Fotoğraflar: Viktor Koşmal' }],
    ['ar', { before: 'تصوير فيكتور كوشمال' }],
    // A label on one side, the wounded on the other.
    ['en', { after: 'Location of the hospital', before: 'The wounded lay in the corridors of the hospital.' }],
  ];
  it.each(covered)('%s: %j stays covered by default', (lang, near) => {
    expect(uncaptioned(lang, near)).toBe(true);
  });
});

describe('a sentence beside an uncaptioned picture telling a funeral or a burial: strict, not by default', () => {
  const rites: [string, Partial<ImageTextContext>][] = [
    ['en', { after: 'Hundreds of mourners gathered on Sunday for the funerals of the victims of the bombing.' }],
    ['de', { after: 'Hunderte Trauernde versammelten sich am Sonntag zur Beerdigung der Opfer des Anschlags.' }],
    ['fr', { after: "Des centaines de personnes ont assisté dimanche aux funérailles des victimes de l'attentat." }],
    ['es', { after: 'Cientos de personas asistieron el domingo al funeral de las víctimas del atentado.' }],
    ['ru', { after: 'Сотни людей пришли в воскресенье на похороны жертв теракта.' }],
    ['uk', { after: 'Сотні людей прийшли в неділю на похорон жертв теракту.' }],
    ['tr', { after: 'Yüzlerce kişi pazar günü saldırıda hayatını kaybedenlerin cenaze törenine katıldı.' }],
    ['ar', { after: 'احتشد مئات المشيعين اليوم الأحد للمشاركة في جنازات ضحايا التفجير.' }],
    ['en', { before: 'The victims were buried side by side on Sunday.' }],
    ['tr', { before: 'Cenazeler kazılan mezarda yan yana defnedildi.' }],
  ];
  it.each(rites)('%s: %j', (lang, near) => {
    expect(level(lang, near)).toBe('strict');
  });
});

describe('guards: a body seen beside the rite, a rite further off, or a grave found, keep the reading', () => {
  const covered: [string, Partial<ImageTextContext>][] = [
    ['en', { after: 'Mourners gathered beside the mutilated bodies of the victims.' }],
    ['de', { after: 'Trauernde stehen neben den Leichen der Opfer.' }],
    ['fr', { after: 'Des proches pleurent devant les cadavres des victimes.' }],
    ['es', { after: 'Familiares lloran junto a los cadáveres de las víctimas.' }],
    ['ru', { after: 'Родственники плачут над трупами погибших.' }],
    ['uk', { after: 'Родичі плачуть над трупами загиблих.' }],
    ['tr', { after: 'Yakınları cesetlerin başında gözyaşı döktü.' }],
    ['ar', { after: 'ذوو الضحايا يبكون أمام الجثث في المشرحة.' }],
    ['en', { before: 'Bodies lay in the street for days.', after: 'Mourners gathered for the funerals on Sunday.' }],
    ['en', { after: 'The bodies lay in the street for days. The funerals were held on Sunday.' }],
    ['en', { after: 'Soldiers killed 40 villagers on Sunday. The funerals were held on Monday.' }],
    ['de', { after: 'Soldaten töteten am Sonntag 40 Dorfbewohner. Die Beerdigung fand am Montag statt.' }],
    // A grave or a cemetery is a place the dead lie in, not a rite: it may hold the remains shown.
    ['tr', { after: "Çanakkale'deki kazılarda 1500 yıllık olduğu tahmin edilen bir mezar bulundu" }],
    ['en', { after: 'A 1,500-year-old grave was found during excavations near the ancient city.' }],
    ['de', { after: 'Bei Ausgrabungen wurde ein 1500 Jahre altes Grab gefunden.' }],
    ['fr', { after: 'Une tombe vieille de 1500 ans a été découverte lors des fouilles.' }],
    ['es', { after: 'Se encontró una tumba de 1500 años durante las excavaciones.' }],
    ['ru', { after: 'На кладбище обнаружили новые сектора захоронений.' }],
    ['uk', { after: 'На кладовищі знайшли нові сектори поховань.' }],
    ['ar', { after: 'عثر على مقبرة في موقع الحفريات.' }],
  ];
  it.each(covered)('%s: %j stays covered by default', (lang, near) => {
    expect(uncaptioned(lang, near)).toBe(true);
  });
});

describe('`[burial-place]`: a grave, a cemetery, a memorial is a borderline word of its own', () => {
  const places: [string, string][] = [
    ['en', 'grave'],
    ['de', 'Friedhof'],
    ['fr', 'cimetière'],
    ['es', 'tumba'],
    ['ru', 'могила'],
    ['uk', 'цвинтар'],
    ['tr', 'mezarlık'],
    ['ar', 'مقبرة'],
  ];
  it.each(places)('%s: "%s" is a borderline dead-bodies word flagged as a place', (lang, word) => {
    const hits = findTerms(word, selectLexicons(word, lang));
    expect(hits.some((h) => h.kind === 'borderline' && h.category === 'dead-bodies' && h.burialPlace)).toBe(true);
  });
});
