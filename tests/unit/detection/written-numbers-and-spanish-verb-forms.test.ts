import { describe, expect, it } from 'vitest';
import { coveredByDefault } from './test-pages';

// Round 85: how numbers and verb forms are written. A number next to a death or injury word is a
// toll when it is large; "14.30 Uhr" was read as 1430 people and sent the wound beside it to the
// background, and so were "18:55", "20h30", "14 h 30", "38,5 Grad" and "100. gününde". A group of
// thousands has exactly three digits, so "14.30" and "2,5" are a time or a decimal; a magnitude word
// makes any number a large count ("1,2 Millionen", "1.5 million", "1,5 млн"). Spanish: the
// preterite plural, the -ar imperfect and the gerund ("torturaron", "azotaban", "torturando",
// "torturándolo") were not reduced to the stem of the participle the lexicon lists.

const covered = (caption: string, lang: string) => coveredByDefault(caption, lang);

describe('a time of day, a decimal or an ordinal beside the wounded or the dead is not a toll', () => {
  it.each([
    ['de', 'Bei 38,5 Grad liegen Verletzte im Hof des Krankenhauses.'],
    ['en', 'Bodies lie in the street at 10.55 a.m. after the shelling.'],
    ['en', 'At 18:55, a man lies dead in the street.'],
    ['fr', 'À 14 h 55, un homme grièvement blessé gît sur le trottoir.'],
    ['fr', 'Des corps gisent dans la rue, à 7h50, après le bombardement.'],
    ['es', 'Cuerpos tendidos en la calle a las 7.50 de la mañana.'],
    ['ru', 'В 14.55 раненый мужчина лежит на улице.'],
    ['ru', 'Тела погибших на улице, 7:55 утра.'],
    ['uk', 'Тіла загиблих на вулиці о 6.50 ранку.'],
    ['tr', "Saat 14.55'te yaralı bir adam yerde yatıyor."],
    ['tr', 'Savaşın 100. gününde ağır yaralı bir asker siperde yatıyor.'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });
});

describe('a number with a magnitude word, or in groups of thousands, is a toll', () => {
  it.each([
    ['de', 'Der Krieg: 2,5 Millionen Verletzte und Verwundete.'],
    ['de', 'Mehr als 1.200 Verletzte nach dem Erdbeben.'],
    ['en', 'The war left 1.2 million people wounded, according to the UN.'],
    ['en', 'More than 1,200 people were wounded in the war.'],
    ['fr', 'La guerre a fait 1,2 million de blessés.'],
    ['fr', 'Plus de 1 200 blessés depuis le début de la guerre.'],
    ['es', 'La guerra dejó 1,5 millones de heridos.'],
    ['es', 'Más de 2,5 mil heridos en los combates.'],
    ['ru', 'В войне ранены 1,5 млн человек.'],
    ['uk', 'Понад 1,5 мільйона поранених.'],
    ['tr', 'Savaşta 1,5 milyon kişi yaralandı.'],
    ['ar', 'أصيب 2,5 مليون شخص بجروح خطيرة'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(false);
  });
});

describe('Spanish verb forms reduce to the stem of the participle', () => {
  it.each([
    'Soldados torturaron a los detenidos en la comisaría.',
    'Guardias torturando a un preso en la cárcel.',
    'Hombres armados torturándolo en un sótano.',
    'Los soldados fusilaron a cinco civiles junto a la carretera.',
    'Los paramilitares decapitaron a tres hombres.',
    'Pistoleros acribillaron a un joven en la calle.',
    'Los guardias azotaban a los presos.',
    'Quemaron vivos a tres hombres en la plaza.',
    'Un grupo armado degollando a un rehén.',
    'Agentes golpeando a un manifestante en Santiago.',
    'Los militares hirieron a decenas de manifestantes.',
  ])('%s', (caption) => {
    expect(covered(caption, 'es')).toBe(true);
  });

  // The active forms say who acts: a participle that names the person it was done to is exact.
  it.each([
    'Los manifestantes quemaron neumáticos en la carretera.',
    'Manifestantes golpeando cacerolas en la plaza de Mayo.',
    'Los soldados abatieron un dron sobre la frontera.',
    'Un soldado con su fusil en el desfile militar.',
    'El nuevo chip mata a la competencia en autonomía.',
    'Los jugadores mataron el tiempo en el aeropuerto.',
    'Los técnicos ejecutaron el plan de obras en el puerto.',
    'Los ciclistas quemaron etapas hacia la meta.',
  ])('%s', (caption) => {
    expect(covered(caption, 'es')).toBe(false);
  });
});
