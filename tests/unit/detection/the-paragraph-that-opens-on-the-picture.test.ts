import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { besideCoveredByDefault, byDefault, violentPage } from './test-pages';

// Round 122: the paragraph right after a picture that opens with a picture noun as its subject
// ("The photo went around the world", "L'image a fait le tour du monde", "Фото облетело весь мир",
// "Fotoğraf…", "الصورة…": an `[about-the-picture]` or `[photograph]` word after an article, or bare
// in a language that writes no article word) names the picture just seen, so its first sentence
// points at it and the next sentence goes on describing it (round 107's continuation): a body or a
// bloodied person told there is what the picture shows, covered by default on a page that is not
// about violence. The same paragraph before the picture, the photo not opening it, a killing told
// as a toll, harm two sentences on, and a captioned portrait or map are not made so.

/** An uncaptioned article picture on a page whose share of violent sentences is nothing, with these paragraphs beside it. */
const calm = (lang: string, near: { before?: string; after?: string }) => besideCoveredByDefault(lang, '', near, false);

type Lines = { opener: string; scene: string; toll: string; middle: string; notOpening: string; portrait: string; map: string };
const LINES: Record<string, Lines> = {
  en: {
    opener: 'The photo went around the world.', scene: 'The bodies of three men lie in the street.', toll: 'Three people were killed in the attack.',
    middle: 'It was taken in March.', notOpening: 'Agencies sent the photo around the world.', portrait: 'Portrait of the suspect', map: 'Map of the town',
  },
  fr: {
    opener: "L'image a fait le tour du monde.", scene: 'Les corps de trois hommes gisent dans la rue.', toll: "Trois personnes ont été tuées dans l'attaque.",
    middle: 'Elle a été prise en mars.', notOpening: "Les agences ont diffusé l'image dans le monde entier.", portrait: 'Portrait du suspect', map: 'Carte de la ville',
  },
  es: {
    opener: 'La foto dio la vuelta al mundo.', scene: 'Los cadáveres de tres hombres yacen en la calle.', toll: 'Tres personas murieron en el ataque.',
    middle: 'Fue tomada en marzo.', notOpening: 'Las agencias difundieron la foto por todo el mundo.', portrait: 'Retrato del sospechoso', map: 'Mapa de la ciudad',
  },
  de: {
    opener: 'Das Foto ging um die Welt.', scene: 'Die Leichen von drei Männern liegen auf der Straße.', toll: 'Drei Menschen wurden bei dem Angriff getötet.',
    middle: 'Es wurde im März aufgenommen.', notOpening: 'Agenturen verbreiteten das Foto in aller Welt.', portrait: 'Porträt des Verdächtigen', map: 'Karte der Stadt',
  },
  ru: {
    opener: 'Фото облетело весь мир.', scene: 'Тела трёх мужчин лежат на улице.', toll: 'Три человека погибли при нападении.',
    middle: 'Оно было сделано в марте.', notOpening: 'Агентства разослали фото по всему миру.', portrait: 'Портрет подозреваемого', map: 'Карта города',
  },
  uk: {
    opener: 'Фото облетіло весь світ.', scene: 'Тіла трьох чоловіків лежать на вулиці.', toll: 'Троє людей загинули під час нападу.',
    middle: 'Його зробили в березні.', notOpening: 'Агенції поширили фото по всьому світу.', portrait: 'Портрет підозрюваного', map: 'Карта міста',
  },
  tr: {
    opener: 'Fotoğraf tüm dünyada yayıldı.', scene: 'Üç adamın cesetleri sokakta yatıyor.', toll: 'Saldırıda üç kişi öldü.',
    middle: 'Mart ayında çekildi.', notOpening: 'Ajanslar fotoğrafı tüm dünyaya yaydı.', portrait: 'Şüphelinin portresi', map: 'Şehrin haritası',
  },
  ar: {
    opener: 'الصورة انتشرت في العالم كله.', scene: 'جثث ثلاثة رجال ملقاة في الشارع.', toll: 'قتل ثلاثة أشخاص في الهجوم.',
    middle: 'التقطت في مارس.', notOpening: 'نشرت الوكالات الصورة في العالم كله.', portrait: 'صورة شخصية للمشتبه به', map: 'خريطة المدينة',
  },
};
const LANGS = Object.keys(LINES);
const linesOf = (lang: string): Lines => {
  const lines = LINES[lang];
  if (!lines) throw new Error(`no lines for ${lang}`);
  return lines;
};

