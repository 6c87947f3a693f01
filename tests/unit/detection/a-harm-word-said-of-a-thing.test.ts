import { describe, expect, it } from 'vitest';
import { captionCoverAt, coveredByDefault } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// Round 128 (issue 12's class 2): a violent verb done to an animal or a thing, its object after an
// article ("killed and ate a rabbit", "verbrannte das Mobiliar", "ensanglante la glace"), is not
// harm to a person; nor a burn said of furniture or a beheading of a narwhal. A person named as
// the object, a thing as the subject of a verb done to people, a thing that modifies a person
// ("the bus driver"), bodies beside burned cars and people burned alive stay covered.

restoreLexiconsAfterEach();

describe('a violent verb whose object, after an article, is an animal or a thing', () => {
  it.each([
    ['en', 'A hunter killed a rabbit in the forest.'],
    ['en', 'A hunter killed and ate a rabbit.'],
    ['de', 'Das Feuer verbrannte das Mobiliar.'],
    ['fr', 'La tête décapitée d’un narval ensanglante la glace.'],
    ['fr', 'Le chasseur ensanglante la glace.'],
  ])('%s: "%s" is not covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(false);
  });

  it('reads the article from the `[object-articles]` section', () => {
    withoutSection('en', 'object-articles');
    expect(coveredByDefault('A hunter killed and ate a rabbit.', 'en')).toBe(true);
    withoutSection('fr', 'object-articles');
    expect(coveredByDefault('Le chasseur ensanglante la glace.', 'fr')).toBe(true);
  });
});

describe('a part of the body after the violent word, its owner a thing or an animal in the genitive', () => {
  it.each([
    ['de', 'Der abgetrennte Kopf eines Hirsches liegt im Schnee.'],
    ['de', 'Der abgetrennte Kopf eines Narwals färbt das Eis blutig.'],
    ['en', 'The beheaded head of a narwhal bloodies the ice.'],
  ])('%s: "%s" is not covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(false);
  });

  it.each([
    ['en', 'The severed head of a soldier lies beside a tank.'],
    ['de', 'Der abgetrennte Kopf eines Soldaten liegt neben einem Panzer.'],
    ['fr', 'La tête coupée d’un soldat gît près d’un char.'],
    ['es', 'La cabeza cortada de un soldado yace junto a un tanque.'],
    ['ru', 'Отрубленная голова солдата лежит рядом с танком.'],
    ['uk', 'Відрубана голова солдата лежить біля танка.'],
  ])('%s: a person\'s severed head beside a thing, "%s", stays minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('furniture, sea mammals and ice are things', () => {
  it.each([
    ['de', 'Verbranntes Mobiliar liegt auf einem Gehweg unter der Wohnung.'],
    ['fr', 'Du mobilier brûlé gît sur le trottoir sous l’appartement.'],
    ['es', 'La cabeza decapitada de un narval ensangrienta el hielo.'],
    ['ru', 'Отрубленная голова нарвала окровавила лед.'],
    ['uk', 'Відрубана голова нарвала закривавила лід.'],
    ['ar', 'رأس كركدن البحر المقطوع يلطخ الجليد بالدماء.'],
  ])('%s: "%s" is not covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(false);
  });
});

describe('guards: harm to people stays covered', () => {
  it.each([
    ['en', 'A gunman killed a man and his dog.'],
    ['fr', 'Un tireur a tué un homme et son chien.'],
    ['en', 'Soldiers killed the bus driver.'],
    ['en', 'In Kabul a car bomb killed ten people.'],
    ['en', 'The car in which three people were killed.'],
    ['uk', 'Машина, в якій були вбиті троє людей.'],
    ['en', 'Three people were killed by a tank.'],
    ['en', 'The blast wounded a man near the bus.'],
    ['de', 'Die Explosion verletzte einen Mann neben dem Bus.'],
    ['fr', 'L’explosion a blessé un homme près du bus.'],
    ['es', 'La explosión hirió a un hombre junto al autobús.'],
    ['en', 'Villagers were burned alive in a house.'],
    ['de', 'Dorfbewohner wurden in einem Haus lebendig verbrannt.'],
    ['fr', 'Des villageois ont été brûlés vifs dans une maison.'],
    ['es', 'Los aldeanos fueron quemados vivos en una casa.'],
    ['tr', 'Köylüler bir evde diri diri yakıldı.'],
  ])('%s: "%s" is covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
  });

  it.each([
    ['en', 'Bodies lie beside the burned cars.'],
    ['de', 'Leichen liegen neben den verbrannten Autos.'],
    ['fr', 'Des corps gisent près des voitures brûlées.'],
    ['es', 'Cadáveres yacen junto a los coches quemados.'],
    ['ru', 'Тела лежат рядом с сгоревшими машинами.'],
    ['uk', 'Тіла лежать поруч зі згорілими машинами.'],
    ['tr', 'Cesetler yanmış arabaların yanında yatıyor.'],
    ['ar', 'جثث ملقاة بجانب السيارات المحترقة.'],
  ])('%s: bodies beside burned cars, "%s", stay minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  it.each([
    ['en', 'A wounded man beside his burned car.'],
    ['de', 'Ein verwundeter Mann neben seinem verbrannten Auto.'],
    ['fr', 'Un homme blessé à côté de sa voiture brûlée.'],
    ['es', 'Un hombre herido junto a su coche quemado.'],
    ['ru', 'Раненый мужчина рядом со своей сгоревшей машиной.'],
    ['uk', 'Поранений чоловік біля своєї згорілої машини.'],
    ['tr', 'Yanmış arabasının yanında yaralı bir adam.'],
    ['ar', 'رجل جريح بجانب سيارته المحترقة.'],
  ])('%s: a wounded man beside his burned car, "%s", is covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
  });
});
