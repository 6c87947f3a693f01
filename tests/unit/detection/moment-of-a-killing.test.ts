import { describe, expect, it } from 'vitest';
import { captionCoverAt, coveredByDefault } from './test-pages';

// Round 93: a caption that calls its picture "the moment of the killing" (of the assassination,
// of the murder) names the act itself, as "the moment of the execution" already did (the written
// rules' G3). Captions written for these tests on a page that says nothing violent, so the
// caption's own words decide. Traps: the same words in a film or series (fiction), and "the moment"
// of something that is no killing.

describe('the moment of a killing is covered by default, in the eight languages', () => {
  it.each([
    ['en', 'A reporter captured the moment of the killing of the ambassador.'],
    ['en', 'The moment of the assassination of the ambassador in Ankara.'],
    ['es', 'Un periodista captó el momento del asesinato del embajador.'],
    ['es', 'El instante del asesinato del embajador ruso en Ankara.'],
    ['fr', "Un journaliste a saisi le moment de l'assassinat de l'ambassadeur."],
    ['fr', 'Le moment du meurtre, filmé par un passant.'],
    ['de', 'Ein Reporter hielt den Moment der Ermordung des Botschafters fest.'],
    ['de', 'Der Augenblick der Tötung des Botschafters in Ankara.'],
    ['ru', 'Корреспонденту удалось заснять момент убийства посла.'],
    ['uk', 'Кореспонденту вдалося зняти момент вбивства посла.'],
    ['tr', 'Muhabir büyükelçinin suikast anını görüntüledi.'],
    ['tr', 'Cinayet anı güvenlik kamerasına yansıdı.'],
    ['ar', 'تمكن المراسل من تصوير لحظة اغتيال السفير.'],
    ['ar', 'لحظة مقتل السفير الروسي في انقرة.'],
  ])('%s: %s', (lang, caption) => {
    expect(coveredByDefault(caption, lang)).toBe(true);
  });
});

describe('the same words in a film, or a moment that is no killing, are not covered', () => {
  it.each([
    ['en', 'The moment of the killing in the new thriller, a still from the film.'],
    ['en', 'The moment of truth for the team.'],
    ['es', 'El momento del asesinato en la película, un fotograma de la serie.'],
    ['es', 'El momento de la ejecución en la película de Scorsese.'],
    ['es', 'El momento de la firma del acuerdo.'],
    ['fr', 'Le moment du meurtre dans le film, une scène de la série.'],
    ['fr', "Le moment de l'exécution dans le film de Scorsese."],
    ['de', 'Der Moment der Ermordung im neuen Kinofilm, eine Szene aus dem Film.'],
    ['ru', 'Момент убийства в новом фильме, кадр из сериала.'],
    ['ru', 'Момент истины для команды.'],
    ['uk', 'Момент вбивства в новому фільмі, кадр із серіалу.'],
    ['tr', 'Dizide cinayet anı sahnesi, filmden bir kare.'],
    ['ar', 'لحظة اغتيال في الفيلم الجديد، مشهد من المسلسل.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});
