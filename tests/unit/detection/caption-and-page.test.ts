import { describe, expect, it } from 'vitest';
import { neutralPage as neutral, violentPage as violent } from './test-pages';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';

// Issue 12: how a caption and the page around it share the work of saying what a picture shows
// (weak own words, a caption about the photo as a document, the paragraph and heading beside it,
// warnings). Invented sentences.
const coverAt = (image: ImageTextContext, page: PageTextContext) =>
  classifyImageContext({ placement: 'article-body', fileName: 'image12.jpg', ...image }, page).coverAt;

describe('"In the photo:" opens a description, "Photo:" a credit', () => {
  it.each([
    ['uk', 'На фото: мешканці оглядають зруйнований ринок'],
    ['ru', 'На фото: жители осматривают разрушенный рынок'],
    ['en', 'In the photo: residents inspect the damaged market'],
    ['ar', 'في الصورة: سكان يتفقدون السوق المتضرر بعد القصف'],
  ])('a caption after "in the photo" describes the picture, so a violent article does not cover it at balanced (%s)', (lang, text) => {
    expect([null, 'strict']).toContain(coverAt({ caption: text }, violent(lang)));
  });

  it.each([
    ['uk', 'Фото: Іван Петренко'],
    ['en', 'Photo: John Smith'],
  ])('a credit alone still leaves the picture to the violent article (%s)', (lang, text) => {
    expect(coverAt({ caption: text }, violent(lang))).toBe('balanced');
  });
});

describe('a neutral description beside a paragraph naming the wounded, in a violent article', () => {
  it.each([
    ['en', 'A boy sits on a chair in a room in Aleppo.', 'Dozens of people were wounded in the shelling on Tuesday.'],
    ['de', 'Ein Junge sitzt auf einem Stuhl in Aleppo.', 'Jeden Tag werden in der Stadt viele Menschen verletzt.'],
  ])('is covered at strict: the picture may show them (%s)', (lang, text, after) => {
    expect(coverAt({ caption: text, after }, violent(lang))).toBe('strict');
    // On a page that is not about violence, the paragraph alone does not cover it.
    expect(coverAt({ caption: text, after }, neutral(lang))).toBeNull();
  });
});

describe('a neutral description under a heading that speaks of killing, in a violent article', () => {
  it.each([
    ['en', 'A family at the doorstep of their home.', 'Hundreds massacred in the gas attack on the town'],
    ['fr', 'Une famille sur le seuil de sa maison.', 'Des centaines de civils massacrés lors de l’attaque'],
  ])('is covered at strict (%s)', (lang, text, heading) => {
    expect(coverAt({ caption: text, heading }, violent(lang))).toBe('strict');
    expect(coverAt({ caption: text, heading }, neutral(lang))).toBeNull();
  });
});

describe('a caption naming the picture as a document leaves what it shows to the page beside it', () => {
  it.each([
    ['en', 'A scene from the video filmed by the network.', 'Reporters found the corpses of more than twenty men lying in a ditch by the road near the border on Saturday.'],
    ['ar', 'مشهد من الفيديو الذي صورته الشبكة', 'عثر الصحفيون قرب الحدود على جثث أكثر من عشرين رجلا ملقاة في خندق على جانب الطريق بعد الهجوم'],
    ['es', 'Escena del vídeo grabado por la cadena.', 'Los periodistas hallaron los cadáveres de más de veinte hombres tendidos en una zanja junto a la carretera cerca de la frontera.'],
  ])('a graphic paragraph beside it covers it at balanced (%s)', (lang, caption, after) => {
    expect(coverAt({ caption, after }, neutral(lang))).toBe('balanced');
  });

  it.each([
    ['en', 'The photo that won the agency its first prize in 1973.', 'Reporters found the corpses of more than twenty men lying in a ditch by the road near the border on Saturday.'],
    ['fr', 'Le cliché qui valut au photographe le premier prix du concours.', 'Le jury a récompensé son travail sur une jeune femme mutilée par son mari, exilée depuis aux États-Unis.'],
    ['ru', 'Снимок, который потряс весь мир в том году.', 'Журналисты нашли трупы более двадцати мужчин во рву у дороги недалеко от границы в субботу утром.'],
  ])('"the photo that…" speaks of the picture, not of what it shows (%s)', (lang, caption, after) => {
    expect(coverAt({ caption, after }, neutral(lang))).toBe('balanced');
  });

  it('a caption that says what the picture shows keeps the graphic paragraph beside it at strict', () => {
    const after = 'Reporters found the corpses of more than twenty men lying in a ditch by the road near the border on Saturday.';
    expect(coverAt({ caption: 'Reporters walk along the road near the border post.', after }, neutral('en'))).toBe('strict');
  });
});

describe('a publisher’s warning with words between its verbs', () => {
  it.each([
    ['ru', 'Вот самые странные снимки из старого семейного архива. Внимание: снимок номер семь может действительно вас шокировать.'],
    ['uk', 'Ось найдивніші знімки зі старого сімейного архіву. Увага: знімок номер сім може справді вас шокувати.'],
  ])('"may really shock you" above a picture covers it at balanced (%s)', (lang, before) => {
    expect(coverAt({ before }, neutral(lang))).toBe('balanced');
  });
});

