import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault, sentenceIsViolent } from './test-pages';

// Round 87: a sentence naming an armed attack (`[attack]`: a strike, shelling, a missile strike,
// "обстрел", "قصف", "saldırı", "Angriff") is not a calamity's, whatever fire or collapse it names:
// its dead are violence, not a toll. A disaster's sentence naming no attack stays a calamity's,
// and an illness called an attack ("heart attack", "ataque al corazón") is no attack.

const besideOnViolentPage = (lang: string, caption: string, after: string) => besideCoveredByDefault(lang, caption, { after });
const violent = sentenceIsViolent;

describe('a fire or a collapse an attack caused: its dead are violence', () => {
  it.each([
    ['en', 'A missile hit the apartment block and a fire broke out, killing three people.'],
    ['en', 'The shelling set off a house fire in which two children died.'],
    ['es', 'El bombardeo provocó un incendio en el edificio que mató a cinco personas.'],
    ['es', 'Tras el ataque con misiles, el derrumbe del edificio dejó 12 muertos.'],
    ['fr', 'La frappe a provoqué un incendie qui a tué cinq personnes.'],
    ['fr', "Le bombardement a causé l'effondrement de l'immeuble, faisant 12 morts."],
    ['de', 'Nach dem Raketenangriff brach ein Großbrand aus, fünf Menschen wurden getötet.'],
    ['de', 'Beim Luftangriff kam es zum Einsturz des Hauses, zwölf Menschen starben.'],
    ['ru', 'После обстрела начался сильнейший пожар, погибли три человека.'],
    ['ru', 'В результате ракетного удара начался пожар, погибли пять человек.'],
    ['uk', 'Внаслідок обстрілу виникла пожежа, загинули троє людей.'],
    ['uk', "Після ракетного удару спалахнула пожежа, загинули п'ятеро людей."],
    ['tr', 'Füze saldırısının ardından çıkan yangında 5 kişi öldü.'],
    ['tr', 'Hava saldırısı sonrası binanın çökmesi sonucu 12 kişi hayatını kaybetti.'],
    ['ar', 'اندلع حريق بعد قصف المبنى ما أدى إلى مقتل خمسة أشخاص.'],
    ['ar', 'أدت غارة جوية إلى انهيار مبنى ومقتل 12 شخصا.'],
  ])('%s: a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(true);
  });
});

describe("the pictures of a strike's fire called harrowing, on a violent page, are a warning", () => {
  it.each([
    ['en', 'The street on Tuesday.', 'Harrowing images of the fire after the airstrike have been shared online.'],
    ['ru', 'Улица во вторник.', 'Жуткие кадры пожара после обстрела появились в сети.'],
  ])('%s: covered by default (%s)', (lang, cap, after) => {
    expect(besideOnViolentPage(lang, cap, after)).toBe(true);
  });
});

describe("a disaster's dead, named without an attack, stay its toll", () => {
  it.each([
    ['en', 'A house fire killed five people, including three children.'],
    ['en', 'The storm hit the coast overnight, killing five people.'],
    ['en', 'During the heat wave an elderly man died of a heart attack.'],
    ['es', 'Durante la ola de calor un hombre murió de un ataque al corazón.'],
    ['fr', 'La tempête a frappé la Bretagne, faisant trois morts.'],
    ['de', 'Bei dem Großbrand starben fünf Menschen.'],
    ['ru', 'При землетрясении погибли более 300 человек.'],
    ['uk', 'Під час повені загинули 12 людей.'],
    ['uk', 'Під час спеки чоловік помер від серцевого нападу.'],
    ['tr', 'Depremin ardından çıkan yangında 5 kişi öldü.'],
    ['ar', 'لقي خمسة أشخاص مصرعهم في حريق.'],
  ])('%s: not a violent sentence (%s)', (lang, sentence) => {
    expect(violent(lang, sentence)).toBe(false);
  });
});
