import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { besideCoveredByDefault, byDefault, neutralPage } from './test-pages';

// Round 84: what a page says about the picture itself, a portrait of a wounded person, and the
// Turkish "ayı" (a month's possessive as often as a bear). Invented captions and paragraphs in the
// style of wire copy, with a neutral caption where the page's words must speak for the picture.

const beside = (lang: string, caption: string, near: Partial<ImageTextContext>, violent = true, placement: ImageTextContext['placement'] = 'article-body') =>
  besideCoveredByDefault(lang, caption, { placement, ...near }, violent);

describe('the page calls the picture beside it harrowing, on a page about violence', () => {
  it.each([
    ['en', 'Inside the hall after the attack on Friday night.', 'A harrowing image has emerged from inside the concert hall, where gunmen opened fire on the audience.'],
    ['es', 'Así quedó el interior de la sala, tras los atentados del viernes.', 'Una imagen desgarradora ha surgido desde el interior de la sala, donde los terroristas abrieron fuego.'],
    ['es', 'La plaza del mercado el martes por la mañana.', 'Las imágenes son escalofriantes: el vídeo grabado por un vecino circula en las redes.'],
    ['fr', 'Le marché de la ville mardi matin.', 'Une photo effroyable a circulé sur les réseaux sociaux peu après l’attaque.'],
    ['de', 'Der Konzertsaal am Freitagabend.', 'Ein grausames Bild ist aus dem Inneren des Konzertsaals aufgetaucht, wo die Angreifer das Feuer eröffneten.'],
    ['de', 'Der Marktplatz am Dienstagmorgen.', 'Die Aufnahmen sind schwer zu ertragen: das Video verbreitete sich in den sozialen Netzwerken.'],
    ['ru', 'Концертный зал в пятницу вечером.', 'Страшный снимок появился из концертного зала, где террористы открыли огонь по зрителям.'],
    ['uk', 'Ринкова площа у вівторок вранці.', 'Жахливі кадри, зняті очевидцем, поширилися в соціальних мережах.'],
    ['ar', 'قاعة الحفلات مساء الجمعة.', 'ظهرت صورة مروعة من داخل قاعة الحفلات حيث فتح المسلحون النار على الجمهور.'],
    ['tr', 'Salı sabahı pazar meydanı.', 'Tüyler ürpertici görüntüler sosyal medyada hızla yayıldı.'],
  ])('%s: covered by default (%s)', (lang, caption, after) => {
    expect(beside(lang, caption, { after })).toBe(true);
  });
});

describe('words of horror that do not speak for the picture', () => {
  it.each<[string, string, string, boolean]>([
    // A page that is not about violence: a flood's or a match's pictures are called so too.
    ['es', 'Así quedó el interior de la sala, tras los atentados del viernes.', 'Una imagen desgarradora ha surgido desde el interior de la sala.', false],
    ['ru', 'Рыночная площадь во вторник утром.', 'Жуткие кадры, снятые очевидцем, распространились в социальных сетях.', false],
    // A sentence naming a calamity, even on a violent page.
    ['es', 'Vecinos achican agua en Valencia.', 'Las imágenes desgarradoras de la inundación han dado la vuelta al mundo.', true],
    ['ru', 'Жители на затопленной улице в Орске.', 'Жуткие кадры наводнения облетели соцсети.', true],
    // A film's scenes, a result, prices, a gaffe.
    ['en', 'The actor at the premiere in Venice.', 'A harrowing film about the war, its most horrific scenes were shot in a studio in Prague.', true],
    ['ru', 'Режиссёр на фестивале в Москве.', 'Страшный фильм о войне: самые жуткие сцены фильма сняли в павильоне.', true],
    ['en', 'Fans leave the stadium on Saturday.', 'It was a shocking result for the home side, who had not lost at home all season.', true],
    ['en', 'The minister in parliament on Tuesday.', 'The shocking photo of the minister asleep during the debate went viral within hours.', true],
    ['tr', 'Taraftarlar cumartesi stadyumdan ayrılıyor.', 'Ev sahibi için korkunç bir sonuç: takım bu sezon evinde hiç kaybetmemişti.', true],
  ])('%s: not covered by default (%s / %s)', (lang, caption, after, violent) => {
    expect(beside(lang, caption, { after }, violent)).toBe(false);
  });

  it('is no warning in a caption or in the page title', () => {
    expect(byDefault(classifyImageContext({ caption: 'Las imágenes desgarradoras del viernes en la plaza.', placement: 'article-body' }, neutralPage('es')).coverAt)).toBe(false);
    const page = { ...neutralPage('en'), title: 'The harrowing photo that changed the election' };
    expect(byDefault(classifyImageContext({ placement: 'article-body' }, page).coverAt)).toBe(false);
  });
});

