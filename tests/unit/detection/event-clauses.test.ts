import { describe, expect, it } from 'vitest';
import { captionCoverAt as cover } from './test-pages';

// A clause hung on an event ("after the attack that killed nine and wounded 36") says what the
// event did, not what the picture shows: its death and injury words are background, like a toll,
// with or without a comma before the pronoun. Who the caption shows before it still counts.
// (German, Russian and Ukrainian put a comma before the pronoun, so the clause hung on a name
// already read them as background; the rows keep them so.)

describe('a clause hung on an event is what the event did, not what the picture shows', () => {
  it.each([
    ['en', 'A nurse at work after the Russian attack in Kyiv which killed nine and wounded 36 people.'],
    ['fr', "Un soignant mobilisé après l'attaque russe à Kiev qui aurait fait neuf morts et 36 blessés."],
    ['es', 'Una enfermera trabaja tras el ataque ruso en Kiev que dejó nueve muertos y 36 heridos.'],
    ['ar', 'ممرضة تعمل بعد الهجوم الروسي على كييف الذي أسفر عن مقتل تسعة أشخاص وإصابة 36.'],
    ['de', 'Eine Krankenschwester nach dem russischen Angriff auf Kiew, der neun Tote und 36 Verletzte forderte.'],
    ['ru', 'Медсестра на работе после российского удара по Киеву, который унёс жизни девяти человек и ранил 36.'],
    ['uk', 'Медсестра на роботі після російського удару по Києву, який забрав життя дев’ятьох людей і поранив 36.'],
  ])('%s: %s', (lang, caption) => {
    expect(cover(caption, lang)).not.toBe('balanced');
    expect(cover(caption, lang)).not.toBe('minimal');
  });

  it.each([
    ['en', 'A wounded woman lies in the street after the attack which killed nine.'],
    ['fr', "Une femme blessée gît dans la rue après l'attaque qui a fait neuf morts."],
    ['es', 'Una mujer herida yace en la calle tras el ataque que dejó nueve muertos.'],
  ])('the wounded shown before the clause still count: %s', (lang, caption) => {
    expect(cover(caption, lang)).toBe('balanced');
  });
});