describe('a section heading that opens with an art word names what the pictures under it are', () => {
  it.each([
    ['es', 'Cadáveres en una fosa común de la guerra.', 'Dibujo de los cadáveres en una fosa común'],
    ['en', 'Corpses around a burned bus, a survivor asking for water.', 'Drawings by survivors of the bombing'],
    ['fr', 'Des cadavres autour d’un autobus incendié.', 'Dessins de survivants du bombardement'],
  ])('a graphic caption under it is covered at strict only (%s)', (lang, caption, heading) => {
    expect(coverAt({ caption, heading }, neutral(lang))).toBe('strict');
    expect(coverAt({ caption }, neutral(lang))).toBe('minimal');
  });

  it('a heading naming the art later (“Survivors remember, in drawings”) does not make a photo a drawing', () => {
    expect(coverAt({ caption: 'Corpses around a burned bus.', heading: 'The bombing, as survivors remember it' }, neutral('en'))).toBe('minimal');
  });
});

describe('a paragraph saying what the photo shows, with an injury word, speaks for the picture', () => {
  it.each([
    ['es', 'El protagonista de la foto es un monje budista de sesenta años que se suicidó quemándose vivo en una calle muy concurrida de la ciudad.'],
    ['en', 'The photo shows a wounded man lying on the pavement of the market street while neighbours run past him towards the square.'],
  ])('an uncaptioned picture beside it is covered at balanced (%s)', (lang, after) => {
    expect(coverAt({ after }, neutral(lang))).toBe('balanced');
  });
});

describe('marks that appear on a body are not a photo showing them (ar: تظهر على)', () => {
  const after = 'قال الاطباء ان كثيرا من القتلى كانوا في حالة هزال، وتظهر على عدة جثث آثار حروق على الصدر، ويظهر على جثث اخرى اثر خنق.';
  it('a described gate beside that paragraph is not covered from it at balanced', () => {
    expect(coverAt({ caption: 'البوابة الخارجية كما تبدو من الطريق. تصوير: الصحيفة', after }, violent('ar'))).toBe('strict');
  });
  it('"the photo shows" still speaks for the picture', () => {
    expect(coverAt({ after: 'تظهر الصورة جثث معتقلين على ارض المشرحة وعلى كل جثة رقم.' }, neutral('ar'))).not.toBeNull();
    expect(coverAt({ after: 'تظهر الصورة جثث معتقلين على ارض المشرحة وعلى كل جثة رقم.' }, neutral('ar'))).not.toBe('strict');
  });
});

describe('an uncaptioned picture whose neighbouring line names what kind of picture it is', () => {
  it.each([
    ['en', 'Satellite image of the town after the strike', undefined],
    ['en', undefined, 'Tourists visit the square every day. A monument to the fallen soldiers stands at its centre.'],
    ['ru', 'Спутниковый снимок города после удара', undefined],
  ])('is a map, portrait or sculpture, not a scene of the violent article: strict, not balanced (%s)', (lang, after, before) => {
    expect(coverAt({ after, before }, violent(lang))).toBe('strict');
  });

  it('still leaves a picture beside an ordinary paragraph to the violent article (balanced)', () => {
    expect(coverAt({ after: 'The town was shelled again on Tuesday morning.' }, violent('en'))).toBe('balanced');
  });
});

describe('a wound, blood or the severity named is not outranked by a stretcher or a rescue', () => {
  it.each([
    ['en', 'A man with head wounds is carried on a stretcher to an ambulance'],
    ['en', 'Rescuers carry a badly injured woman out of the rubble on a stretcher'],
    ['es', 'Con heridas en la cabeza, un hombre es trasladado al hospital; no tenía noticias de su hija'],
    ['de', 'Ein blutender Mann wird auf einer Trage zum Krankenwagen gebracht'],
  ])('covers at balanced, as the written rules\' G4 says (%s)', (lang, caption) => {
    expect(coverAt({ caption }, neutral(lang))).toBe('balanced');
  });

  it('leaves the injured carried with no wound named at strict (B2)', () => {
    expect(coverAt({ caption: 'An injured man is carried on a stretcher to an ambulance' }, neutral('en'))).toBe('strict');
  });
});

describe('a film or series word beside the picture makes its own sentence fiction, not the paragraph', () => {
  it('a paragraph calling the war "a horror movie" still says what the photo shows (balanced)', () => {
    const before = 'His family fled a war that the boy called a horror movie. The photo shows the body of the boy lying on the beach.';
    expect(coverAt({ caption: 'The little refugee went to paradise', before }, neutral('en'))).toBe('balanced');
  });

  it('a sentence about a film that shows bodies is still fiction (not covered)', () => {
    const before = 'The horror movie shows the bodies of soldiers lying in the mud.';
    expect(coverAt({ caption: 'A man walks along the beach in the evening', before }, neutral('en'))).toBeNull();
  });
});

describe('a caption of one word naming a scene describes the picture', () => {
  it.each([
    ['ru', 'захоронения'],
    ['en', 'Funeral.'],
    ['uk', 'Поховання'],
  ])('so a violent article does not cover it at balanced: the word itself waits for strict (%s: %s)', (lang, caption) => {
    expect(coverAt({ caption }, violent(lang))).toBe('strict');
  });

  it('a name alone still leaves the picture to the violent article', () => {
    expect(coverAt({ caption: 'Izaskun Lesaka.' }, violent('es'))).toBe('balanced');
  });
});