describe('a portrait whose sitter is named with a visible wound shows it', () => {
  it.each([
    ['fr', 'La photo de Bibi Aisha, World Press Photo de l’année.', 'La photographe a reçu le prix pour son portrait d’une Afghane mutilée.'],
    ['en', 'The photograph of Aisha that won the award.', 'The photographer won for her portrait of a disfigured Afghan woman.'],
    ['en', 'The photograph of the boy, taken in Aleppo.', 'The portrait of the bloodied boy, his face covered in dust, was seen around the world.'],
    ['es', 'La foto de Aisha que ganó el premio.', 'La fotógrafa ganó el premio por su retrato de una joven afgana mutilada.'],
    ['de', 'Das Foto von Aisha, das den Preis gewann.', 'Die Fotografin gewann den Preis für ihr Porträt einer verstümmelten Afghanin.'],
    ['uk', 'Фотографія Аїші, що здобула премію.', 'Фотографка здобула премію за портрет скаліченої афганки.'],
  ])('%s: covered by default (%s)', (lang, caption, before) => {
    expect(beside(lang, caption, { before }, true, 'lead')).toBe(true);
  });

  it.each([
    ['fr', 'La photo du journaliste, prise en 2019.', 'Un portrait du journaliste assassiné a été placé devant la mairie.'],
    ['en', 'The photograph of the soldier, taken in 2010.', 'A portrait of the murdered journalist hangs in the newsroom.'],
    ['en', 'The veteran at home in Ohio.', 'A portrait of a former prisoner who was tortured in 1990, now a lawyer in Ohio.'],
    ['de', 'Das Foto des Journalisten aus dem Jahr 2019.', 'Ein Porträt des ermordeten Journalisten hängt im Rathaus.'],
    ['ru', 'Фотография журналиста 2019 года.', 'Портрет убитого журналиста установлен у здания редакции.'],
  ])('%s: a portrait of someone killed is a memorial\'s, not covered by default (%s)', (lang, caption, before) => {
    expect(beside(lang, caption, { before }, true, 'lead')).toBe(false);
  });
});

describe('Turkish "ayı": the month and the bear', () => {
  const caption = (text: string) => byDefault(classifyImageContext({ caption: text, placement: 'article-body' }, neutralPage('tr')).coverAt);
  it.each([
    'Ekim ayı yaralanan gazeteci hastaneye kaldırıldı.',
    'Kasım ayı yaralanan çocuklar hastaneye taşındı.',
    'Savaşın üçüncü ayı yaralanan askerler cepheden getirildi.',
    'Geçen ayı kanlar içinde bulunan adam hastanede.',
  ])('the month does not drop the word beside it: %s', (text) => {
    expect(caption(text)).toBe(true);
  });
  it.each([
    'Savaşın en kanlı ayı, Eylül 1914. Ulusal Arşiv',
    'Ormanda öldürülen ayı, köylülerin yardımıyla taşındı.',
    'Yaralı ayı veteriner ekipler tarafından tedavi edildi.',
    'Bir ayı yaralı halde bulundu, veterinerler müdahale etti.',
    'Öldürülen ayı yavrusu hayvanat bahçesine götürüldü.',
  ])('the bear, and the bloodiest month alone, stay uncovered: %s', (text) => {
    expect(caption(text)).toBe(false);
  });
});
