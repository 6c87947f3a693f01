import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { byDefault, violentPage } from './test-pages';

// Round 96: a picture the page's violence does not describe. A scientific or forensic page names
// its pictures by a figure reference, "(Figura 2)", "(Fig. 3)", "(Abb. 2)", "(рис. 2)", "(Şekil
// 2)", "(الشكل 2)": the sentence holding it is the page's own caption for the picture beside it,
// and says what it shows. A figure of objects or clothing found in a mass grave, on a page about
// the grave, shows no body: strict at most, not balanced. Sentences written for these tests, on
// a page whose article is about killing. Guards: a figure of remains or of the wounded stays
// covered, and "figure" without a number ("a key figure of the army") is no reference.

/** The level an uncaptioned article-body picture is covered from on a violent page, with `text` beside it. */
const coverAt = (lang: string, side: 'before' | 'after', text: string) =>
  classifyImageContext({ [side]: text, placement: 'article-body' }, violentPage(lang)).coverAt;

describe('a figure reference naming objects beside the picture keeps the violent page from covering it by default', () => {
  it.each([
    ['en', 'before', 'Objects the victims carried when they died: pencils, pens, glasses and keys (Figure 2).'],
    ['en', 'before', 'Remains of clothing: belts, buttons and shoe soles (Fig. 3).'],
    ['es', 'before', 'Objetos que llevaban las víctimas en el momento de su muerte: lápices, gafas y llaves (Figura 2).'],
    ['es', 'before', 'Restos de ropa: cinturones, botones y suelas de zapato (Fig. 3).'],
    ['fr', 'before', 'Objets que portaient les victimes au moment de leur mort : crayons, lunettes et clés (Figure 2).'],
    ['de', 'before', 'Gegenstände, die die Opfer bei ihrem Tod bei sich trugen: Bleistifte, Brillen und Schlüssel (Abb. 2).'],
    ['de', 'before', 'Gegenstände der Opfer: Bleistifte, Brillen und Schlüssel (Abbildung 2).'],
    ['ru', 'before', 'Предметы, которые были у жертв в момент смерти: карандаши, очки и ключи (рис. 2).'],
    ['uk', 'before', 'Предмети, які мали при собі жертви в момент смерті: олівці, окуляри та ключі (рис. 2).'],
    ['tr', 'before', 'Kurbanların ölüm anında üzerlerinde taşıdığı eşyalar: kalemler, gözlükler ve anahtarlar (Şekil 2).'],
    ['ar', 'before', 'أغراض عثر عليها في الحفرة: أقلام ونظارات ومفاتيح (الشكل 2).'],
    ['en', 'after', 'Figure 2: objects the victims carried when they died, pencils, pens and glasses.'],
    ['es', 'after', 'Figura 2: objetos que llevaban las víctimas, lápices y gafas.'],
  ] as const)('%s, %s: %s', (lang, side, text) => {
    expect(coverAt(lang, side, text)).toBe('strict');
  });
});

describe('guards: a figure of remains or of the wounded, and "figure" with no number', () => {
  it.each([
    ['en', 'Skeletal remains of the victims in the grave (Figure 2).'],
    ['es', 'Restos óseos de las víctimas en la fosa (Figura 2).'],
    ['fr', 'Ossements des victimes dans la fosse (Figure 2).'],
    ['de', 'Skelette der Opfer im Massengrab (Abb. 2).'],
    ['ru', 'Останки жертв в братской могиле (рис. 2).'],
    ['en', 'Wounded prisoners in the camp hospital (Fig. 4).'],
    ['en', 'The general was a key figure of the army in 1944.'],
    ['es', 'El general era una figura clave del ejército en 1944.'],
    ['tr', 'General, 1944 yılında ordunun kilit bir figürüydü.'],
  ])('%s: %s', (lang, text) => {
    expect(byDefault(coverAt(lang, 'before', text))).toBe(true);
  });
});
