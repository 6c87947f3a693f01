import { describe, expect, it } from 'vitest';
import { coveredByDefault, sentenceIsViolent } from './test-pages';

// Round 88: what rounds 85-87 left, at the level of each language's grammar.
// 1. A weapon as the subject that hits or lands on a place names an attack (`[attack]`), so the
//    fire or the collapse in its sentence is the strike's and its dead are violence; the bare
//    weapon (a test, a threat, a bomb squad, a rocket in space news) names none.
// 2. A toll is a cardinal count of people: an ordinal, an age, a span of time or a model's number
//    beside the wounded is none.
// 3. Spanish: the -er/-ir imperfect and the infinitive with its object pronoun reduce to the stem of
//    the participle the lexicon lists.
// 4. Turkish "ayı": the month's possessive has a possessor before it; the bear's own case forms are
//    an animal's.
// 5. An illness called an attack (uk "напад паніки", "серцевий напад") is no attack.

const covered = (caption: string, lang: string) => coveredByDefault(caption, lang);
const violent = sentenceIsViolent;

describe('a weapon that hits or lands on a place names the strike: the fire and the dead are its', () => {
  it.each([
    ['en', 'A drone hit the apartment block and a fire broke out, killing three people.'],
    ['en', 'The building was hit by a missile and a fire broke out, killing four people.'],
    ['es', 'Un misil impactó contra el edificio y provocó un incendio que mató a tres personas.'],
    ['es', 'Cayó un proyectil sobre el mercado y hubo un incendio con cinco muertos.'],
    ['fr', "Un missile a frappé l'immeuble, provoquant un incendie qui a fait trois morts."],
    ['fr', "Un drone s'est abattu sur l'immeuble ; l'incendie a fait cinq morts."],
    ['de', 'Eine Rakete traf das Wohnhaus, ein Großbrand brach aus, drei Menschen starben.'],
    ['de', 'In das Wohnhaus schlug eine Rakete ein, beim Brand starben drei Menschen.'],
    ['ru', 'Ракета попала в дом, начался пожар, погибли три человека.'],
    ['ru', 'В жилой дом попала ракета, начался пожар, погибли три человека.'],
    ['uk', 'Снаряд влучив у будинок, виникла пожежа, загинули троє людей.'],
    ['uk', 'Уламки дрона впали на будинок, виникла пожежа, загинули двоє.'],
    ['tr', 'Füzenin isabet ettiği binada yangın çıktı, 3 kişi öldü.'],
    ['tr', 'Roket binaya isabet etti, çıkan yangında 2 kişi hayatını kaybetti.'],
    ['ar', 'سقط صاروخ على المبنى واندلع حريق أدى إلى مقتل ثلاثة أشخاص.'],
    ['ar', 'أصاب صاروخ المبنى واندلع حريق أدى إلى مقتل ثلاثة أشخاص.'],
  ])('%s: a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(true);
  });
});

describe('the bare weapon, a test or a launch names no attack', () => {
  it.each([
    ['en', 'A bomb threat closed the school; the bomb squad found nothing.'],
    ['en', 'The rocket landed on the droneship after launch.'],
    ['en', 'The missile fell in the Sea of Japan, officials said.'],
    ['en', 'Shell hit by windfall tax as profits soar.'],
    ['es', 'El misil cayó en el mar de Japón tras volar 1.000 kilómetros.'],
    ['es', 'La noticia cayó como una bomba en el partido.'],
    ['fr', 'Le missile a atteint une altitude de 2 000 km avant de tomber en mer.'],
    ['de', 'Der Start der Rakete schlug fehl.'],
    ['de', 'Die Rakete schlug im Japanischen Meer ein.'],
    ['ru', 'Ракета-носитель упала в океан после неудачного запуска.'],
    ['uk', 'Ракета впала в Японське море.'],
    ['tr', 'Test atışında füzenin isabet oranı yüzde 90 oldu.'],
    ['tr', "Japon Denizi'ne düşen füze, Japonya'yı alarma geçirdi."],
    ['ar', 'سقط صاروخ في البحر بعد إطلاقه في تجربة.'],
  ])('%s: not a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(false);
  });
});