describe('the paragraph after the picture opens on it: the next sentence is what it shows', () => {
  const bloodied: [string, string][] = [
    ['en', 'The photo went around the world. A bloodied pregnant woman is carried on a stretcher out of the bombed maternity hospital.'],
    ['fr', "L'image a fait le tour du monde. Une femme enceinte ensanglantée est évacuée sur une civière de la maternité bombardée."],
    ['es', 'La foto dio la vuelta al mundo. Una mujer embarazada ensangrentada es evacuada en una camilla de la maternidad bombardeada.'],
    ['de', 'Das Foto ging um die Welt. Eine blutüberströmte schwangere Frau wird auf einer Trage aus der bombardierten Geburtsklinik getragen.'],
    ['ru', 'Фото облетело весь мир. Окровавленную беременную женщину выносят на носилках из разбомбленного роддома.'],
    ['uk', 'Фото облетіло весь світ. Закривавлену вагітну жінку виносять на ношах із розбомбленого пологового будинку.'],
    ['tr', 'Fotoğraf tüm dünyada yayıldı. Kanlar içindeki hamile bir kadın, bombalanan doğumevinden sedyeyle taşınıyor.'],
    ['ar', 'الصورة انتشرت في العالم كله. امرأة حامل مضرجة بالدماء تُنقل على نقالة من مستشفى الولادة.'],
  ];
  it.each(bloodied)('%s: "%s" is covered by default', (lang, after) => {
    expect(calm(lang, { after })).toBe(true);
  });
  it.each(LANGS)('%s: the bodies in the street after the opener are covered by default', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.opener} ${l.scene}` })).toBe(true);
  });
});

describe('guards: where the paragraph does not open on the picture, or tells no body seen next', () => {
  it.each(LANGS)('%s: the same paragraph before the picture stays at strict', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { before: `${l.opener} ${l.scene}` })).toBe(false);
  });
  it.each(LANGS)('%s: the photo named further in its first sentence stays at strict', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.notOpening} ${l.scene}` })).toBe(false);
  });
  it.each(LANGS)('%s: a killing told as a toll after the opener is not a body seen', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.opener} ${l.toll}` })).toBe(false);
  });
  it.each(LANGS)('%s: the bodies two sentences on are not the sentence that goes on describing it', (lang) => {
    const l = linesOf(lang);
    expect(calm(lang, { after: `${l.opener} ${l.middle} ${l.scene}` })).toBe(false);
  });
  it.each(LANGS)('%s: a portrait of a suspect or a map, captioned, on a violent page, is not covered by default', (lang) => {
    const l = linesOf(lang);
    for (const caption of [l.portrait, l.map]) {
      const level = classifyImageContext({ caption, placement: 'article-body', after: `${l.opener} ${l.scene}` }, violentPage(lang)).coverAt;
      expect(byDefault(level)).toBe(false);
    }
  });
  it.each([
    ['en', 'Imagine the scene on that morning. The bodies of three men lie in the street.'],
    ['fr', 'Imaginez la scène ce matin-là. Les corps de trois hommes gisent dans la rue.'],
    ['es', 'Imagínese la escena aquella mañana. Los cadáveres de tres hombres yacen en la calle.'],
  ])('%s: a verb sharing the picture noun\'s first letters, with no article, is no opener: "%s"', (lang, after) => {
    expect(calm(lang, { after })).toBe(false);
  });
});
