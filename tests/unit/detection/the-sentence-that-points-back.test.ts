import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault } from './test-pages';

// Round 172: of the two sentences nearest a picture, when one points at it the other says what it
// shows. Round 107 read the sentence after a pointing one ("This photo was taken in the dormitory.
// The corpses lie on the floor." over the picture); pages write it the other way round too: a
// scene, then a sentence pointing back at it with a demonstrative that tells who took the photo,
// when, or what prize it won ("Eine junge Palästinenserin hält ein totes Kind im Arm … Diese
// Aufnahme des Fotografen Mohammed Salem ist das World Press Photo 2024." over the picture; "A man
// carries … This photo was taken on Monday." under it). The scene is the picture's: covered by
// default on a page that is not about violence. Not when the pointing sentence says itself what the
// photo shows ("This photo shows the square a week later": the scene before it is the story), nor
// a toll before it, nor a scene two sentences off.

/** An uncaptioned article picture on a page whose share of violent sentences is nothing, with these paragraphs beside it. */
const calm = (lang: string, near: { before?: string; after?: string }) => besideCoveredByDefault(lang, '', near, false);

type Lines = { scene: string; back: string; shows: string; toll: string; middle: string };
const LINES: Record<string, Lines> = {
  en: {
    scene: 'The bodies of three men lie in the street.', back: 'This photo was taken on Monday by a local photographer.',
    shows: 'This photo shows the square a week later.', toll: 'Three people were killed in the attack.', middle: 'The town had been quiet for weeks.',
  },
  de: {
    scene: 'Die Leichen von drei Männern liegen auf der Straße.', back: 'Dieses Foto wurde am Montag von einem örtlichen Fotografen aufgenommen.',
    shows: 'Dieses Foto zeigt den Platz eine Woche später.', toll: 'Drei Menschen wurden bei dem Angriff getötet.', middle: 'Die Stadt war wochenlang ruhig gewesen.',
  },
  fr: {
    scene: 'Les corps de trois hommes gisent dans la rue.', back: 'Cette photo a été prise lundi par un photographe local.',
    shows: 'Cette photo montre la place une semaine plus tard.', toll: "Trois personnes ont été tuées dans l'attaque.", middle: 'La ville était calme depuis des semaines.',
  },
  es: {
    scene: 'Los cadáveres de tres hombres yacen en la calle.', back: 'Esta foto fue tomada el lunes por un fotógrafo local.',
    shows: 'Esta foto muestra la plaza una semana después.', toll: 'Tres personas murieron en el ataque.', middle: 'La ciudad llevaba semanas tranquila.',
  },
  ru: {
    scene: 'Тела трёх мужчин лежат на улице.', back: 'Этот снимок сделал в понедельник местный фотограф.',
    shows: 'Этот снимок показывает площадь через неделю.', toll: 'Три человека погибли при нападении.', middle: 'Город был спокоен несколько недель.',
  },
  uk: {
    scene: 'Тіла трьох чоловіків лежать на вулиці.', back: 'Цей знімок зробив у понеділок місцевий фотограф.',
    shows: 'Цей знімок показує площу через тиждень.', toll: 'Троє людей загинули під час нападу.', middle: 'Місто було спокійним кілька тижнів.',
  },
  tr: {
    scene: 'Üç adamın cesetleri sokakta yatıyor.', back: 'Bu fotoğraf pazartesi günü yerel bir fotoğrafçı tarafından çekildi.',
    shows: 'Bu fotoğraf bir hafta sonra meydanı gösteriyor.', toll: 'Saldırıda üç kişi öldü.', middle: 'Şehir haftalardır sakindi.',
  },
  ar: {
    scene: 'جثث ثلاثة رجال ملقاة في الشارع.', back: 'هذه الصورة التقطها مصور محلي يوم الاثنين.',
    shows: 'هذه الصورة تظهر الساحة بعد أسبوع.', toll: 'قتل ثلاثة أشخاص في الهجوم.', middle: 'كانت المدينة هادئة منذ أسابيع.',
  },
};
const LANGS = Object.keys(LINES);
const linesOf = (lang: string): Lines => {
  const lines = LINES[lang];
  if (!lines) throw new Error(`no lines for ${lang}`);
  return lines;
};

describe('a sentence pointing back at the scene told next to the picture: the scene is what it shows', () => {
  it.each(LANGS)('%s: the scene, then "this photo was taken…", as the last sentences before the picture', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { before: `${l.middle} ${l.scene} ${l.back}` })).toBe(true);
  });
  it.each(LANGS)('%s: the scene, then "this photo was taken…", as the first sentences after the picture', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.scene} ${l.back} ${l.middle}` })).toBe(true);
  });
});

describe('guards: a pointing sentence that says what it shows, a toll, a scene further off', () => {
  it.each(LANGS)('%s: "this photo shows the square a week later" after the scene, before the picture, stays at strict', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { before: `${l.scene} ${l.shows}` })).toBe(false);
  });
  it.each(LANGS)('%s: "this photo shows the square a week later" after the scene, after the picture, stays at strict', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.scene} ${l.shows}` })).toBe(false);
  });
  it.each(LANGS)('%s: a toll pointed back at is no body seen', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { before: `${l.toll} ${l.back}` })).toBe(false);
    expect(calm(lang, { after: `${l.toll} ${l.back}` })).toBe(false);
  });
  it.each(LANGS)('%s: the scene two sentences before the pointing one is not the picture\'s', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { before: `${l.scene} ${l.middle} ${l.back}` })).toBe(false);
  });
  it.each(LANGS)('%s: the scene after the pointing sentence two sentences into the paragraph after the picture is not the picture\'s', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.middle} ${l.back} ${l.scene}` })).toBe(false);
  });
});
