import { describe, expect, it } from 'vitest';
import { coveredByDefault, sentenceIsViolent } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// Round 151 (issue 12's class 2): a verb of belonging says whose remains are shown ("bones
// belonging to a mammoth", "кости, которые предположительно принадлежат древнему животному"),
// past a comma and a relative pronoun too; an animal or a thing named so owns the bones, as a
// genitive's does. And an article's sentence whose harm word is said of an animal or a thing
// ("ölü yunuslar", dead dolphins) no longer makes the page violent. A person named as the owner
// ("belonging to victims", "people and horses", "a bus driver", "водителям грузовика") keeps it.

restoreLexiconsAfterEach();

describe('remains a verb of belonging gives to an animal', () => {
  it.each([
    ['en', 'Skeletons belonging to a dinosaur on display at the museum.'],
    ['fr', 'Des ossements appartenant à un mammouth découverts par des ouvriers.'],
    ['fr', 'Le squelette, qui appartient à une baleine, exposé au musée.'],
    ['es', 'El esqueleto, que pertenece a una ballena, en el museo.'],
    ['ru', 'Кости, которые предположительно принадлежат древнему животному, нашли строители.'],
    ['ru', 'Кости, принадлежащие мамонту, нашли строители.'],
    ['ru', 'Скелет, принадлежавший киту, выставлен в музее.'],
    ['uk', 'Кістки, які належать давній тварині, знайшли будівельники.'],
    ['uk', 'Скелет, що належав киту, виставлено в музеї.'],
    ['ar', 'هيكل عظمي يعود لديناصور في المتحف'],
    ['ar', 'جمجمة تعود إلى حوت في المتحف'],
  ])('%s: "%s" is not covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(false);
  });

  it('reads the verb from the `[belonging]` section', () => {
    withoutSection('ru', 'belonging');
    expect(coveredByDefault('Кости, принадлежащие мамонту, нашли строители.', 'ru')).toBe(true);
    withoutSection('fr', 'belonging');
    expect(coveredByDefault('Des ossements appartenant à un mammouth découverts par des ouvriers.', 'fr')).toBe(true);
  });
});

describe('remains a verb of belonging gives to people stay covered', () => {
  it.each([
    ['en', 'Bodies belonging to a bus driver and his passengers lie on the road.'],
    ['fr', 'Des ossements appartenant aux victimes du massacre.'],
    ['fr', 'Des corps appartenant à des passagers du bus gisent sur la route.'],
    ['es', 'Cadáveres pertenecientes a pasajeros del autobús yacen en la carretera.'],
    ['ru', 'Кости, которые принадлежат жертвам расстрела, нашли строители.'],
    ['ru', 'Тела, принадлежащие водителям грузовика, лежат на дороге.'],
    ['ru', 'Останки, принадлежащие людям и лошадям, нашли в братской могиле.'],
    ['uk', 'Тіла, що належать водіям вантажівки, лежать на дорозі.'],
    ['uk', 'Останки, які належать людям і коням, знайшли в масовому похованні.'],
    ['ar', 'جثث تعود لركاب السيارة على الطريق'],
    ['ar', 'رفات تعود لضحايا المقبرة الجماعية'],
    ['en', 'Bodies of people and animals lie in the street.'],
    ['en', 'A man was killed with his horse by a shell.'],
    ['en', 'A man mauled by a bear is treated for his wounds.'],
    ['fr', 'Un homme tué avec son cheval.'],
    ['es', 'Un hombre muerto junto a su caballo.'],
    ['ru', 'Тела людей и животных на улице.'],
    ['uk', 'Тіла людей і тварин на вулиці.'],
    ['ar', 'جثث بشر وحيوانات في الشارع'],
    ['ru', 'Тела погибших танкистов у дороги.'],
    ['uk', 'Тіла загиблих танкістів біля дороги.'],
    ['ru', 'Тело машиниста поезда.'],
  ])('%s: "%s" is covered by default', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
  });
});

describe('an article sentence whose harm is said of an animal', () => {
  it.each([
    ['tr', 'Sahilde ölü yunuslar bulundu.'],
    ['ru', 'Известно, что кости, которые предположительно принадлежат древнему животному, нашли строители.'],
    ['es', 'El esqueleto, que pertenece a una ballena, apareció en la playa.'],
    ['ru', 'Мертвые дельфины выброшены на берег.'],
    ['uk', 'Мертві дельфіни на березі моря.'],
  ])('%s: "%s" does not make the page violent', (lang, sentence) => {
    expect(sentenceIsViolent(lang, sentence)).toBe(false);
  });

  it.each([
    ['tr', 'Sahilde ölü bir adam bulundu.'],
    ['ru', 'Тела людей и животных лежат на улице.'],
    ['es', 'El cadáver de un hombre apareció en la playa.'],
    ['en', 'Bodies of people and animals lie in the street.'],
    ['en', 'Dead horse riders lie on the road.'],
    ['ru', 'Погибшие танкисты лежат у дороги.'],
    ['uk', 'Загиблі танкісти лежать біля дороги.'],
    ['ru', 'Тела погибших танкистов вывезли с поля.'],
    ['tr', 'Ölü askerler tankların yanında bulundu.'],
    ['ar', 'أنقاض منزلها الذي قصف'],
    ['en', 'Pigs eating corpses in the street.'],
    ['ru', 'Свиньи поедают трупы на улице.'],
    ['de', 'Leichen von Menschen und Tieren liegen auf der Straße.'],
    ['es', 'Cadáveres de personas y animales en la calle.'],
    ['tr', 'Sokakta insan ve hayvan cesetleri.'],
  ])('%s: "%s" still does', (lang, sentence) => {
    expect(sentenceIsViolent(lang, sentence)).toBe(true);
  });
});
