import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt as caption } from './test-pages';

// Round 158: the dead inside a vehicle or a building are not the thing's. A `[not-human]` thing
// owns a harm word after it with one word between ("whale carcass", "dinosaur fossil skeleton",
// "tanque ruso carbonizado"), but not when that word is one of containing or carrying
// (`[containing]`: "with", "containing", "carrying", "voller", "avec", "transportando", "полный",
// "повна", "içinde", "dolusu", "بداخلها", "فيها", "محملة"): "a car with dead passengers inside" are
// people in the car (picture-subject.ts). A wound after such a word stays a thing's or an animal's
// state ("a dog with severe burns"), and an adjective there on a thing's noun stays the thing's
// ("a car with charred seats").

describe('the dead inside a vehicle or a building are covered at minimal', () => {
  it.each([
    ['en', 'A car with dead passengers inside.'],
    ['en', 'A bus with bodies inside.'],
    ['en', 'A van containing bodies on the road outside the town.'],
    ['en', 'A truck carrying bodies leaves the town.'],
    ['en', 'A building with bodies inside.'],
    ['en', 'A minibus with dead passengers.'],
    ['de', 'Ein Lastwagen voller Leichen steht am Straßenrand.'],
    ['fr', 'Une voiture avec cadavres.'],
    ['es', 'Un camión transportando cadáveres.'],
    ['ru', 'Грузовик полный трупов.'],
    ['uk', 'Вантажівка повна трупів.'],
    ['tr', 'Araç içinde cesetler.'],
    ['tr', 'Araç içerisinde cesetler bulundu.'],
    ['tr', 'Araç içindeki cesetler.'],
    ['tr', 'Kamyon dolusu ceset.'],
    ['ar', 'سيارة بداخلها جثث الركاب'],
    ['ar', 'سيارة فيها جثث'],
    ['ar', 'سيارة داخلها جثث'],
    ['ar', 'شاحنة محملة بالجثث'],
  ])('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
});

describe('the dead inside, named by a word covered at balanced, are covered by default', () => {
  it.each([
    ['en', 'Wrecked cars with the dead inside them.'],
    ['fr', "Un bus avec des morts à l'intérieur."],
    ['tr', 'Otobüs içinde ölüler.'],
  ])('%s: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(true);
  });
});

describe('guards: the dead inside already covered by default stay so', () => {
  it.each([
    ['en', 'A refrigerated truck loaded with bodies.'],
    ['en', 'A car with the bodies of two men inside.'],
    ['en', 'A car with charred bodies inside.'],
    ['de', 'Ein Kühllaster voller Leichen.'],
    ['de', 'Ein Bus mit Leichen darin.'],
    ['fr', "Une voiture avec des corps à l'intérieur."],
    ['fr', 'Un camion contenant des corps.'],
    ['es', 'Un autobús con cadáveres en su interior.'],
    ['es', 'Un camión cargado de cadáveres.'],
    ['ru', 'Машина с телами внутри.'],
    ['ru', 'Грузовик, перевозящий трупы.'],
    ['uk', 'Машина з тілами всередині.'],
    ['tr', 'İçinde cesetler bulunan bir otomobil.'],
    ['tr', 'Cesetlerle dolu bir kamyon.'],
    ['ar', 'منزل بداخله جثث متفحمة'],
    ['ar', 'شاحنة تقل جثث الضحايا'],
  ])('%s: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(true);
  });
});

describe('traps: a thing, its own harm, an animal and a wound stay uncovered', () => {
  it.each([
    ['en', 'A charred car on the highway.'],
    ['en', 'The burned-out bus after the attack.'],
    ['en', 'A car with its windows shattered.'],
    ['en', 'A truck carrying dead fish.'],
    ['en', 'A bus with bullet holes.'],
    ['en', 'A ship with dead cattle on board.'],
    ['en', 'The skeleton of a whale.'],
    ['en', 'A tank with a dead engine.'],
    ['en', 'A car with a dead battery.'],
    ['en', 'A truck carrying dead pigs.'],
    ['en', 'A boat carrying whale carcasses.'],
    ['en', 'A dinosaur fossil skeleton goes on display.'],
    ['en', 'A boy with a dinosaur skeleton at the museum.'],
    ['en', 'A building with charred walls after the fire.'],
    // A wound after a word of containing stays the animal's or the thing's.
    ['en', 'A dog with severe burns is treated at the shelter.'],
    ['en', "A whale with deep wounds from a ship's propeller."],
    ['en', 'A bus with blood-stained seats.'],
    // An adjective on a thing's noun: the seats are the car's.
    ['en', 'A car with charred seats.'],
    ['de', 'Ein ausgebranntes Auto.'],
    ['de', 'Ein Lastwagen voller toter Fische.'],
    ['de', 'Ein Schiff voller toter Rinder.'],
    ['de', 'Das Skelett eines Wals.'],
    ['de', 'Ein Museum voller Dinosaurierskelette.'],
    ['fr', 'Une voiture calcinée.'],
    ['fr', 'Un camion rempli de poissons morts.'],
    ['fr', 'Un bus criblé de balles.'],
    ["fr", "Le squelette d'une baleine."],
    ['fr', 'Un musée avec squelettes de baleines.'],
    ['es', 'Un coche calcinado.'],
    ['es', 'Un camión con peces muertos.'],
    ['es', 'Un barco con ganado muerto a bordo.'],
    ['es', 'Un camión con vacas muertas.'],
    ['es', 'Un camión transportando ganado muerto.'],
    ['ru', 'Сгоревшая машина.'],
    ['ru', 'Грузовик с мёртвой рыбой.'],
    ['ru', 'Грузовик полный дохлой рыбы.'],
    ['ru', 'Скелет кита.'],
    ['uk', 'Згоріла машина.'],
    ['uk', 'Вантажівка з мертвою рибою.'],
    ['tr', 'Yanmış bir araç.'],
    ['tr', 'İçinde ölü balıklar olan kamyon.'],
    ['tr', 'Araç içinde ölü balıklar.'],
    ['tr', 'Balina iskeleti.'],
    ['tr', 'Müze içinde balina iskeleti.'],
    ['ar', 'سيارة محترقة'],
    ['ar', 'شاحنة تحمل أسماكا نافقة'],
    ['ar', 'سفينة على متنها مواش نافقة'],
    ['ar', 'هيكل عظمي لحوت'],
    ['ar', 'شاحنة محملة بجيف الحيوانات'],
    ['ar', 'متحف فيه هيكل عظمي لحوت'],
  ])('%s, not covered: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(false);
  });
});
