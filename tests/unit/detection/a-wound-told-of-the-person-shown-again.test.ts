import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// Round 140: wire captions describe the picture in their first sentence and may go on about the
// same person in a later one ("Un homme est allongé dans la rue. L'homme a reçu une balle dans le
// genou."). A later sentence opened by the person shown, named again — an English subject pronoun
// ("He", "She") or a definite person noun ("The boy", "Die Frauen", "L'homme", "El hombre";
// `[shown-again]`), no comma after it — holds the wound seen: an `[explicit-injury]` word there
// covers from balanced, as a wound named on the body does (round 118). Not a sentence with a year,
// a span of time before the picture (`[time-before]`: "last week"), or a quotation mark; not
// someone else ("A soldier…"), a clause ("The man, who survived, …"), nor the pronouns that stand
// for things too ("they", "il", "elle", "er", "sie", Spanish "él" read as "el"). The captions are
// on a neutral page, so only the caption's own words can cover them.

restoreLexiconsAfterEach();

const cases: [string, string][] = [
  ['en', 'A man lies on the street near the market. He was badly wounded.'],
  ['en', 'A boy waits outside the clinic in Gaza. The boy was seriously injured.'],
  ['de', 'Zwei Frauen sitzen vor der Klinik. Die Frauen verloren viel Blut.'],
  ['fr', 'Un homme est allongé dans la rue. L’homme a reçu une balle dans le genou.'],
  ['fr', 'Le métal bloque la décomposition des matières organiques. L’homme a reçu une balle dans le genou.'],
  ['fr', 'Une femme attend devant la clinique. La femme est grièvement blessée.'],
  ['es', 'Un hombre yace en la calle del mercado. El hombre está gravemente herido.'],
];

describe('a wound told of the person shown, named again in a later sentence: covered by default', () => {
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
  it.each(cases)('%s, without its [shown-again] section: %s', (lang, caption) => {
    withoutSection(lang, 'shown-again');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('a span of time before the picture keeps the wound the person\'s past', () => {
  const before: [string, string][] = [
    ['en', 'People smile in a hospital ward in Kyiv. He was badly wounded last week.'],
    ['de', 'Menschen lächeln in einem Krankenhaus in Kiew. Die Frauen verloren letzte Woche viel Blut.'],
    ['fr', 'Des gens sourient dans un hôpital de Kiev. Les hommes ont été grièvement blessés la semaine dernière.'],
    ['es', 'Personas sonríen en un hospital de Kiev. Los hombres fueron gravemente heridos hace meses.'],
  ];
  it.each(before)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
  it.each(before)('%s, without its [time-before] section: %s', (lang, caption) => {
    withoutSection(lang, 'time-before');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('guards: not the person shown, not the wound seen', () => {
  const guards: [string, string][] = [
    ['en', 'A portrait of Ali at his home in the city. He was killed in 2014.'],
    ['en', 'A mother stands at a grave in the cemetery. She lost her son in the attack.'],
    ['en', 'A man lies on the street near the market. A soldier was badly wounded.'],
    ['en', 'A man lies on the street near the market. The man, who survived, was badly wounded.'],
    ['en', 'A man lies on the street near the market. He was badly wounded in 2014.'],
    ['en', 'A man lies on the street near the market. "He was badly wounded," his son said.'],
    ['en', 'Two men sit against a wall in the yard. They are bleeding.'],
    ['de', 'Ein Porträt von Ali in seinem Haus. Er wurde 2014 getötet.'],
    ['de', 'Das Bild zeigt einen Mann vor Panzern. Sie ist ein Symbol der blutigen Niederschlagung.'],
    ['de', 'Ein Mann liegt auf der Straße. Ein Soldat verlor viel Blut.'],
    ['de', 'Ein Mann liegt auf der Straße. Der Mann, der überlebte, verlor viel Blut.'],
    ['fr', 'Cette image montre un homme désarmé devant une colonne de chars. Elle est l’emblème de la répression sanglante.'],
    ['fr', 'Une mère se tient devant une tombe. Elle a perdu son fils dans l’attaque.'],
    ['fr', 'Un homme est allongé dans la rue. Un soldat a reçu une balle dans le genou.'],
    ['fr', 'Un homme est allongé dans la rue. Il a donné son sang.'],
    ['es', 'La foto muestra a un hombre frente a los tanques. Ella es el emblema de la represión sangrienta.'],
    ['es', 'El terremoto dejó la ciudad en ruinas. El hospital perdió mucha sangre.'],
    ['es', 'Un hombre yace en la calle. Un soldado está gravemente herido.'],
    ['ru', 'Мужчина лежит на улице. Он был тяжело ранен.'],
    ['uk', 'Чоловік лежить на вулиці. Він був тяжко поранений.'],
    ['tr', 'Bir adam sokakta yatıyor. Ağır yaralandı.'],
  ];
  it.each(guards)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
