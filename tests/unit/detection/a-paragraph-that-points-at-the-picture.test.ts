import { describe, expect, it } from 'vitest';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { besideCoveredByDefault } from './test-pages';

// Round 107: the paragraph beside a picture says what THIS picture shows when it points at it in
// words of its own, not only by a `[depicts]` verb or a `[document]` phrase: a demonstrative with a
// picture noun ("This photo was taken…", "Dieses Bild", "Этот снимок"), a deictic verb of seeing
// ("was man dort sieht"), a verb of photographing ("residents photographed a car carrying a
// corpse"), or the paragraph naming itself the caption ("Additional caption text: …"). A graphic
// word in the pointing sentence, or in the sentence right after the pointing run next to the
// picture, or a graphic kind of picture (a post-mortem photograph) named in a paragraph that
// points at the picture, covers an uncaptioned picture by default, on a page that is not about
// violence too (points-at-picture.ts).

type Near = Partial<ImageTextContext>;
/** An uncaptioned article picture on a page whose share of violent sentences is nothing. */
const calm = (lang: string, near: Near) => besideCoveredByDefault(lang, '', near, false);
/** A picture its caption describes without harm, on a violent page. */
const captioned = (lang: string, near: Near, caption: string) => besideCoveredByDefault(lang, caption, near, true);

