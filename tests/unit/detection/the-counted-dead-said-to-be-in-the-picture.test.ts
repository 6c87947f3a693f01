import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';

// Round 139: a number of 50 or more beside the dead is read as a toll, the story's count ("the
// attack killed 400 people"). A caption also counts the dead it shows: "Les corps d'environ 400
// civils gisent dans la cour…". The body word, its genitive with the count (up to five words:
// "d'environ 400 civils", "of about 400 civilians", "около 400 мирных жителей"), then a present
// verb of lying or of being lined up is one `[explicit-death]` phrase: the dead shown, covered
// from minimal, whatever the count. en fr es ru uk (de and tr ar name the dead with an explicit
// word already, "Leichen", "ceset", "جثث", never counted). Sentences written for these tests, on a
// neutral page.

const SHOWN: [string, string][] = [
  ['fr', "Les corps d'environ 400 civils gisent dans la cour de la prison."],
  ['fr', 'Les corps de 120 soldats gisent dans la neige près de la route.'],
  ['fr', 'Les corps de 120 soldats sont alignés devant la mairie.'],
  ['es', 'Los cuerpos de unos 400 civiles yacen en la calle tras el ataque.'],
  ['es', 'Los cuerpos de 120 soldados yacen en la nieve junto a la carretera.'],
  ['es', 'Los cuerpos de 120 soldados están alineados frente al ayuntamiento.'],
  ['en', 'The bodies of about 400 civilians lie in the prison yard.'],
  ['en', 'The bodies of 120 soldiers are lying in the snow near the road.'],
  ['en', 'The bodies of 120 soldiers are lined up outside the town hall.'],
  ['ru', 'Тела около 400 мирных жителей лежат во дворе тюрьмы.'],
  ['ru', 'Тела 120 солдат лежат в снегу у дороги.'],
  ['uk', 'Тіла близько 400 цивільних лежать у дворі вʼязниці.'],
  ['uk', 'Тіла 120 солдатів лежать у снігу біля дороги.'],
];

// The story's count: the toll in the present tense, the toll standing at a number, a count of
// graves, of the wounded in hospital, of protesters lying down in a die-in, and the counted dead
// named in a later sentence of background beside a harmless scene.
const TOLD: [string, string][] = [
  ['en', '400 people are dead after the attack on the prison.'],
  ['en', 'The death toll stands at 400, officials said.'],
  ['en', 'About 400 protesters lie on the ground during a die-in outside parliament.'],
  ['en', 'Some 400 wounded lie in the city hospital, officials said.'],
  ['fr', "400 personnes sont mortes dans l'attaque de la prison."],
  ['fr', "Le bilan s'établit à 400 morts, selon les autorités."],
  ['fr', "Environ 400 manifestants s'allongent au sol lors d'un die-in devant le parlement."],
  ['es', 'El balance de muertos se sitúa en 400, según las autoridades.'],
  ['es', 'Unos 400 manifestantes yacen en el suelo durante una protesta ante el parlamento.'],
  ['ru', 'Число погибших достигло 400 человек, сообщили власти.'],
  ['ru', 'Около 400 раненых лежат в городской больнице.'],
  ['uk', 'Кількість загиблих сягнула 400 людей, повідомили у владі.'],
  ['uk', 'Близько 400 поранених лежать у міській лікарні.'],
  ['de', 'Die Zahl der Toten liegt bei 400, teilten die Behörden mit.'],
  ['de', 'Rund 400 Demonstranten liegen bei einem Die-in vor dem Parlament auf dem Boden.'],
];

describe('the counted dead said to lie or be lined up in the picture are shown', () => {
  it.each(SHOWN)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('the counted dead as the story tells them stay a toll', () => {
  it.each(TOLD)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('a grave counted is a place, not the dead shown', () => {
    expect(byDefault(captionCoverAt('Graves of 400 victims lie on the hillside.', 'en'))).toBe(false);
    expect(byDefault(captionCoverAt('Les tombes de 400 victimes gisent sur la colline.', 'fr'))).toBe(false);
  });

  it('the counted dead buried or killed, with no verb of lying, stay a toll', () => {
    expect(byDefault(captionCoverAt('The bodies of 400 victims were buried in the town last year.', 'en'))).toBe(false);
    expect(byDefault(captionCoverAt('Les corps de 400 victimes ont été rapatriés en 2020.', 'fr'))).toBe(false);
  });

  it('German names the counted dead with an explicit word already', () => {
    expect(captionCoverAt('Die Leichen von rund 400 Zivilisten liegen im Hof des Gefängnisses.', 'de')).toBe('minimal');
  });
});
