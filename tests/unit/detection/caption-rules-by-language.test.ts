import { describe, expect, it } from 'vitest';
import { neutralPage as neutral } from './test-pages';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { PageTextContext } from '../../../utils/detection/detection-types';

// Rules that hold in every language: a caption about the picture as a document does not describe
// it; a word naming a visible corpse outranks funeral words; shooting unarmed people is a killing
// scene and opening fire a depiction of violence; a building's exterior is a place, not a scene.
const violent = (lang: string): PageTextContext => ({
  lang,
  violenceShare: 0.6,
  categories: ['dead-bodies', 'torture'],
  terms: ['bodies'],
});
const body = (caption: string, lang: string, page = violent(lang)) =>
  classifyImageContext({ caption, placement: 'article-body' }, page).coverAt;

describe('a caption naming where the picture came from, in a violent article, is covered at balanced', () => {
  it.each([
    ['en', 'One of the images leaked by a former guard to investigators.'],
    ['fr', 'Une des photos remises à la justice par un ancien gardien.'],
    ['es', 'Una de las imágenes filtradas por un exfuncionario de la prisión.'],
    ['de', 'Eine der Aufnahmen, die ein früherer Wärter den Ermittlern übergab.'],
    ['ru', 'Один из снимков, переданных следователям бывшим надзирателем.'],
    ['uk', 'Один зі знімків, переданих слідчим колишнім наглядачем.'],
    ['tr', 'Eski bir gardiyanın savcılığa teslim ettiği görüntülerden biri.'],
    ['en', 'Still from a livestream posted by the gunmen, verified by our team.'],
    ['tr', 'Gardiyanın telefonla çektiği videodan bir kare.'],
    ['ar', 'واحدة من الصور التي سربها سجان سابق إلى المحققين.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang)).toBe('balanced');
    // Outside an article about violence the same caption says nothing graphic.
    expect(body(caption, lang, neutral(lang))).toBeNull();
  });

  it.each([
    ['en', 'One of the photos shows the prison gate at dawn, in 2011.'],
    ['de', 'Eines der Fotos zeigt das Gefängnistor im Morgengrauen.'],
    ['en', 'A mother holds one of the photos of her missing son outside the court.'],
    ['en', 'One of the last photographs of Ahmed, taken days before his arrest.'],
    ['de', 'Eines der letzten Fotos von Ahmed, wenige Tage vor seiner Festnahme.'],
    ['en', 'One of the pictures the family shared — Ahmed at his graduation in 2015.'],
    ['tr', 'Ailenin paylaştığı fotoğraflardan biri: Ahmet düğününde.'],
  ])('but not when the caption says what it shows, or the phrase is not its subject: %s', (lang, caption) => {
    expect(body(caption, lang)).not.toBe('balanced');
  });

  it('a court named after the document phrase is where the picture went, not what it shows', () => {
    expect(body('One of the photographs submitted to the court as evidence by prosecutors.', 'en')).toBe('balanced');
    expect(body('Judges of the court in Koblenz read the verdict.', 'en')).not.toBe('balanced');
  });
});

describe('a word naming a visible corpse outranks funeral words', () => {
  it.each([
    ['en', 'The corpse of a fighter is carried to the cemetery by neighbours.'],
    ['fr', 'Le corps sans vie d’un adolescent porté vers le cimetière.'],
    ['es', 'El cuerpo sin vida de un joven llevado al cementerio.'],
    ['de', 'Der leblose Körper eines Mannes wird zum Friedhof getragen.'],
    ['ru', 'Бездыханное тело мужчины несут на кладбище.'],
    ['uk', 'Бездиханне тіло чоловіка несуть на цвинтар.'],
    ['tr', 'Mezarlığa taşınan cansız bedeni, yol kenarında.'],
    ['ar', 'جثة هامدة تنقل إلى المقبرة.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBe('minimal');
  });

  it('a body being buried stays borderline', () => {
    expect(body('The body of the journalist is carried to the cemetery by mourners.', 'en', neutral('en'))).toBe('strict');
  });
});

describe('shooting unarmed people is a killing scene; opening fire a depiction of violence', () => {
  it.each([
    ['en', 'Soldiers shooting at unarmed civilians near the checkpoint, in a video still.'],
    ['fr', 'Des miliciens tirant sur des hommes désarmés, selon une vidéo authentifiée.'],
    ['es', 'Paramilitares disparando contra campesinos desarmados.'],
    ['de', 'Bewaffnete schießen auf unbewaffnete Männer am Straßenrand.'],
    ['ru', 'Боевики стреляют по безоружным мужчинам у дороги.'],
    ['uk', 'Бойовики стріляють по беззбройних чоловіках біля дороги.'],
    ['tr', 'Silahlı kişiler silahsız adamlara ateş açıyor.'],
    ['ar', 'مسلحون يطلقون النار على رجال عزل.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBe('minimal');
  });

  it.each([
    ['en', 'Soldiers opened fire on protesters outside the ministry.'],
    ['fr', 'Les soldats ont ouvert le feu sur la foule devant la mairie.'],
    ['es', 'Los soldados abrieron fuego contra los manifestantes.'],
    ['de', 'Soldaten eröffneten das Feuer auf Demonstranten.'],
    ['ru', 'Военные открыли огонь по демонстрантам.'],
    ['uk', 'Військові відкрили вогонь по натовпу.'],
    ['tr', 'Askerler göstericilere ateş açtı.'],
    ['ar', 'الجنود فتحوا النار على المتظاهرين.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBe('balanced');
  });

  it('German puts the verb last: auf gefesselte Gefangene schießen', () => {
    expect(body('Das Video zeigt Kämpfer, die auf wehrlose Dorfbewohner schießen.', 'de', neutral('de'))).toBe('minimal');
  });

  it('opening fire on a company or a plan is figurative: article context at most', () => {
    expect(body('Critics opened fire on the manufacturer after the update.', 'en', neutral('en'))).toBeNull();
    expect(body('L’opposition ouvre le feu sur le projet de budget.', 'fr', neutral('fr'))).toBeNull();
  });

  it.each([
    ['en', 'The ministry will fire civilian staff at the embassy next year.'],
    ['de', 'Die Auswirkungen der Sanktionen auf Zivilisten sind enorm.'],
    ['es', 'El alto el fuego a los civiles de Gaza les da un respiro.'],
    ['fr', 'Le cessez-le-feu sur la ligne de front tient depuis lundi.'],
    ['ar', 'وقف إطلاق النار على جبهة الجنوب صامد منذ أسبوع.'],
  ])('ordinary sentences near these words stay uncovered: %s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBeNull();
  });

  it('a ceasefire is not opening fire (Turkish ateşkes)', () => {
    expect(body('Ateşkes açıklaması yapıldı, taraflar masada.', 'tr', neutral('tr'))).toBeNull();
  });
});

describe('a building seen from outside is a place, not a scene', () => {
  it('an uncaptioned exterior view in a violent article is not covered; an uncaptioned picture is', () => {
    const page = violent('en');
    expect(classifyImageContext({ fileName: 'prison-facade-2019.jpg', placement: 'article-body' }, page).coverAt).toBeNull();
    expect(classifyImageContext({ fileName: 'IMG_20240312.jpg', placement: 'article-body' }, page).coverAt).toBe('balanced');
  });
});

describe('carrying the wounded is an evacuation: borderline, covered at strict only', () => {
  it.each([
    ['en', 'Relatives carry a wounded boy through the market to a car.'],
    ['fr', 'Des jeunes portent un blessé jusqu’à la route.'],
    ['es', 'Vecinos cargan a un herido hasta una camioneta.'],
    ['ru', 'Соседи несут раненого к машине.'],
    ['uk', 'Сусіди несуть пораненого до машини.'],
    ['tr', 'Gönüllüler yaralıyı taşıyor.'],
    ['ar', 'شبان يحملون جريحا إلى سيارة.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBe('strict');
  });

  it('"several wounded" in Russian is not carrying (несколько is not нести)', () => {
    expect(body('Несколько раненых лежат на полу больницы.', 'ru', neutral('ru'))).toBe('balanced');
  });
});

describe('a killing a caption places hours or days after the picture is what happened later, not what it shows', () => {
  it.each([
    ['en', 'John Lennon signs an autograph for a fan, not knowing that the fan will shoot him a few hours later.'],
    ['de', 'John Lennon gibt einem Fan ein Autogramm, nicht ahnend, dass der Fan ihn wenige Stunden später erschießen wird.'],
    ['fr', "Le militant salue la foule lors d'un meeting, sans savoir qu'il sera exécuté deux jours plus tard."],
    ['es', 'El activista saluda a sus seguidores en un mitin, sin saber que sería ejecutado dos días más tarde.'],
    ['ru', 'Активист приветствует сторонников на митинге, не зная, что его расстреляют несколько дней спустя.'],
    ['uk', 'Активіст вітає прихильників на мітингу, не знаючи, що його розстріляють кілька днів потому.'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBeNull();
  });

  it.each([
    // Seconds later is still the act (G3); a body found days later is still shown.
    ['de', 'Gefangene knien vor Bewaffneten, Sekunden später werden sie erschossen.', 'minimal'],
    ['fr', "Le corps d'un homme exécuté, retrouvé trois jours plus tard dans un champ.", 'minimal'],
    ['ru', 'Тело расстрелянного мужчины, найденное три дня спустя в поле.', 'minimal'],
    // The later phrase in another clause or sentence leaves the picture's own words alone.
    ['en', 'Police shoot a protester in the head in Minsk; he died in hospital hours later.', 'minimal'],
    ['de', 'Soldaten erschießen einen Gefangenen. Die Bilder wurden Tage später veröffentlicht.', 'balanced'],
  ])('%s: %s', (lang, caption, level) => {
    expect(body(caption, lang, neutral(lang))).toBe(level);
  });
});

describe('a caption naming the picture the scene or moment of an execution shows the act (G3)', () => {
  it.each([
    ['en', 'The execution scene of Sheikh Said and his companions in 1925'],
    ['de', 'Die Hinrichtungsszene von Scheich Said und seinen Gefährten 1925'],
    ['fr', "La scène de l'exécution de Cheikh Saïd et de ses compagnons en 1925"],
    ['es', 'La escena de la ejecución del jeque Said y sus compañeros en 1925'],
    ['ru', 'Сцена казни шейха Саида и его соратников в 1925 году'],
    ['uk', 'Сцена страти шейха Саїда та його соратників у 1925 році'],
    ['tr', 'Şeyh Said ve arkadaşlarının idam sahnesi'],
    ['tr', 'Darbecilerin idam anı'],
    ['ar', 'مشهد إعدام الشيخ سعيد ورفاقه عام 1925'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBe('minimal');
  });

  it.each([
    // A stage's scene is fiction; the penalty, a verdict or a debate is no scene.
    ['ru', 'Сцена казни в новой постановке «Бориса Годунова» в МХТ.'],
    ['uk', 'Сцена страти у новій постановці «Гамлета» в театрі Франка.'],
    ['tr', 'Filmin idam sahnesi Ankara’da çekildi'],
    ['tr', 'Mahkeme idam cezası verdi.'],
    ['tr', 'İdam kararı okunurken sanıklar'],
    ['ru', 'Сцены насилия на митинге'],
  ])('%s: %s', (lang, caption) => {
    expect(body(caption, lang, neutral(lang))).toBeNull();
  });
});
