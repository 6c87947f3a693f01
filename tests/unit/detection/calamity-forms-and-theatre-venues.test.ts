import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault, coveredByDefault, sentenceIsViolent } from './test-pages';

// Round 86: the calamity words in the forms they are written (a flood in the singular, a fire, Turkish
// "sel", Arabic plurals after a proclitic, German compounds), without their weapon senses; and a
// theatre named as the place of an attack, which is fiction only with a sign of a performance.

const besideOnViolentPage = (lang: string, caption: string, after: string) => besideCoveredByDefault(lang, caption, { after });
const caption = (lang: string, text: string) => coveredByDefault(text, lang);
const violent = sentenceIsViolent;

describe("a calamity's pictures called harrowing are not a warning, even on a violent page", () => {
  it.each([
    ['en', 'Residents on a street in the town on Tuesday.', 'Harrowing images of the flood have been shared widely online.'],
    ['en', 'The station on Tuesday.', 'Horrific footage of the gas explosion at the factory was shared online.'],
    ['es', 'El pueblo el martes.', 'Imágenes escalofriantes del incendio que arrasó el bosque.'],
    ['fr', 'La ville mardi.', 'Des images effroyables de la crue circulent sur les réseaux.'],
    ['de', 'Das Dorf am Dienstag.', 'Grauenhafte Bilder von den Waldbränden in Griechenland.'],
    ['ru', 'Улица во вторник.', 'Жуткие кадры крушения самолёта появились в сети.'],
    ['uk', 'Вулиця у вівторок.', 'Моторошні кадри пожежі поширилися в мережі.'],
    ['tr', 'Salı günü köy.', 'Yangının korkunç görüntüleri sosyal medyada yayıldı.'],
    ['ar', 'شارع في المدينة يوم الثلاثاء.', 'صور مروعة للفيضانات في المدينة.'],
  ])('%s: not covered by default (%s)', (lang, cap, after) => {
    expect(besideOnViolentPage(lang, cap, after)).toBe(false);
  });
});

describe("a calamity's dead and injured are its toll", () => {
  it.each([
    ['en', 'The flood killed 12 people and injured 40 in the valley.'],
    ['es', 'El naufragio dejó 40 muertos frente a la costa.'],
    ['fr', "L'incendie a fait neuf morts dans l'immeuble."],
    ['de', 'Beim Flugzeugabsturz kamen 150 Menschen ums Leben, 40 wurden verletzt.'],
    ['ru', 'В результате пожара погибли девять человек, 40 пострадали.'],
    ['uk', 'Під час повені загинули 12 людей.'],
    ['tr', 'Sel nedeniyle 12 kişi hayatını kaybetti, 40 kişi yaralandı.'],
    ['ar', 'أسفر انهيار المبنى عن مقتل 12 شخصا وإصابة 40.'],
  ])('%s: not a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(false);
  });
});

describe("weapons' fire, a bomb's explosion and a fire set keep their violent reading", () => {
  it.each([
    ['en', 'Soldiers opened fire on protesters, killing 12 people.'],
    ['en', 'The bomb explosion killed 12 people and injured 40 at the market.'],
    ['es', 'Los soldados abrieron fuego contra los manifestantes y mataron a 12 personas.'],
    ['fr', "L'explosion d'une bombe a tué 12 personnes et blessé 40."],
    ['de', 'Bei dem Angriff geriet das Haus in Brand, drei Menschen wurden getötet.'],
    ['ru', 'Военные открыли огонь по демонстрантам, убив 12 человек.'],
    ['uk', 'Унаслідок вибуху бомби вбито 12 людей.'],
    ['tr', 'Askerler göstericilere ateş açtı, 12 kişi öldürüldü.'],
    ['ar', 'قتل 12 شخصا في انفجار سيارة مفخخة.'],
  ])('%s: a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(true);
  });

  it('keeps a harrowing picture of soldiers opening fire', () => {
    expect(besideOnViolentPage('en', 'The square on Tuesday.', 'Harrowing footage shows soldiers opening fire on protesters.')).toBe(true);
  });
});

describe('a theatre named as the place of an attack is no fiction', () => {
  it.each([
    ['es', 'Así quedó el interior de la sala Le Bataclan, tras los atentados.', 'Una imagen desgarradora ha surgido desde el interior del teatro Le Bataclan, donde los terroristas abrieron fuego contra los espectadores.'],
    ['en', 'Inside the Bataclan after the attack.', 'A harrowing image has emerged from inside the Bataclan theatre, where gunmen opened fire on the audience.'],
    ['fr', "L'intérieur du Bataclan après l'attaque.", "Une image effroyable a été prise à l'intérieur du théâtre, où les terroristes ont ouvert le feu."],
    ['tr', 'Salon saldırıdan sonra.', 'Korkunç görüntüler tiyatronun içinden geldi, saldırganlar seyircilere ateş açtı.'],
  ])('%s: the harrowing picture beside it is covered (%s)', (lang, cap, after) => {
    expect(besideOnViolentPage(lang, cap, after)).toBe(true);
  });

  it.each([
    ['en', 'Bodies lie on the floor of the Bataclan theatre after the attack.'],
    ['de', 'Leichen liegen im Theater nach dem Anschlag.'],
    ['ru', 'Тела погибших в театре после штурма.'],
    ['tr', 'Saldırının ardından tiyatroda cesetler.'],
  ])('%s: a caption of bodies there is covered (%s)', (lang, text) => {
    expect(caption(lang, text)).toBe(true);
  });
});

describe('a stage production is fiction', () => {
  it.each([
    ['en', 'The theatre production depicts soldiers torturing a prisoner.'],
    ['en', 'A scene from the new production of Macbeth at the theatre, with bodies on stage.'],
    ['es', 'Los actores representan una ejecución en el montaje del Teatro Español.'],
    ['es', 'El cuerpo de baile del Teatro Real en el ensayo general.'],
    ['fr', 'Les comédiens jouent une exécution dans la mise en scène du théâtre.'],
    ['de', 'Die Inszenierung am Theater zeigt die Hinrichtung eines Gefangenen.'],
    ['ru', 'Сцена из спектакля о войне: тела убитых на сцене театра.'],
    ['uk', 'Сцена з вистави про війну: тіла загиблих на сцені театру.'],
    ['tr', 'Tiyatro oyununda savaş sahnesi: sahnede cesetler.'],
    ['ar', 'مشهد إعدام على خشبة المسرح في مسرحية عن الحرب.'],
  ])('%s: not covered by default (%s)', (lang, text) => {
    expect(caption(lang, text)).toBe(false);
  });
});
