import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { violentPage } from './test-pages';

// Round 172: the sentence right beside an uncaptioned picture (the last before it, the first after
// it) that points at it — a demonstrative, a verb of showing, the photo named as where its subject
// is, not set apart — and names a thing right beside that phrase, with no body, wound or killing
// in it, says what the picture shows, as round 119's "Below, the church of…" does: the violent
// article around it covers it at strict, not by default. A line beside it that says what kind of
// picture it is or what thing it shows outweighs the page's horror at pictures in the other
// paragraph ("Жахливі кадри з міста…"): that is said of other pictures. A body, a person or a
// killing in the pointing sentence, or the pointing sentence not the one beside the picture, leave
// the article its reading.

const level = (lang: string, near: Partial<ImageTextContext>) => classifyImageContext({ placement: 'article-body', ...near }, violentPage(lang)).coverAt;

type Lines = { shows: string; inPhoto: string; story: string; bodies: string; person: string; killing: string; appraisal: string };
const LINES: Record<string, Lines> = {
  en: {
    shows: 'This photo shows the church of Saint Mary in the centre of the town.', inPhoto: 'The church in the photo stands in the centre of the town.',
    story: 'The massacre began there at dawn.', bodies: 'This photo shows the bodies of the victims in the church of Saint Mary.',
    person: 'The man in the photo stands in front of the church of Saint Mary.', killing: 'The church in the photo is where the massacre began at dawn.',
    appraisal: 'Harrowing images from the town were shared on Monday.',
  },
  de: {
    shows: 'Dieses Foto zeigt die Kirche der Heiligen Maria im Zentrum der Stadt.', inPhoto: 'Die Kirche auf dem Foto steht im Zentrum der Stadt.',
    story: 'Das Massaker begann dort im Morgengrauen.', bodies: 'Dieses Foto zeigt die Leichen der Opfer in der Kirche der Heiligen Maria.',
    person: 'Der Mann auf dem Foto steht vor der Kirche der Heiligen Maria.', killing: 'Die Kirche auf dem Foto ist der Ort, wo das Massaker im Morgengrauen begann.',
    appraisal: 'Entsetzliche Bilder aus der Stadt wurden am Montag geteilt.',
  },
  fr: {
    shows: "Cette photo montre l'église Sainte-Marie au centre de la ville.", inPhoto: "L'église sur la photo se trouve au centre de la ville.",
    story: "Le massacre a commencé là à l'aube.", bodies: "Cette photo montre les corps des victimes dans l'église Sainte-Marie.",
    person: "L'homme sur la photo se tient devant l'église Sainte-Marie.", killing: "L'église sur la photo est l'endroit où le massacre a commencé à l'aube.",
    appraisal: 'Des images effroyables de la ville ont été partagées lundi.',
  },
  es: {
    shows: 'Esta foto muestra la iglesia de Santa María en el centro de la ciudad.', inPhoto: 'La iglesia de la foto está en el centro de la ciudad.',
    story: 'La masacre comenzó allí al amanecer.', bodies: 'Esta foto muestra los cadáveres de las víctimas en la iglesia de Santa María.',
    person: 'El hombre de la foto está de pie frente a la iglesia de Santa María.', killing: 'La iglesia de la foto es donde la masacre comenzó al amanecer.',
    appraisal: 'Una imagen desgarradora de la ciudad se compartió el lunes.',
  },
  ru: {
    shows: 'Этот снимок показывает церковь Святой Марии в центре города.', inPhoto: 'Церковь на фото стоит в центре города.',
    story: 'Резня началась там на рассвете.', bodies: 'Этот снимок показывает тела жертв в церкви Святой Марии.',
    person: 'Мужчина на фото стоит перед церковью Святой Марии.', killing: 'Церковь на фото — место, где на рассвете началась резня.',
    appraisal: 'Жуткие кадры из города опубликовали в понедельник.',
  },
  uk: {
    shows: 'На цьому знімку – церква Святої Марії в центрі міста.', inPhoto: 'Церква на фото стоїть у центрі міста.',
    story: 'Різанина почалася там на світанку.', bodies: 'На цьому знімку – тіла жертв у церкві Святої Марії.',
    person: 'Чоловік на фото стоїть перед церквою Святої Марії.', killing: 'Церква на фото — місце, де на світанку почалася різанина.',
    appraisal: 'Жахливі кадри з міста оприлюднили в понеділок.',
  },
  tr: {
    shows: 'Bu fotoğraf kasabanın eski kilise binasını gösteriyor.', inPhoto: 'Fotoğraftaki kilise kasabanın merkezinde duruyor.',
    story: 'Katliam orada şafakta başladı.', bodies: 'Bu fotoğraf kilisedeki kurbanların cesetlerini gösteriyor.',
    person: 'Fotoğraftaki adam kilisenin önünde duruyor.', killing: 'Fotoğraftaki kilise katliamın şafakta başladığı yer.',
    appraisal: 'Kasabadan korkunç görüntüler pazartesi paylaşıldı.',
  },
  ar: {
    shows: 'هذه الصورة تظهر كنيسة القديسة مريم في وسط المدينة.', inPhoto: 'الكنيسة في الصورة تقع في وسط المدينة.',
    story: 'بدأت المجزرة هناك عند الفجر.', bodies: 'هذه الصورة تظهر جثث الضحايا في كنيسة القديسة مريم.',
    person: 'الرجل في الصورة يقف أمام كنيسة القديسة مريم.', killing: 'الكنيسة في الصورة هي المكان الذي بدأت فيه المجزرة عند الفجر.',
    appraisal: 'صور مروعة من المدينة نشرت يوم الاثنين.',
  },
};
const LANGS = Object.keys(LINES);
const linesOf = (lang: string): Lines => {
  const lines = LINES[lang];
  if (!lines) throw new Error(`no lines for ${lang}`);
  return lines;
};

describe('a thing the sentence beside the picture points at is what it shows: strict on a violent page', () => {
  it.each(LANGS)('%s: "this photo shows the church…" as the last sentence before the picture', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.story} ${l.shows}` })).toBe('strict');
  });
  it.each(LANGS)('%s: "this photo shows the church…" as the first sentence after the picture', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { after: `${l.shows} ${l.story}` })).toBe('strict');
  });
  it.each(LANGS)('%s: "the church in the photo…" as the last sentence before the picture', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.story} ${l.inPhoto}` })).toBe('strict');
  });
  it.each(LANGS)('%s: the page\'s horror at pictures in the other paragraph is not this picture\'s', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.story} ${l.shows}`, after: l.appraisal })).toBe('strict');
  });
});

describe('guards: a body, a person or a killing pointed at, or the pointing sentence not beside the picture', () => {
  it.each(LANGS)('%s: the bodies in the church pointed at', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.story} ${l.bodies}` })).toBe('balanced');
  });
  it.each(LANGS)('%s: a man in front of the church, named in the photo', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.story} ${l.person}` })).toBe('balanced');
  });
  it.each(LANGS)('%s: the church named in the photo with the killing told in its sentence', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: l.killing })).toBe('balanced');
  });
  it.each(LANGS)('%s: the pointing sentence first in the paragraph before the picture, the story beside it', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: `${l.shows} ${l.story}` })).toBe('balanced');
  });
  it.each(LANGS)('%s: the page\'s horror at pictures with nothing pointed at', (lang) => {
    const l = linesOf(lang);
    expect(level(lang, { before: l.story, after: l.appraisal })).toBe('balanced');
  });
});
