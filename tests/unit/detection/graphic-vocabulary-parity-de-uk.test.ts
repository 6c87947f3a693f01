import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt as caption } from './test-pages';

// Round 147: the graphic sections of German and Ukrainian (and Russian where it lacked the same)
// audited against en, fr, es and ru. Each caption below names, in the ordinary words of a dpa,
// Ukrinform or Suspilne caption, a meaning two or more of those languages already read as graphic:
// a compound whose head is "Leiche", the dead laid out in a row, a bullet in the head, a summary
// execution, limbs hacked or torn off, a body torn apart, fingernails pulled out, eyes gouged out,
// waterboarding, a person hung by the wrists, a bloodied or disfigured face, burns by their degree,
// a hooded prisoner beaten. The everyday senses of the same words stay uncovered.

describe('graphic vocabulary parity: German', () => {
  it.each([
    'Helfer bergen eine Wasserleiche aus dem Fluss.',
    'Eine Kinderleiche liegt unter Trümmern in Gaza.',
    'Aufgereihte Tote in einem Hof in Isjum.',
    'Ein Verletzter mit einer Kugel im Kopf wird in Gaza versorgt.',
    'Abgehackte Hände eines Opfers in Sierra Leone.',
    'Ihm wurden die Hände abgehackt.',
    'Ein Soldat mit abgerissenem Bein liegt auf einer Trage.',
    'Ein Häftling, dem die Fingernägel ausgerissen wurden.',
    'Gefangenen wurden die Augen ausgestochen.',
    'Ein Gefangener mit ausgestochenen Augen.',
    'Ein Mann wird beim Waterboarding auf ein Brett geschnallt.',
    'Soldaten erschießen standrechtlich einen Gefangenen.',
    'Drei Männer wurden standrechtlich erschossen.',
    'Ein zerfetzter Körper liegt auf der Straße.',
  ])('its own words show it (%s)', (text) => {
    expect(caption(text, 'de')).toBe('minimal');
  });

  it('a hooded prisoner beaten is abuse shown (restrained and harm done)', () => {
    expect(caption('Ein Gefangener mit einem Sack über dem Kopf wird geschlagen.', 'de')).toBe('balanced');
  });

  it('burns named by their degree are a wound named, even beside a stretcher', () => {
    expect(caption('Ein Junge mit Verbrennungen dritten Grades wird auf einer Trage gebracht.', 'de')).toBe('balanced');
  });

  it.each([
    'Der Pfarrer hielt die Leichenpredigt in der Dorfkirche.',
    'Nach der Party lag eine Schnapsleiche auf der Bank.',
    'Der Schauspieler sah leichenblass aus.',
    'Ein Vergleich der Ergebnisse: kinderleicht erklärt.',
    'Der Ausgleich fiel in der Nachspielzeit.',
    'Menschen spenden Blut in Kiew.',
    'Ein Schuss in den Winkel: Müller trifft zum 1:0.',
    'Der Stürmer köpft den Ball: ein Schuss in den Kopf des Gegners.',
    'Der Koch hat dem Huhn den Kopf abgehackt.',
    'Der Metzger mit abgehackten Köpfen von Fischen.',
    'Er spricht abgehackt und schnell.',
    'Kartoffeln mit abgehackten Enden in einer Schüssel.',
    'Die Fahnen am Mast sind vom Sturm zerfetzt.',
    'Der Tischler hat die Nägel aus dem Brett herausgerissen.',
    'Eine Frau lässt sich die Fingernägel machen.',
    'Die Fahrer wurden am Start aufgereiht.',
    'Die Fotos der Toten sind an der Wand aufgereiht.',
    'Ein Kind mit einer Kapuze über dem Kopf im Schnee.',
    'Ein Sonnenbrand zweiten Grades am Strand.',
    'Knochenreste eines Mammuts im Museum.',
  ])('an everyday sense is not covered by default (%s)', (text) => {
    expect(byDefault(caption(text, 'de'))).toBe(false);
  });
});

describe('graphic vocabulary parity: Ukrainian and Russian', () => {
  it.each([
    ['uk', "Загиблих викладено в ряд на подвір'ї."],
    ['uk', 'Скривавлений чоловік після обстрілу.'],
    ['uk', 'Закровавлений чоловік сидить біля під’їзду.'],
    ['uk', 'Полоненим вирвали нігті.'],
    ['uk', 'Вирвані нігті на руці звільненого полоненого.'],
    ['uk', "Чоловік, підвішений за зап'ястя, у катівні."],
    ['uk', 'Спотворене обличчя загиблого.'],
    ['ru', 'Пленным вырвали ногти.'],
    ['ru', 'Вырванные ногти на руке освобождённого пленного.'],
    ['ru', 'Пленного подвесили за запястья.'],
  ])('its own words show it (%s: %s)', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });

  it.each([
    ['uk', 'Донори здають кров у центрі крові.'],
    ['uk', 'Аналіз крові в лабораторії.'],
    ['uk', 'Небесне тіло пролетіло повз Землю.'],
    ['uk', 'Фото загиблих викладено в ряд на меморіалі.'],
    ['uk', 'Дівчина фарбує нігті, які вирвала з упаковки.'],
    ['uk', 'Гімнаста підвісили за руки на тренажері.'],
    ['uk', 'Спотворене тіло автомобіля після аварії.'],
    ['uk', 'Ескіз обличчя, спотворене дзеркало в кімнаті сміху.'],
    ['uk', 'Манікюр: дівчина доглядає нігті.'],
    ['uk', 'Скелет динозавра в музеї.'],
    ['uk', 'Кістки для бульйону на кухні.'],
    ['ru', 'Маникюр: девушка ухаживает за ногтями.'],
  ])('an everyday sense is not covered by default (%s: %s)', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(false);
  });
});
