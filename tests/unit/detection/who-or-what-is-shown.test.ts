import { describe, expect, it } from 'vitest';
import { coveredByDefault } from './test-pages';

// Round 89: who or what a graphic word is said of. A skull, a skeleton, a carcass or a burn word
// tied by the grammar to an animal or a thing (`[not-human]`) names no human remains and no
// burned body; a person named keeps it graphic. Three rules of how captions are written:
// - a thing before the word owns it with at most one word between ("whale carcass", "a whale's
//   skeleton", "tanque ruso carbonizado", "dinosaur fossil skeleton"), unless, where adjectives
//   stand before the noun (`adjectives: before`), that word is a possessor ("the bus driver's
//   body", "otobüs şoförünün cesedi");
// - a thing governed by a preposition of place (`[place]`: "im", "в", "біля") is where the word
//   after it happens ("Im Auto verkohlte Leichen"); a Turkish thing is one only in its bare,
//   possessive and plural forms ("araçta kömürleşmiş cesetler" are bodies in a car);
// - a carcass and a vehicle's wreck or hulk are things, and "bear" is the animal after an article
//   or "of"; German "des" joins a thing as "eines" does, to the nearest noun.

const covered = (lang: string, caption: string) => coveredByDefault(caption, lang);

describe('a person named beside a thing: still covered', () => {
  it.each([
    ['de', 'Im Auto verkohlte Leichen.'],
    ['de', 'Auf dem Feld verkohlte Leichen.'],
    ['ru', 'В машине обгоревшие тела двух мужчин.'],
    ['ru', 'Рядом с танком лежит тело солдата.'],
    ['uk', 'В автомобілі обгорілі тіла двох чоловіків.'],
    ['uk', 'У згорілій машині знайшли обгорілі тіла.'],
    ['tr', 'Yanmış araçta kömürleşmiş cesetler.'],
    ['tr', 'Otomobilde kömürleşmiş cesetler bulundu.'],
    ['tr', 'Otobüs şoförünün cesedi yol kenarında bulundu.'],
    ['en', "The bus driver's body was found in a ditch."],
  ])('%s: %s', (lang, caption) => {
    expect(covered(lang, caption)).toBe(true);
  });
});

describe('a graphic word said of an animal or a thing: not covered', () => {
  it.each([
    ['en', "A whale's skeleton hangs in the hall of the museum."],
    ['en', "A cow's skull in the desert."],
    ['en', 'The skull of a bear found in a cave in the Alps.'],
    ['en', "The bear's skull on display."],
    ['en', 'Charred carcasses of cattle after the bushfire.'],
    ['de', 'Der Schädel des Bären im Museum.'],
    ['de', 'Verbrannte Kadaver von Rindern nach dem Stallbrand.'],
    ['de', 'Das verbrannte Wrack eines Panzers.'],
    ['fr', 'Des carcasses calcinées dans la ferme.'],
    ['es', 'Carcasas calcinadas en la carretera tras el incendio.'],
    ['ru', 'Обгоревший остов автомобиля.'],
    ['ru', 'Обгоревшие туши коров после пожара.'],
    ['uk', 'Обгорілий остов автомобіля.'],
    ['uk', 'Череп ведмедя в печері.'],
    ['tr', 'Yangından sonra kömürleşmiş leşler.'],
    ['ar', 'هيكل عظمي لحصان في الصحراء'],
    ['ar', 'جيف متفحمة بعد حريق المزرعة'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(lang, caption)).toBe(false);
  });
});

// Guards, covered or not before this round as now.
describe('guards: the thing keeps its word, the person theirs', () => {
  it.each([
    ['es', 'Un tanque ruso carbonizado en Bucha.'],
    ['fr', 'Un char russe calciné à Boutcha.'],
    ['ar', 'دبابة روسية محترقة في بوتشا'],
    ['es', 'Niños juegan sobre un tanque calcinado.'],
    ['de', 'Kinder spielen auf einem ausgebrannten Panzer.'],
    ['ru', 'Дети играют на сгоревшем танке.'],
    ['tr', 'Çocuklar yanmış bir tankın üzerinde oynuyor.'],
    ['en', 'A boy stands next to a dinosaur skeleton.'],
    ['en', 'A dinosaur fossil skeleton goes on display.'],
    ['en', 'A Tyrannosaurus rex fossil skeleton at the museum.'],
    ['de', 'Ein Junge neben einem Walskelett im Museum.'],
  ])('%s, not covered: %s', (lang, caption) => {
    expect(covered(lang, caption)).toBe(false);
  });

  it.each([
    ['en', 'Charred bodies in a burned car on the highway.'],
    ['en', 'The skull of a child found in the mass grave.'],
    ['en', 'Bodies bear the marks of torture.'],
    ['de', 'Die Leiche des Fahrers des Lastwagens am Straßenrand.'],
    ['fr', 'Des corps calcinés dans une voiture brûlée.'],
    ['es', 'Cuerpos calcinados dentro de un coche quemado.'],
    ['tr', 'Yanmış cesetler bir aracın içinde bulundu.'],
    ['ru', 'Тела погибших при тушении пожара обгорели.'],
    ['ar', 'جثث متفحمة داخل سيارة محترقة'],
  ])('%s, covered: %s', (lang, caption) => {
    expect(covered(lang, caption)).toBe(true);
  });
});