describe('an ordinal, an age, a span of time or a model number beside the wounded is no toll', () => {
  it.each([
    ['de', 'Verletzte Zivilisten am 100. Tag des Krieges in Bachmut.'],
    ['de', 'Zum 80. Jahrestag der Befreiung: verletzte Häftlinge im Lager.'],
    ['de', 'Verletzte Passagiere neben der Boeing 737 auf dem Rollfeld.'],
    ['ru', 'Раненый 65-летний мужчина на улице в Харькове.'],
    ['ru', 'Раненый 65-ти летний мужчина на улице в Харькове.'],
    ['ru', 'Раненые пассажиры рядом с Ту-154 на взлётной полосе.'],
    ['uk', 'Поранений 70-річний чоловік у Харкові.'],
    ['uk', 'Поранені солдати біля танка Т-72 під Бахмутом.'],
    ['en', 'Wounded soldiers beside a destroyed T-90 tank near Kharkiv.'],
    ['en', 'Wounded passengers beside an Airbus A320 on the runway.'],
    ['fr', 'Des blessés près du Boeing 737 sur la piste.'],
    ['es', 'Soldados heridos junto a un tanque T-90 destruido.'],
    ['tr', 'Boeing 737 uçağının yanında yaralı yolcular.'],
    ['ar', 'جنود جرحى قرب دبابة T-90 مدمرة.'],
  ])('%s: covered (%s)', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });
});

describe('a cardinal count of people stays a toll', () => {
  it.each([
    ['de', 'Die Zahl der Verletzten stieg auf 264. Die Behörden suchen weiter.'],
    ['de', 'Bei dem Angriff wurden 120 Menschen verletzt.'],
    ['ru', 'Более 50-ти раненых в Харькове.'],
    ['uk', 'Понад 120 поранених у Харкові.'],
    ['en', 'The Boeing 737 crash left 120 people wounded.'],
    ['tr', "Harkov'da 120 kişi yaralandı."],
  ])('%s: not covered (%s)', (lang, caption) => {
    expect(covered(caption, lang)).toBe(false);
  });
});

describe('Spanish: the -er/-ir imperfect and the infinitive with its pronoun', () => {
  it.each([
    ['Los guardias comenzaron a torturarla en la celda.'],
    ['Los soldados intentaron degollarlo frente a la cámara.'],
    ['Los milicianos amenazaron con fusilarlos en la plaza.'],
    ['Un hombre hería a su vecino con un machete.'],
  ])('covered (%s)', (caption) => {
    expect(covered(caption, 'es')).toBe(true);
  });

  it.each([['Los soldados entraron en la casa para matarlo.'], ['Los presos morían de hambre en el campo.'], ['Los sicarios planearon asesinarlo en su casa.']])(
    'a violent sentence (%s)',
    (sentence) => {
      expect(violent('es', sentence)).toBe(true);
    },
  );

  it.each([
    ['La policía detuvo a dos sospechosos en Madrid.'],
    ['Una jarra de sangría en la terraza de un bar.'],
    ['El partido sufrió una sangría de votos.'],
    ['La noticia hería su orgullo.'],
    ['Matías sufría de asma desde niño.'],
  ])('neither covered nor violent (%s)', (text) => {
    expect(covered(text, 'es')).toBe(false);
    expect(violent('es', text)).toBe(false);
  });
});

describe('Turkish "ayı": the month with its possessor, the bear in its own forms', () => {
  it.each([
    ['Savaşın kanlı ayı öldürülen siviller için anma.'],
    ['Ekim ayının sonunda öldürülen sivillerin cesetleri.'],
    ['Mart ayı öldürülen siviller için anma.'],
  ])('the month: covered (%s)', (caption) => {
    expect(covered(caption, 'tr')).toBe(true);
  });

  it.each([['Ayının cesedi yol kenarında bulundu.'], ['Vurulan ayının cesedi.'], ['Kafatası bir ayıya ait.'], ['Yaralı ayı ormanda görüntülendi.']])(
    'the bear: not covered (%s)',
    (caption) => {
      expect(covered(caption, 'tr')).toBe(false);
    },
  );
});

describe('an illness called an attack is no attack: a disaster sentence stays its toll', () => {
  it.each([
    ['uk', 'Під час спеки чоловік помер від серцевого нападу.'],
    ['uk', 'Під час повені у жінки стався напад паніки, вона загинула.'],
    ['uk', 'Під час спеки чоловік помер після епілептичного нападу.'],
    ['uk', 'Під час повені у жінки стався панічний напад, загинули двоє людей.'],
    ['en', 'During the flood a woman had an anxiety attack and died.'],
    ['fr', "Pendant la canicule, un homme est mort d'une attaque cardiaque."],
  ])('%s: not a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(false);
  });

  it.each([['Внаслідок нападу на будинок виникла пожежа, загинули двоє.'], ['Після нападу дронів спалахнула пожежа, загинули двоє людей.']])(
    'uk: an armed attack still names one (%s)',
    (sentence) => {
      expect(violent('uk', sentence)).toBe(true);
    },
  );
});
