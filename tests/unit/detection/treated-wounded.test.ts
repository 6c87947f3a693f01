import { describe, expect, it } from 'vitest';
import { captionCoverAt as caption } from './test-pages';

// Issue 12, round 64: a person given medical care in a sentence of the caption that names an
// attack is the wounded being treated (the written rules' G4), covered at balanced; care alone is
// medicine and is not covered.

describe('the wounded being treated after an attack', () => {
  it.each([
    ['en', 'A woman is treated at a clinic after an airstrike on the market.'],
    ['fr', 'Un homme est soigné dans un couloir après un bombardement sur le quartier.'],
    ['es', 'Un niño es atendido en un pasillo tras un bombardeo en la ciudad.'],
    ['de', 'Ein Mann wird im Krankenhaus behandelt nach einem Luftangriff auf die Stadt.'],
    ['ru', 'Мужчина получает медицинскую помощь после обстрела в Харькове.'],
    ['uk', 'Чоловік отримує медичну допомогу після обстрілу в Харкові.'],
    ['tr', 'Bir adam saldırının ardından hastanede tedavi ediliyor.'],
    ['ar', 'رجل يتلقى العلاج في ممر بعد غارة جوية على السوق.'],
  ])('care with an attack in the same sentence is balanced (%s)', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });

  it.each([
    ['en', 'A patient is treated at a clinic in Nairobi.'],
    ['fr', "Une patiente est soignée à l'hôpital de Lyon."],
    ['es', 'Un niño es atendido en un centro de salud de Lima.'],
  ])('care alone is medicine, not covered (%s)', (lang, text) => {
    expect(caption(text, lang)).toBeNull();
  });

  it('a case "treated as" an attack is how police class it, not care (en trap)', () => {
    expect(caption('A police cordon: the stabbing is being treated as a terrorist attack.', 'en')).toBeNull();
  });

  it('an attack in a later sentence is background, not what the care is for', () => {
    expect(caption('A woman is treated at a clinic in Kharkiv. The city was hit by an airstrike on Monday.', 'en')).toBeNull();
  });
});
