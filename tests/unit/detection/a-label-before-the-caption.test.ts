import { describe, expect, it } from 'vitest';
import { withoutCredit } from '../../../utils/detection/credit-line';
import { captionCoverAt, violentPage } from './test-pages';

// Round 166: newsrooms print the word for photo as a label before the caption ("Фото: разбор
// завалов в Харькове", "Image: Rockfall is seen on a beach…", "الصورة: طفلة فلسطينية…"; the
// development cases ru-0299, uk-0064, ar-0140, en-0520, en-0522, uk-0004). What follows the label
// is the picture's description when it is written as a clause (two common, lower-case words or
// more; five words in a script without letter case), and a credit when it is a name, an agency,
// a slash list, a handle, a web address or where the picture came from. Sentences written for
// these tests.

/** The words read as the picture's own, without the credit line (blank for a credit alone). */
const described = (text: string) => withoutCredit(text).trim();

describe('a label followed by a description: the description is the picture\'s own words', () => {
  it.each([
    ['ru', 'Фото: жители осматривают разрушенный рынок в Харькове'],
    ['ru', 'Фото: разбор завалов в Харькове (facebook.com/MNSKHARKIV)'],
    ['uk', 'Фото: рятувальники провели евакуацію поранених з Авдіївки (facebook.com MNS.GOV.UA)'],
    ['en', 'Photo: residents inspect the damaged market in Kharkiv'],
    ['en', 'Image: Rockfall is seen on a beach after a cliff collapsed in the village.'],
    ['de', 'Foto: Anwohner betrachten den zerstörten Markt in Charkiw'],
    ['fr', 'Photo : des habitants regardent le marché détruit à Kharkiv'],
    ['es', 'Foto: vecinos observan el mercado destruido en Járkov'],
    ['tr', "Fotoğraf: Harkov'da yıkılan pazaryerini inceleyen sakinler"],
    ['ar', 'الصورة: طفلة فلسطينية تحاول الهروب من ألسنة اللهب.'],
  ])('so a violent article does not cover it by default (%s: %s)', (lang, caption) => {
    expect([null, 'strict']).toContain(captionCoverAt(caption, lang, violentPage(lang)));
  });

  it.each([
    ['ru', 'Фото: тела погибших на улице Бучи', 'тела погибших на улице Бучи'],
    ['uk', 'Фото: похорон загиблих у Харкові. Фото: Reuters', 'похорон загиблих у Харкові.'],
    ['en', 'Photo: Mourners carry a coffin in Gaza (Reuters)', 'Mourners carry a coffin in Gaza (Reuters)'],
  ])('the label is left out and a credit after the description still is (%s)', (_lang, caption, words) => {
    expect(described(caption)).toBe(words);
  });

  it.each([
    ['ru', 'Фото: тела погибших на улице Бучи'],
    ['de', 'Foto: Leichen von Zivilisten liegen auf einer Straße in Butscha'],
    ['ar', 'الصورة: جثث مدنيين ملقاة في شارع في بوتشا'],
  ])('a graphic description after a label still covers from minimal (%s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBe('minimal');
  });
});

describe('a label followed by a credit: no words of the picture\'s own, the article speaks for it', () => {
  it.each([
    ['ru', 'Фото: Reuters'],
    ['uk', 'Фото: Координаційний штаб'],
    ['uk', 'Фото: Суспільне Суми'],
    ['ru', 'Фото: пресс-служба МЧС России'],
    ['uk', 'Фото: з відкритих джерел'],
    ['ru', 'Фото: из открытых источников'],
    ['ru', 'Фото: с сайта community.livejournal.com/rumol'],
    ['uk', 'Фото: t.me/truexanews'],
    ['de', 'Foto: dpa/Michael Kappeler'],
    ['de', 'Bild: picture alliance / akg-images'],
    ['fr', 'Photo : AFP'],
    ['fr', 'Photo : Sylvain Julienne'],
    ['en', 'Photo: courtesy of the family'],
    ['en', 'Photo: Greece at WWII Archives - eBay'],
    ['es', 'Foto: Instagram @masterchefuruguay'],
    ['tr', '[Fotoğraf: DHA]'],
    ['ar', 'الصورة: رويترز'],
    ['ar', 'الصورة: محمد سالم - أ ف ب'],
    ['ar', 'الصورة: من مواقع التواصل الاجتماعي'],
    // A credit that holds a harm-looking word is still a name.
    ['en', 'Photo: Alex Dead'],
    ['en', 'Photo: Wounded Warrior Project'],
  ])('%s: %s', (lang, caption) => {
    expect(described(caption)).toBe('');
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBe('balanced');
  });

  it('"Source:" and "Credit:" only ever open a credit', () => {
    expect(described('Source: the family of the victims in Kharkiv')).toBe('');
    expect(described('Credit: local residents filmed the market')).toBe('');
  });

  it('a label after the caption\'s first words is a credit, as before', () => {
    expect(described('Разбор завалов. Фото: спасатели работают на месте удара')).toBe('Разбор завалов.');
  });

  it('labels stacked at the start are read as one, whatever their number (a hostile page\'s caption stays one pass)', () => {
    expect(described(`${'Фото: '.repeat(900)}тела погибших мирных жителей на улице`)).toBe('тела погибших мирных жителей на улице');
    expect(described(`${'Photo: '.repeat(900)}Reuters`)).toBe('');
  });
});

describe('labels that say the picture is not of the event are weighed as before', () => {
  it.each([
    // "Illustrative photo" as words of the caption: a description that names no harm.
    ['uk', 'Ілюстративне фото', null],
    ['uk', 'Фото ілюстративне', null],
    // One word after the label: no description, so the article decides, as before.
    ['uk', 'Фото: ілюстративне', 'balanced'],
    // A drawing named first: strict at most.
    ['en', 'Illustration: bodies in the street', 'strict'],
  ])('%s: %s', (lang, caption, level) => {
    expect(captionCoverAt(caption, lang, violentPage(lang))).toBe(level);
  });
});
