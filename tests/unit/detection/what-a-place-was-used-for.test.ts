import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';
import { byDefault, captionCoverAt, violentPage } from './test-pages';

// Round 132: what a place was used for ("rooms used for torture", "diente zur Folter",
// "использовался для пыток") is the place's past, as a clause on a place ("where dozens were
// killed") is: a `[used-for]` phrase opens a clause to the next comma or sentence end, in any
// sentence of the caption, and the harm named in it is the story's topic, not what the picture
// shows. A body or a wound named outside the clause is still shown.

restoreLexiconsAfterEach();

const USED_FOR: [string, string][] = [
  ['en', 'The classrooms of the former school were used for torture and interrogation.'],
  ['en', 'A cellar used as a torture and execution site by the secret police'],
  ['de', 'Der Keller des Gebäudes diente der Geheimpolizei zur Folter von Gefangenen.'],
  ['de', 'Der Keller diente als Ort für Folter und Hinrichtungen.'],
  ['fr', "Les salles de classe de l'ancienne école étaient utilisées pour la torture des prisonniers."],
  ['es', 'El sótano, utilizado como lugar de tortura y ejecuciones por la policía secreta'],
  ['ru', 'Подвал здания использовался для пыток и расстрелов заключённых.'],
  ['uk', 'Підвал будівлі використовувався для катувань і розстрілів полонених.'],
  ['ar', 'كانت الغرف في المدرسة القديمة تستخدم لتعذيب السجناء وإعدامهم.'],
];

describe('what a place was used for is its past, not the picture', () => {
  it.each(USED_FOR)('%s: %s is not covered by default, even on a violent page', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
    expect(byDefault(captionCoverAt(caption, lang, violentPage(lang)))).toBe(false);
  });

  it.each(USED_FOR)('%s: the words come from [used-for] (%s covered once it is emptied)', (lang, caption) => {
    withoutSection(lang, 'used-for');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it.each([
    ['en', 'Many of the school rooms were divided into tiny cells; other rooms were used for torture and interrogation'],
    ['en', 'The courtyard of the former school. Its classrooms were used for torture.'],
    ['fr', "La cour de l'ancienne école. Ses salles étaient utilisées pour la torture."],
    ['ru', 'Двор бывшей школы. Её классы использовались для пыток.'],
  ])('%s: in a later sentence too: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('is a hit of its own section, flagged `use`', () => {
    const hits = findTerms('Rooms used for torture', [bundledLexicon('en')!]);
    expect(hits.some((h) => h.kind === 'relative' && h.use && h.text === 'used for')).toBe(true);
  });
});

describe('guards: what lies outside the clause, or what is used, is still read', () => {
  it.each([
    ['en', 'Soldiers used the bodies of dead civilians as shields.'],
    ['en', 'The gym, used as a morgue, is full of bodies of the killed.'],
    ['en', 'A school used as a prison. The bodies of tortured prisoners lie in the cells.'],
    ['fr', 'Le gymnase, utilisé comme morgue, est rempli de corps.'],
    ['ru', 'Тела убитых лежат в спортзале, который использовался как морг.'],
    ['uk', 'Тіла загиблих лежать у спортзалі, який використовувався як морг.'],
    ['ar', 'جثث القتلى في صالة رياضية تستخدم كمشرحة'],
    ['tr', 'Morg olarak kullanılan spor salonunda cesetler yatıyor.'],
  ])('%s: %s stays covered by default', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it.each([
    ['en', 'A wounded man is carried on a door used as a stretcher.'],
    ['es', 'Un hombre herido es trasladado en una puerta usada como camilla.'],
    ['de', 'Ein Verwundeter liegt auf einer Tür, die als Trage diente.'],
  ])('%s: the wounded carried (%s) stay at strict', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });
});
