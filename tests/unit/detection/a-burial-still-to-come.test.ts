import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 129: a burial told as where the dead are going. A caption that names the bodies and the
// burial they are taken to, as its purpose or destination ("load the bodies onto lorries to be
// buried", "transport bodies to a burial site", "pour être inhumés", "для захоронения"), shows
// the bodies on their way, not a funeral: the burial has not happened in the picture. Read as an
// aftermath (`[borderline injury]`, strict alone), it no longer makes the bodies beside it
// mourned (strict); they are covered by default. A burial attended ("gathered for the burial of",
// "zur Beerdigung", "на похороны"), mourners or a coffin stay a funeral. tr and ar name the body
// either explicitly ("ceset", "جثث": covered whatever burial is told) or with a word that is the
// funeral's own ("cenaze", "جثمان"), so they have no entry. Sentences written for these tests, on
// a page that says nothing violent.

const ON_THE_WAY: [string, string][] = [
  ['en', 'Soldiers load the bodies onto a truck to be buried.'],
  ['en', 'A cart transports bodies to a burial site.'],
  ['en', 'Bodies awaiting burial in a schoolyard after the massacre.'],
  ['de', 'Soldaten laden die Toten auf einen Lastwagen, um sie zu beerdigen.'],
  ['fr', 'Des soldats chargent les corps sur un camion pour les enterrer.'],
  ['fr', "Une charrette transporte des corps vers un lieu d'inhumation."],
  ['fr', "Les corps des civils tués, avant d'être transportés pour être inhumés."],
  ['es', 'Un carro transporta cuerpos hacia un lugar de entierro.'],
  ['es', 'Los cuerpos de los civiles son trasladados para su entierro.'],
  ['ru', 'Солдаты грузят тела в грузовик для захоронения.'],
  ['ru', 'Телега везёт тела к месту захоронения.'],
  ['ru', 'Тела погибших мирных жителей вывозят для погребения.'],
  ['uk', 'Солдати вантажать тіла у вантажівку для поховання.'],
  ['uk', 'Віз везе тіла до місця поховання.'],
];

// A funeral: mourners, a coffin, a hearse, a burial attended. Strict before and after.
const A_FUNERAL: [string, string][] = [
  ['en', 'Mourners carry the body of the victim to the cemetery for burial.'],
  ['en', 'Hundreds gathered for the burial of the victims of the attack.'],
  ['en', 'A hearse transports the coffin to the cemetery.'],
  ['de', 'Hunderte kamen zur Beerdigung der Opfer des Anschlags.'],
  ['de', 'Trauernde folgen dem Lastwagen mit den Särgen der Opfer während der Beerdigung.'],
  ['fr', "Des proches portent le corps de la victime au cimetière pour son enterrement."],
  ['fr', "Des centaines de personnes sont venues pour l'enterrement des victimes de l'attentat."],
  ['es', 'Familiares llevan el cuerpo de la víctima al cementerio para su entierro.'],
  ['es', 'Cientos de personas acudieron al entierro de las víctimas del atentado.'],
  ['ru', 'Родственники несут тело погибшего на кладбище для похорон.'],
  ['ru', 'Сотни людей пришли на похороны жертв теракта.'],
  ['uk', 'Родичі несуть тіло загиблого на кладовище для поховання.'],
  ['uk', 'Сотні людей прийшли на похорон жертв теракту.'],
  ['tr', 'Yakınları cenazeyi omuzlarında mezarlığa taşıyor.'],
  ['ar', 'مشيعون يحملون جثمان الضحية إلى المقبرة لدفنه.'],
];

// No body shown: a thing loaded for the victims, a portrait of a victim alive with the burial told
// after, history about a truck in a museum. Not covered by default, before and after.
const NO_BODY: [string, string][] = [
  ['en', "Workers load boxes onto a truck for the victims' families."],
  ['en', 'Anna smiles in a portrait taken in 2010. She was killed in the attack and taken to her village to be buried.'],
  ['en', 'A man stands beside an old truck in a museum. In 1944 it transported the bodies of prisoners.'],
  ['de', 'Anna lächelt auf einem Porträt aus dem Jahr 2010. Sie wurde bei dem Anschlag getötet und in ihr Dorf gebracht, um sie zu bestatten.'],
  ['fr', "Anna sourit sur un portrait pris en 2010. Elle a été tuée dans l'attentat et ramenée dans son village pour être inhumée."],
  ['fr', 'Des bénévoles chargent des cartons sur un camion pour les familles des victimes.'],
  ['es', 'Anna sonríe en un retrato tomado en 2010. Murió en el atentado y fue llevada a su pueblo para su entierro.'],
  ['ru', 'Анна улыбается на портрете 2010 года. Она погибла в теракте, её увезли в родное село для погребения.'],
  ['uk', 'Анна усміхається на портреті 2010 року. Вона загинула в теракті, її повезли до рідного села для поховання.'],
];

describe('the dead on their way to a burial are covered by default, not mourned', () => {
  it.each(ON_THE_WAY)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it('reads the burial to come as an aftermath, not a funeral', () => {
    const text = 'SS soldiers load the bodies of the prisoners onto lorries to be buried.';
    const hits = findTerms(text, selectLexicons(text, 'en')).map((h) => [h.kind, h.category, h.text]);
    expect(hits).toContainEqual(['borderline', 'injury', 'to be buried']);
    expect(hits).not.toContainEqual(['borderline', 'dead-bodies', 'buried']);
  });
});

describe('guards: a funeral stays a funeral, and a burial to come alone names no body', () => {
  it.each(A_FUNERAL)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });

  it.each(NO_BODY)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('keeps a burial to come at strict when no body word is read beside it', () => {
    expect(captionCoverAt('Soldaten tragen die Toten zu einem Lastwagen, um sie zu bestatten.', 'de')).toBe('strict');
    expect(captionCoverAt('A man is taken to his village to be buried.', 'en')).toBe('strict');
  });
});
