import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { captionCoverAt, neutralPage, violentPage } from './test-pages';

// Round 149: a drawing, painting, engraving or lithograph of an atrocity is safe by the written
// rules (S5, art), a photograph of real victims is not, even in a museum, an exhibition or a book.
// Three ways the words say the picture is art, read as the `[artwork]` words already are (strict
// at most, as a heading naming art already made a caption):
// - a heading or a page title that names the pictures as art ("Хромолитография. Суд Пугачева…")
//   also settles what the paragraph beside the picture says of it ("Изображена сцена казни…"):
//   that describes the artwork, so it covers at strict, not balanced (ru-0185);
// - a one-sentence Turkish caption closing on an art word is a noun phrase whose head is the
//   artwork ("Remington'un … Katliamı için yaptığı tablo", tr-0237), as an art word opening a
//   caption is in a head-initial language;
// - a chromolithograph is named in every language (and uk and tr "lithograph", de "Lithographie").
// Guards: a photograph in a museum, an exhibition or a book; bodies beside a mural; a Turkish art
// word that does not close its caption or closes a later sentence; a forensic figure; a painter's
// or a sculptor's body; a cartoon of a politician stays uncovered.

const byDefault = (level: string | null | undefined) => level === 'minimal' || level === 'balanced';

describe('a Turkish caption whose head noun is an artwork is covered at strict at most', () => {
  it.each([
    "Frederick Remington'un Yaralı Diz Katliamı için yaptığı tablo",
    "Goya'nın 1814'te isyancıların kurşuna dizilmesini konu alan tablo",
    'Hiroşimalı bir kurtulanın 1974 yılında cesetleri yakan askerleri çizdiği resim tablo.',
    'Ressamın toplu mezardaki cesetleri anlatan yağlı boya tablosu',
  ])('%s', (caption) => {
    for (const page of [neutralPage('tr'), violentPage('tr')]) expect(captionCoverAt(caption, 'tr', page)).toBe('strict');
  });
});

describe('a chromolithograph of an execution is art in every language', () => {
  it.each([
    ['en', 'Chromolithograph of the execution of the landowners'],
    ['de', 'Chromolithographie: die Hinrichtung der Gutsbesitzer'],
    ['de', 'Lithographie: die Hinrichtung der Gutsbesitzer'],
    ['fr', "Chromolithographie : l'exécution des propriétaires"],
    ['es', 'Cromolitografía: la ejecución de los terratenientes'],
    ['ru', 'Хромолитография: казнь помещиков'],
    ['uk', 'Хромолітографія: страта поміщиків'],
    ['uk', 'Літографія: страта поміщиків'],
    ['tr', 'Kromolitografi: toprak sahiplerinin idamı'],
    ['tr', 'Litografi: toprak sahiplerinin idamı'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });
});

/** An uncaptioned picture under this heading (or on a page so titled, as the lead picture), with this paragraph after it. */
const besideArt = (lang: string, heading: string, after: string) => [
  classifyImageContext({ heading, after, placement: 'article-body' }, violentPage(lang)).coverAt,
  classifyImageContext({ heading, after, placement: 'article-body' }, neutralPage(lang)).coverAt,
  classifyImageContext({ after, placement: 'lead' }, { ...violentPage(lang), title: heading }).coverAt,
];

describe('the paragraph beside a picture under a heading or a title naming art describes the artwork: strict', () => {
  it.each([
    ['ru', 'Хромолитография. Суд Пугачева над помещиками.', 'Изображена сцена казни на деревенской площади. Рядом лежит отрубленная голова.'],
    ['uk', 'Гравюра. Суд над поміщиками.', 'Зображено сцену страти на сільській площі. Поруч лежить відрубана голова.'],
    ['en', 'Chromolithograph. Pugachev judges the landowners.', 'It shows an execution in a village square. A severed head lies beside the block.'],
    ['de', 'Holzschnitt: Hinrichtung der Gutsbesitzer', 'Das Bild zeigt eine Hinrichtung auf dem Dorfplatz. Daneben liegt ein abgeschlagener Kopf.'],
    ['fr', 'Gravure : le jugement des propriétaires', "L'image montre une exécution sur la place du village. À côté gît une tête coupée."],
  ])('%s: %s', (lang, heading, after) => {
    expect(besideArt(lang, heading, after)).toEqual(['strict', 'strict', 'strict']);
  });
});

describe('guards: photographs of real victims, in a museum, an exhibition or a book, stay covered by default', () => {
  it.each([
    ['en', 'A photograph of the bodies of executed prisoners hangs in the museum'],
    ['en', 'Visitors look at a photo of the bodies at the exhibition'],
    ['en', 'Bodies lie in the street beside a mural in Bucha'],
    ['en', "The bodies of the painter's family lie in the rubble"],
    ['en', "The sculptor's body lies in the street"],
    ['fr', "Des corps gisent dans la rue près d'une fresque à Boutcha"],
    ['es', 'Cadáveres tendidos en la calle junto a un mural en Bucha'],
    ['es', 'Figura 12: el cráneo de la víctima 3 con el orificio de bala, del informe de exhumación'],
    ['de', 'Leichen liegen auf der Straße neben einem Wandbild in Butscha'],
    ['ru', 'Тела лежат на улице рядом с фреской в Буче'],
    ['uk', 'Тіла лежать на вулиці біля фрески в Бучі'],
    ['ar', 'جثث ملقاة في الشارع بجانب جدارية في بوتشا'],
    ['tr', "Buça'da bir duvar resminin yanında sokakta cesetler yatıyor"],
    ['tr', 'Müzede asılı duran cesetlerin fotoğrafı'],
    ['tr', 'Balkan Harbi kitabından: asılan köylülerin cesetleri'],
    ['tr', 'Ressamın ailesinin cesetleri enkazda'],
    ['tr', 'Katledilen ressamın cesedi'],
    // The art word closes the caption but not its first sentence: the bodies are what it shows,
    // also when the later sentence is the picture's own too ("Yukarıda," above: round 98).
    ['tr', 'Cesetler sokakta yatıyor. Arkada Remington’un bir tablosu'],
    ['tr', 'Sokakta cesetler. Yukarıda, duvardaki tablo'],
    // The art word is not the head: the verb closes the sentence.
    ['tr', "Remington'un yaptığı tablonun önünde cesetler yatıyor"],
  ])('%s: %s', (lang, caption) => {
    for (const page of [neutralPage(lang), violentPage(lang)]) expect(byDefault(captionCoverAt(caption, lang, page))).toBe(true);
  });

  it.each([
    ['en', 'Photo exhibition: the victims of Bucha', 'The photo shows the bodies of civilians lying in the street.'],
    ['en', 'Bodies found near a mural', 'The photo shows the bodies of civilians lying in the street.'],
    ['tr', 'Fotoğraf sergisi: Buça kurbanları', 'Fotoğrafta sokakta yatan sivillerin cesetleri görülüyor.'],
  ])('%s: a photo page or a heading naming bodies near art: %s', (lang, heading, after) => {
    const [underHeading] = besideArt(lang, heading, after);
    expect(underHeading).toBe('balanced');
  });

  it.each([
    ['en', 'A cartoon of the president by Plantu'],
    ['tr', 'Cumhurbaşkanının karikatürü'],
  ])('%s: a cartoon of a politician is not covered: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});
