import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// Round 104: a hearse or a funeral cortege carries the body closed in a coffin: a funeral (B1),
// covered at strict like a coffin, not a body seen (minimal). Bodies said to lie beside it stay graphic.

describe('a hearse or a cortege with the body is a funeral', () => {
  it.each([
    ['en', 'Teenagers kneel as the hearse with the body of the fallen soldier passes through the village.'],
    ['fr', 'Des adolescents à genoux au passage du corbillard avec le corps du soldat tué.'],
    ['es', 'Jóvenes arrodillados al paso del coche fúnebre con el cuerpo del soldado caído.'],
    ['ru', 'Подростки встречают траурный кортеж с телом погибшего военного.'],
    ['uk', 'Підлітки зустрічають траурний кортеж із тілом загиблого військового.'],
    ['uk', 'Катафалк із тілом загиблого військового проїжджає селом.'],
    ['ru', 'Катафалк с телом погибшего солдата проезжает по селу.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });
});

describe('bodies lying beside a hearse stay graphic (guards)', () => {
  it.each([
    ['en', 'The body of a soldier lies beside a hearse on the road.'],
    ['fr', 'Des corps gisent sur la route près du corbillard.'],
    ['es', 'Cadáveres tendidos en la calle junto al coche fúnebre.'],
    ['de', 'Leichen liegen neben dem Leichenwagen auf der Straße.'],
    ['ru', 'Тела погибших лежат на улице, рядом траурный кортеж.'],
    ['uk', 'Тіла загиблих лежать на вулиці біля катафалка.'],
    ['tr', 'Cenaze aracının yanında yerde yatan cesetler.'],
    ['en', 'Bodies in body bags are laid out in a row outside the morgue.'],
    ['en', 'Forensic experts exhume remains from the mass grave near the village.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  // A body said to lie is seen, whatever coffin or funeral stands beside it (G1): `[explicit-death]`.
  it.each([
    ['en', 'The body of a man lies beside a coffin at the cemetery.'],
    ['fr', "Des corps gisent près d'un cercueil au cimetière."],
    ['es', 'Cuerpos tendidos junto a un ataúd en el cementerio.'],
  ])('bodies lying beside a coffin, %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  it.each([
    ['en', 'A presidential motorcade passes the square.'],
    ['ru', 'Президентский кортеж проезжает по площади.'],
    ['uk', 'Президентський кортеж проїжджає площею.'],
  ])('a motorcade is no funeral, %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});