describe('a sentence beside the picture points at it by a demonstrative: the harm in the next sentence is what it shows', () => {
  const cases: [string, Near][] = [
    ['en', { after: 'This photo was taken by the local police in 1965. The corpses of ten children lay on the floor of the dormitory.' }],
    ['de', { after: 'Dieses Foto wurde 1965 von der örtlichen Polizei aufgenommen. Die Leichen von zehn Kindern lagen auf dem Boden des Schlafsaals.' }],
    ['fr', { after: 'Cette photo a été prise par la police locale en 1965. Les cadavres de dix enfants sont sur le sol du dortoir.' }],
    ['es', { after: 'Esta foto fue tomada por la policía local en 1965. Los cadáveres de diez niños están en el suelo del dormitorio.' }],
    ['ru', { after: 'Этот снимок сделала местная полиция в 1965 году. Трупы десяти детей лежали на полу спальни.' }],
    ['uk', { after: 'Цей знімок зробила місцева поліція в 1965 році. Трупи десяти дітей лежали на підлозі спальні.' }],
    ['tr', { after: 'Bu fotoğraf 1965 yılında yerel polis tarafından çekildi. On çocuğun cesetleri yatakhanenin zemininde yatıyordu.' }],
    ['ar', { after: 'التقطت هذه الصورة الشرطة المحلية عام 1965. جثث عشرة أطفال كانت ملقاة على أرض المهجع.' }],
    ['en', { before: 'The police archive kept it for decades. This photo was taken in the dormitory in 1965. The corpses of ten children lie on the floor.' }],
    ['de', { before: 'Das Archiv hielt es jahrzehntelang zurück. Dieses Bild wurde 1965 im Schlafsaal aufgenommen. Die Leichen von zehn Kindern liegen auf dem Boden.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(calm(lang, near)).toBe(true);
  });
});

describe('the paragraph tells the picture was taken of the harm: a verb of photographing', () => {
  const cases: [string, Near][] = [
    ['en', { after: 'On Wednesday residents photographed a car carrying a corpse on its roof.' }],
    ['de', { after: 'Am Mittwoch fotografierten Anwohner ein Auto, auf dessen Dach eine Leiche transportiert wurde.' }],
    ['fr', { after: 'Mercredi, des habitants ont photographié une voiture transportant un cadavre sur son toit.' }],
    ['es', { after: 'El miércoles, unos vecinos fotografiaron un coche que llevaba un cadáver en el techo.' }],
    ['ru', { after: 'В среду жители сфотографировали машину, на крыше которой везли труп.' }],
    ['uk', { after: 'У середу мешканці сфотографували машину, на даху якої везли труп.' }],
    ['tr', { after: 'Çarşamba günü sakinler, çatısında ceset taşıyan bir arabayı fotoğrafladı.' }],
    ['ar', { after: 'صوّر السكان يوم الأربعاء جثة رجل ملقاة في الشارع.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(calm(lang, near)).toBe(true);
  });
  const withCaption: [string, Near, string][] = [
    ['en', { after: 'On Wednesday residents photographed a car carrying a corpse on its roof.' }, 'A car in a street of Voronezh.'],
    ['ru', { after: 'В среду жители сфотографировали машину, на крыше которой везли труп.' }, 'Машина на улице Воронежа.'],
  ];
  it.each(withCaption)('%s: %j beside the caption "%s"', (lang, near, caption) => {
    expect(captioned(lang, near, caption)).toBe(true);
  });
});

describe('the paragraph names itself the caption', () => {
  const cases: [string, Near][] = [
    ['en', { after: 'Title from the caption on the reverse. Additional caption text: "Represents 8,000 corpses."' }],
    ['de', { after: 'Bildunterschrift auf der Rückseite: „Leichen von 8.000 Häftlingen.“' }],
    ['fr', { after: 'Légende de la photo au verso : « Cadavres de 8 000 détenus ».' }],
    ['es', { after: 'Pie de foto en el reverso: «Cadáveres de 8.000 presos».' }],
    ['ru', { after: 'Подпись к фото на обороте: «Трупы 8000 заключённых».' }],
    ['uk', { after: 'Підпис до фото на звороті: «Трупи 8000 в’язнів».' }],
    ['tr', { after: 'Fotoğraf altı yazısı: "8.000 mahkumun cesetleri."' }],
    ['ar', { after: 'تعليق على الصورة: جثث 8000 سجين.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(calm(lang, near)).toBe(true);
  });
});

describe('a graphic kind of picture named in a paragraph that points at the picture', () => {
  const cases: [string, Near][] = [
    ['en', { after: 'Chicago (USA). Post-mortem photograph of a girl in the 19th century. The stand can be seen behind the girl.' }],
    ['de', { after: 'Chicago (USA). Post-mortem-Fotografie eines Mädchens im 19. Jahrhundert. Man sieht den Ständer hinter dem Mädchen.' }],
    ['fr', { after: 'Chicago (USA). Photographie post mortem d’une fillette au XIXe siècle. On voit le support derrière elle.' }],
    ['es', { after: 'Chicago (USA). Fotografía post mortem de una niña en el siglo XIX. Se observa el soporte detrás de la niña.' }],
    ['ru', { after: 'Чикаго (США). Посмертная фотография девочки, XIX век. За её спиной видно подставку.' }],
    ['uk', { after: 'Чикаго (США). Посмертна фотографія дівчинки, XIX століття. За її спиною видно підставку.' }],
    ['ar', { after: 'شيكاغو (الولايات المتحدة). صورة ما بعد الوفاة لفتاة في القرن التاسع عشر. يظهر الحامل خلف الفتاة.' }],
    ['tr', { after: 'Şikago (ABD). Ölüm sonrası fotoğraf, 19. yüzyıl. Kızın arkasındaki destek görülüyor.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(calm(lang, near)).toBe(true);
  });
});

describe('guards: pointing with the harm told elsewhere, no picture pointed at, a film, a warning', () => {
  const calmCases: [string, Near][] = [
    ['en', { after: 'This photo was taken at the town hall in 1965. The mayor left office in 1970. Ten years later, corpses were found in the river.' }],
    ['de', { after: 'Dieses Foto wurde 1965 im Rathaus aufgenommen. Der Bürgermeister trat 1970 zurück. Zehn Jahre später wurden Leichen im Fluss gefunden.' }],
    ['fr', { after: 'Cette photo a été prise à la mairie en 1965. Le maire a quitté ses fonctions en 1970. Dix ans plus tard, des cadavres ont été retrouvés dans la rivière.' }],
    ['es', { after: 'Esta foto fue tomada en el ayuntamiento en 1965. El alcalde dejó el cargo en 1970. Diez años después se hallaron cadáveres en el río.' }],
    ['ru', { after: 'Этот снимок сделан в мэрии в 1965 году. Мэр ушёл в отставку в 1970 году. Через десять лет в реке нашли трупы.' }],
    ['uk', { after: 'Цей знімок зроблено в мерії в 1965 році. Мер пішов у відставку в 1970 році. Через десять років у річці знайшли трупи.' }],
    ['tr', { after: 'Bu fotoğraf 1965 yılında belediye binasında çekildi. Belediye başkanı 1970 yılında görevi bıraktı. On yıl sonra nehirde cesetler bulundu.' }],
    ['ar', { after: 'التقطت هذه الصورة في مبنى البلدية عام 1965. ترك رئيس البلدية منصبه عام 1970. بعد عشر سنوات عثر على جثث في النهر.' }],
    ['en', { after: 'Corpses were found in the river in 1975. The mayor spoke the next day. This photo was taken in 1965.' }],
    ['de', { after: 'Im Jahr 1975 wurden Leichen im Fluss gefunden. Der Bürgermeister sprach am nächsten Tag. Dieses Foto entstand 1965.' }],
    ['en', { after: 'This house was built by the local police in 1965. The corpses of ten children were found there in 1975.' }],
    ['de', { after: 'Dieses Haus wurde 1965 von der örtlichen Polizei gebaut. Die Leichen von zehn Kindern wurden dort 1975 gefunden.' }],
    ['ru', { after: 'Этот дом построила местная полиция в 1965 году. Трупы десяти детей нашли там в 1975 году.' }],
    ['tr', { after: 'Bu ev 1965 yılında yerel polis tarafından yapıldı. On çocuğun cesetleri 1975 yılında orada bulundu.' }],
    ['en', { after: 'Residents photographed the square on Wednesday. The mayor spoke at noon. A corpse was found nearby the next day.' }],
    ['ru', { after: 'В среду жители сфотографировали площадь. Мэр выступил в полдень. На следующий день неподалёку нашли труп.' }],
    ['en', { after: 'This photo is a still from the horror film. The corpses of ten children lay on the floor.' }],
    ['en', { after: 'Photos of the ceremony were taken in 1965. The corpses were found ten years later.' }],
    ['en', { after: 'Post-mortem photography was popular in the 19th century. Photographers kept studios in Chicago.' }],
    ['de', { after: 'Die Post-mortem-Fotografie war im 19. Jahrhundert beliebt. Fotografen hatten Ateliers in Chicago.' }],
    ['es', { after: 'La fotografía post mortem fue popular en el siglo XIX. Los fotógrafos tenían estudios en Chicago.' }],
    ['ru', { after: 'Посмертная фотография была популярна в XIX веке. Фотографы держали студии в Чикаго.' }],
    ['fr', { after: 'La légende raconte que le château est hanté. Des cadavres y furent retrouvés en 1975, selon la presse locale. Le maire a démenti.' }],
    ['en', { after: 'The caption on the reverse is illegible. The archive dates it to 1965. Ten years later, corpses were found in the river.' }],
    ['en', { after: 'In the picture the mayor opens the new bridge. The city council met in March. Corpses were found in the river ten years later.' }],
    ['ru', { after: 'На снимке мэр открывает новый мост. Горсовет собрался в марте. Через десять лет в реке нашли трупы.' }],
  ];
  it.each(calmCases)('%s: %j stays at strict', (lang, near) => {
    expect(calm(lang, near)).toBe(false);
  });
  // A verb of photographing further into the paragraph tells how the story's photographs were
  // taken, not this picture: only the sentence right beside the picture names its making.
  it.each([
    ['en', 'For eleven years, a military photographer documented every detainee who died in the prison. He photographed them in a garage behind the prison hospital and gave each body a number.'],
    ['fr', 'Pendant onze ans, un photographe militaire a documenté chaque détenu mort en prison. Il les a photographiés dans un garage et a donné un numéro à chaque cadavre.'],
    ['ru', 'Одиннадцать лет военный фотограф документировал каждого умершего заключённого. Он сфотографировал их в гараже и присвоил каждому трупу номер.'],
    ['tr', 'On bir yıl boyunca bir askeri fotoğrafçı cezaevinde ölen her tutukluyu belgeledi. Cesetleri garajda fotoğrafladı ve her birine numara verdi.'],
  ])('%s: a photographer\'s story after the picture, its verb in a later sentence, stays at strict beside a caption', (lang, after) => {
    expect(captioned(lang, { after }, 'The outer gate of the detention centre, seen from the highway.')).toBe(false);
  });
  // Harm told before the caption named, in another clause, is not what that caption's picture shows.
  it.each([
    ['fr', 'Deux hommes ont été grièvement blessés dans l’attaque, selon la légende d’une photo du maire.'],
    ['en', 'The corpses of two men lay in the street, according to the caption of a photo of the mayor.'],
  ])('%s: "%s" stays at strict', (lang, after) => {
    expect(calm(lang, { after })).toBe(false);
  });
  it('uk: "these photographs may cause trauma" is the page\'s warning, not a wound seen', () => {
    expect(captioned('uk', { before: 'Деякі з цих фотографій можуть завдати душевної травми.' }, 'Відправлення євреїв до табору.')).toBe(false);
  });
});
