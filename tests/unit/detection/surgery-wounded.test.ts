import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt as caption } from './test-pages';

// Round 141: surgery is care ([treated]: "is operated on", "mesa de operaciones", "оперируют"),
// and care is the wounded being treated (balanced) when the caption names what it is for: an
// attack in the sentence of the care, a wound or mutilation anywhere in the caption (even a clause
// on the past), or a later sentence naming the care and the attack together. Surgery alone is
// medicine: a footballer's knee, a heart, a caesarean, a training dummy stay uncovered.

describe('surgery on a wound of violence', () => {
  it.each([
    ['en', 'Surgeons operate on Amal, 5, after an airstrike on her home.'],
    ['en', 'A boy is operated on after the shelling of his school.'],
    ['es', 'Los cirujanos operan a Amal, de 5 años, tras un bombardeo sobre su casa.'],
    ['es', 'Un niño en la mesa de operaciones tras un bombardeo en Jan Yunis.'],
    ['fr', 'Des chirurgiens opèrent Amal, 5 ans, après un bombardement sur sa maison.'],
    ['fr', 'Un garçon est opéré après un bombardement sur son école.'],
    ['de', 'Chirurgen operieren die fünfjährige Amal nach einem Luftangriff auf ihr Haus.'],
    ['ru', 'Мальчика оперируют после авиаудара по школе.'],
    ['uk', 'Хлопчика оперують після авіаудару по школі.'],
    ['tr', 'Cerrahlar, hava saldırısının ardından beş yaşındaki Amal’i ameliyat ediyor.'],
    ['ar', 'طفل على طاولة العمليات بعد غارة جوية على مدرسته.'],
    ['ar', 'جراحون يجرون عملية جراحية للطفلة أمل بعد غارة جوية على منزلها.'],
  ])('surgery with an attack in its sentence is the wounded being treated (%s: %s)', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });

  it('a mutilation told in a clause on the past is what the surgery is for (es)', () => {
    expect(caption('Unos cirujanos operan a Samir, de 6 años, que había sufrido mutilaciones extensas dos días antes.', 'es')).toBe('balanced');
  });

  it('a later sentence naming the surgery and the blast together says what it is for (es)', () => {
    const text = 'Samir, de 6 años, en la mesa de operaciones. Los médicos van a operarle por los daños causados por la explosión de una bomba.';
    expect(caption(text, 'es')).toBe('balanced');
  });

  it.each([
    ['en', 'Footballer Marco Reus is operated on for a knee injury in Munich.'],
    ['en', 'A patient undergoes heart surgery at a clinic in Boston.'],
    ['en', 'Surgeons operate on a woman for a caesarean section in Lagos.'],
    ['en', 'A woman on the operating table for a cosmetic operation.'],
    ['en', 'Surgeons train on a dummy in the hospital’s new operating theatre.'],
    ['en', 'Dr Ahmed, a surgeon in Gaza, in his office during the war.'],
    ['en', 'The army carried out an operation after the attack on the base.'],
    ['es', 'El futbolista es operado de la rodilla en Madrid.'],
    ['es', 'Los cirujanos operan a una mujer para una cesárea.'],
    ['es', 'La policía lanzó una operación tras el atentado.'],
    ['fr', 'Le footballeur est opéré du genou à Paris.'],
    ['de', 'Der Fußballer wird am Knie operiert.'],
    ['ru', 'Футболиста оперируют после травмы колена.'],
    ['uk', 'Футболіста оперують після травми коліна.'],
    ['tr', 'Futbolcu dizinden ameliyat edildi.'],
    ['ar', 'لاعب كرة القدم يخضع لعملية جراحية في الركبة.'],
  ])('surgery with no cause of violence is medicine (%s: %s)', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(false);
  });

  it('an attack alone in a later sentence is background to the surgery', () => {
    expect(byDefault(caption('A patient is operated on in Kyiv. The city was hit by an airstrike on Monday.', 'en'))).toBe(false);
  });

  it('a wounded soldier meeting a minister after recovering stays what the wound word makes it', () => {
    expect(caption('A wounded soldier shakes hands with the minister after recovering.', 'en')).toBe('balanced');
  });
});
