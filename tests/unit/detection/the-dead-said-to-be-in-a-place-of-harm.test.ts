import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// Round 144 (not merged as a rule): a place or an object where harm was done, shown without the
// dead (an empty trench, a former prison's courtyard, a dead man's belongings), is safe, but a
// rule that reads the harm of a clause on a place as its past must keep the dead or remains said
// to be there. A clause hung on a place (", where", ", in dem", "où", "donde", ", где", ", де",
// "حيث", a Turkish participle) that names bodies or a skeleton in it says what the picture shows:
// covered from minimal. These are the traps the round wrote first, in eight languages; the round
// found no rule that left the development half's graphic captions covered (RESULTS.md, round
// 144), and leaves them as guards for the next attempt.

const DEAD_IN_THE_PLACE: [string, string][] = [
  ['en', 'A mass grave where bodies are being exhumed.'],
  ['en', 'The room of the house, with a skeleton still in the chair.'],
  ['de', 'Ein Massengrab, in dem Leichen exhumiert werden.'],
  ['de', 'Das Zimmer des Hauses, in dem noch ein Skelett auf dem Stuhl sitzt.'],
  ['fr', 'Un charnier où des corps sont exhumés.'],
  ['fr', 'La chambre de la maison, avec un squelette encore assis sur la chaise.'],
  ['es', 'Una fosa común donde se exhuman cuerpos.'],
  ['es', 'La habitación de la casa, con un esqueleto todavía sentado en la silla.'],
  ['ru', 'Братская могила, где эксгумируют тела.'],
  ['ru', 'Комната дома, где на стуле всё ещё сидит скелет.'],
  ['uk', 'Масове поховання, де ексгумують тіла.'],
  ['uk', 'Кімната будинку, де на стільці досі сидить скелет.'],
  ['tr', 'Cesetlerin çıkarıldığı toplu mezar.'],
  ['tr', 'Evin odası, sandalyede hâlâ oturan bir insan iskeleti.'],
  ['ar', 'مقبرة جماعية يتم فيها استخراج الجثث.'],
  ['ar', 'غرفة المنزل، حيث لا يزال هيكل عظمي بشري جالسا على الكرسي.'],
];

describe('guards: the dead said to be in a place of harm are shown', () => {
  it.each(DEAD_IN_THE_PLACE)('%s: "%s" is covered from minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});
