import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { captionCoverAt, neutralPage } from './test-pages';

// Round 94: which sentence beside a picture speaks of THIS picture. An uncaptioned picture's
// description is often a sentence of the paragraph after it that points at a picture: a verb of
// seeing ("pictured", "can be seen", "on peut voir", "se puede ver", "man sieht", "можно
// увидеть", "можна побачити", "görülebiliyor", "يمكن رؤية"), or the picture named as a document
// ("one of the photos…"). Such a sentence with a body or a wound is the picture's description,
// read wherever it stands in the paragraph after the picture. Sentences written for these tests,
// on a page that says nothing violent. Traps: the same body told without pointing at a picture,
// and a verb of seeing in a sentence about a film.

/** The level an uncaptioned article-body picture is covered from, with `after` the paragraph after it. */
const afterCoverAt = (lang: string, after: string) => classifyImageContext({ after, placement: 'article-body' }, neutralPage(lang)).coverAt;

/** Enough words of a report to put the last sentence past the characters read for context. */
const LONG: Record<string, string> = {
  en: 'The report was published on Monday by the rights group after months of research in the region, with interviews of dozens of witnesses and officials, lawyers and relatives of the missing, and it was shared widely on social media by activists and journalists in the following days, with many of them adding comments and other documents. The photos were widely shared. ',
  fr: 'Le rapport a été publié lundi par l’organisation après des mois de recherches dans la région, avec des entretiens avec des dizaines de témoins, de responsables, d’avocats et de proches des disparus, et il a été largement partagé sur les réseaux sociaux par des militants et des journalistes les jours suivants. Les photos ont été largement diffusées. ',
};

describe('a sentence after the picture that points at a picture and names a body describes it (balanced)', () => {
  it.each([
    ['en', 'Pictured is the body of a man left in a ditch.'],
    ['en', 'The bodies of three men can be seen in the photo, left in a ditch.'],
    ['en', 'One of the photos published by the newspaper: the bodies of three men in a ditch.'],
    ['fr', 'On peut même voir le cadavre d’un homme dans un fossé.'],
    ['fr', 'On y voit le cadavre d’un homme dans un fossé.'],
    ['fr', 'On aperçoit le cadavre d’un homme dans un fossé.'],
    ['fr', 'Une des photos publiées par le journal: le cadavre d’un homme dans un fossé.'],
    ['es', 'Se puede ver el cadáver de un hombre en una cuneta.'],
    ['es', 'Pueden verse los cadáveres de dos hombres en una cuneta.'],
    ['es', 'Una de las fotos publicadas por el diario: el cadáver de un hombre en una cuneta.'],
    ['de', 'Abgebildet ist die Leiche eines Mannes in einem Graben.'],
    ['de', 'Man sieht die Leiche eines Mannes in einem Graben.'],
    ['de', 'Eines der Fotos, die die Zeitung veröffentlichte, die Leiche eines Mannes in einem Graben.'],
    ['ru', 'Можно увидеть тело мужчины в канаве у деревни.'],
    ['ru', 'Одна из фотографий, опубликованных газетой: тело мужчины в канаве.'],
    ['uk', 'Можна побачити тіло чоловіка в канаві біля села.'],
    ['uk', 'Одне з фото, опублікованих газетою: тіло чоловіка в канаві.'],
    ['tr', 'Bir adamın cesedi hendekte görülebiliyor.'],
    ['tr', 'Gazetenin yayımladığı fotoğraflardan biri: hendekte bir adamın cesedi.'],
    ['ar', 'يمكن رؤية جثة رجل في خندق قرب القرية.'],
  ])('%s: %s', (lang, after) => {
    expect(afterCoverAt(lang, after)).toBe('balanced');
  });

  it.each([
    ['en', 'One can see in one of the photos the bodies of three men left in a ditch.'],
    ['fr', 'On peut même voir le cadavre d’un homme dans un fossé.'],
  ])('%s, past the characters read for context: %s', (lang, sentence) => {
    const after = LONG[lang]! + sentence;
    expect(after.length).toBeGreaterThan(400);
    expect(afterCoverAt(lang, after)).toBe('balanced');
  });
});

describe('a caption’s later sentence that says what can be seen is the picture’s own', () => {
  it.each([
    ['fr', 'Nagasaki, août 1945. Derrière la jeune femme, on peut voir les restes d’une personne calcinée.'],
    ['en', 'Hiroshima, August 1945. Behind the young woman the charred remains of a person can be seen.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('guards: the same body not pointed at stays at strict, a film is not read', () => {
  it.each([
    ['en', 'Soldiers left the bodies of three men in a ditch, witnesses said.'],
    ['fr', 'Les soldats ont laissé le cadavre d’un homme dans un fossé, selon des témoins.'],
    ['es', 'Los soldados dejaron el cadáver de un hombre en una cuneta, según testigos.'],
    ['de', 'Soldaten ließen die Leiche eines Mannes in einem Graben zurück, sagten Zeugen.'],
    ['ru', 'Солдаты оставили тело мужчины в канаве, рассказали свидетели.'],
    ['uk', 'Солдати залишили тіло чоловіка в канаві, розповіли свідки.'],
    ['tr', 'Askerler bir adamın cesedini hendekte bıraktı, dedi tanıklar.'],
    ['ar', 'ترك الجنود جثة رجل في خندق، بحسب شهود.'],
    ['en', LONG.en + 'Later, soldiers left the bodies of three men in a ditch, witnesses said.'],
    ['fr', LONG.fr + 'Plus tard, des soldats ont laissé le cadavre d’un homme dans un fossé, selon des témoins.'],
  ])('%s: %s', (lang, after) => {
    expect(afterCoverAt(lang, after)).toBe('strict');
  });

  it('a verb of seeing in a sentence about a film, past the characters read, covers nothing', () => {
    expect(afterCoverAt('fr', LONG.fr + 'On peut même voir le cadavre d’un homme dans un fossé dans le film.')).toBeNull();
  });
});
