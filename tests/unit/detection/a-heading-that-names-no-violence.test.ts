import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { headingNamesNoHarm } from '../../../utils/detection/heading-names-no-harm';
import { byDefault, violentPage } from './test-pages';

// Round 164: an uncaptioned picture in a violent article is covered at balanced by the article's
// reading. Under a section heading that names no violence (a place, a building, a rite, a
// question) and with nothing beside it telling harm, the picture belongs to that part of the
// story: strict, not by default. A heading that tells the killing, a wound or a body beside the
// picture, or a heading that only numbers the picture keep the article's reading.

const level = (lang: string, near: Partial<ImageTextContext>, placement: ImageTextContext['placement'] = 'article-body') =>
  classifyImageContext({ placement, ...near }, violentPage(lang)).coverAt;

describe('an uncaptioned picture under a heading naming no violence: strict, not by default', () => {
  const calm: [string, string][] = [
    ['en', 'The crater'],
    ['en', 'What happened?'],
    ['de', 'Der Krater'],
    ['de', 'Was ist passiert?'],
    ['fr', 'Le cratère'],
    ['fr', "Que s'est-il passé ?"],
    ['es', 'El cráter'],
    ['es', '¿Qué pasó?'],
    ['ru', 'Слёзы, цветы и свечи: Львов чтит память Небесной сотни'],
    ['ru', 'Что произошло?'],
    ['uk', "Сльози, квіти і свічки: Львів вшановує пам'ять Небесної сотні"],
    ['uk', 'Що сталося?'],
    ['tr', 'Havuz keyfi yapan Suriyeliler'],
    ['tr', 'Ne oldu?'],
    ['ar', 'الحفرة'],
    ['ar', 'ماذا حدث؟'],
    ['ar', 'الدمار داخل المبنى'],
  ];
  it.each(calm)('%s: under "%s"', (lang, heading) => {
    expect(level(lang, { heading })).toBe('strict');
  });
  it('the lead picture under a headline naming a place', () => {
    expect(level('tr', { heading: 'Babi Yar' }, 'lead')).toBe('strict');
    expect(level('ar', { heading: '"الإيمان".. مسجد واحد لنهارين مختلفين', caption: 'مسجد الايمان' }, 'lead')).toBe('strict');
  });
});

describe('guards: the article keeps its reading', () => {
  const covered: [string, Partial<ImageTextContext>][] = [
    // A heading that tells the killing speaks of what the section's pictures may show.
    ['en', { heading: 'The massacre in Bucha' }],
    ['de', { heading: 'Das Massaker von Butscha' }],
    ['fr', { heading: 'Le massacre de Boutcha' }],
    ['es', { heading: 'La masacre de Bucha' }],
    ['ru', { heading: 'Резня в Буче' }],
    ['uk', { heading: 'Різанина в Бучі' }],
    ['tr', { heading: 'Buça katliamı' }],
    ['ar', { heading: 'مجزرة بوتشا' }],
    // A wound or the wounded beside the picture may be what it shows, whatever the heading.
    ['en', { heading: 'The hospital', after: 'The wounded lay in the corridors of the hospital for days.' }],
    ['de', { heading: 'Das Krankenhaus', after: 'Die Verletzten lagen tagelang in den Gängen des Krankenhauses.' }],
    ['fr', { heading: "L'hôpital", after: "Les blessés sont restés des jours dans les couloirs de l'hôpital." }],
    ['es', { heading: 'El hospital', after: 'Los heridos permanecieron días en los pasillos del hospital.' }],
    ['ru', { heading: 'Больница', after: 'Раненые несколько дней лежали в коридорах больницы.' }],
    ['uk', { heading: 'Лікарня', after: 'Поранені кілька днів лежали в коридорах лікарні.' }],
    ['tr', { heading: 'Hastane', after: 'Yaralılar günlerce hastanenin koridorlarında yattı.' }],
    ['ar', { heading: 'المستشفى', after: 'بقي الجرحى أياما في ممرات المستشفى.' }],
    // A page line that says the photo shows a dead man is its caption, under any heading.
    ['en', { heading: 'The village', credit: 'Photo: John Smith', after: 'The photo shows a dead man lying in the street of the village.' }],
    ['de', { heading: 'Das Dorf', credit: 'Foto: dpa', after: 'Das Foto zeigt einen toten Mann auf der Straße des Dorfes.' }],
    // A heading that numbers the picture or names it as a picture says which picture it is, not what it shows.
    ['en', { heading: 'Photo 3' }],
    ['en', { heading: 'Vinnytsia, 1942' }],
    ['de', { heading: 'Die Bilder' }],
    ['ru', { heading: 'Фотографии' }],
  ];
  it.each(covered)('%s: %j stays covered by default', (lang, near) => {
    expect(byDefault(level(lang, near))).toBe(true);
  });
});

describe('headingNamesNoHarm', () => {
  it('needs letters, and no harm, warning, number or picture noun', () => {
    expect(headingNamesNoHarm('The crater', 'en')).toBe(true);
    expect(headingNamesNoHarm(undefined, 'en')).toBe(false);
    expect(headingNamesNoHarm('"…"', 'en')).toBe(false);
    expect(headingNamesNoHarm('Killed in the crater', 'en')).toBe(false);
    expect(headingNamesNoHarm('Warning: graphic images', 'en')).toBe(false);
    expect(headingNamesNoHarm('10 The Japanese soldier', 'en')).toBe(false);
    expect(headingNamesNoHarm('The photos', 'en')).toBe(false);
  });
});
