import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 131: a short aside in parentheses inside a phrase does not end it. A caption may put a
// qualification between an adjective and its noun ("Ein toter (mutmaßlich russischer) Soldat",
// "убитый (предположительно российский) солдат") or between a noun and the adjective after it
// ("un soldat (présumé russe) mort", "جندي (روسي على الأرجح) قتيل"): the entry's next word may stand
// past an aside of at most four words that closes right before a word. The word right after is
// tried first, so an entry whose word is inside the parentheses still reads it. An aside that a
// mark follows ("(1914). Soldaten") closes its sentence, not a phrase, and is not stepped over.
// Sentences written for these tests, on a page that says nothing violent.

const PAST_AN_ASIDE: [string, string][] = [
  ['en', 'A dead (presumably Russian) soldier lies in front of a destroyed tank.'],
  ['de', 'Ein toter (mutmaßlich russischer) Soldat liegt vor einem zerstörten Panzer.'],
  ['de', 'Eine tote (24-jährige) Frau liegt auf der Straße.'],
  ['fr', 'Un soldat (présumé russe) mort gît devant un char détruit.'],
  ['fr', 'Une femme (24 ans) morte gît dans la rue.'],
  ['es', 'Soldados (presuntamente rusos) muertos junto a un tanque destruido.'],
  ['ru', 'Убитый (предположительно российский) солдат лежит перед подбитым танком.'],
  ['ru', 'Убитая (24 года) женщина лежит на улице.'],
  ['uk', 'Убитий (ймовірно російський) солдат лежить перед знищеним танком.'],
  ['uk', 'Убита (24 роки) жінка лежить на вулиці.'],
  ['tr', 'Ölü (Rus olduğu düşünülen) bir asker tahrip edilmiş bir tankın önünde yatıyor.'],
  ['tr', 'Ölü (24 yaşındaki) bir kadın sokakta yatıyor.'],
  ['ar', 'جندي (روسي على الأرجح) قتيل أمام دبابة مدمرة.'],
  ['ar', 'امراة (24 عاما) ميتة في الشارع.'],
];

// The aside stepped over, the phrase read is about a thing, a garment or a speech, or it stands in
// a background sentence about someone not shown, or the aside is a credit: not covered by default,
// before and after.
const NOT_BY_DEFAULT: [string, string][] = [
  ['en', 'A dead (flat) battery lies on the workbench.'],
  ['de', 'Eine tote (leere) Batterie liegt auf der Werkbank.'],
  ['ru', 'Мёртвая (разряженная) батарея лежит на столе.'],
  ['tr', 'Ölü (boş) bir pil masada duruyor.'],
  ['ar', 'بطارية (قديمة) ميتة على الطاولة.'],
  ['en', 'A burned (stolen) car stands in the street.'],
  ['fr', 'Une voiture (volée) brûlée dans la rue.'],
  ['es', 'Un coche (robado) quemado en la calle.'],
  ['ru', 'Сгоревший (угнанный) автомобиль на улице.'],
  ['uk', 'Згорілий (викрадений) автомобіль на вулиці.'],
  ['en', 'A man in a hooded (grey) sweatshirt gives a fiery (two-hour) speech.'],
  ['fr', 'Un homme en sweat (gris) à capuche prononce un discours (de deux heures) enflammé.'],
  ['es', 'Un hombre con sudadera (gris) con capucha pronuncia un discurso (de dos horas) encendido.'],
  ['ru', 'Мужчина в (серой) толстовке с капюшоном произносит пламенную (двухчасовую) речь.'],
  ['tr', 'Kapüşonlu (gri) sweatshirt giyen bir adam ateşli (iki saatlik) bir konuşma yapıyor.'],
  ['en', 'The minister speaks at a press conference. In 2014 a dead (presumably Russian) soldier was found near the village.'],
  ['de', 'Der Minister spricht auf einer Pressekonferenz. 2014 wurde ein toter (mutmaßlich russischer) Soldat bei dem Dorf gefunden.'],
  ['fr', "Le ministre lors d'une conférence de presse. En 2014, un soldat (présumé russe) mort avait été retrouvé près du village."],
  ['ru', 'Министр на пресс-конференции. В 2014 году убитый (предположительно российский) солдат был найден у села.'],
  ['uk', 'Міністр на пресконференції. У 2014 році убитий (ймовірно російський) солдат був знайдений біля села.'],
  ['tr', 'Bakan basın toplantısında. 2014 yılında köyün yakınında ölü (Rus olduğu düşünülen) bir asker bulunmuştu.'],
  ['ar', 'الوزير في مؤتمر صحفي. في عام 2014 عثر على جندي (روسي على الأرجح) قتيل قرب القرية.'],
  ['de', 'Ein Soldat (Foto: dpa) steht vor dem Denkmal.'],
  ['ru', 'Ветераны вспоминают павших (1914). Солдаты проходят мимо памятника.'],
  ['uk', "Ветерани згадують полеглих (1914). Солдати проходять повз пам'ятник."],
  ['ar', 'قدامى المحاربين يتذكرون الجنود (1914). قتيل واحد في الحرب، يقول النصب.'],
];

const hitsOf = (text: string, lang: string) => findTerms(text, selectLexicons(text, lang)).map((h) => [h.kind, h.category, h.text]);

describe('a short aside in parentheses inside a phrase does not end it', () => {
  it.each(PAST_AN_ASIDE)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it('reads the phrase with its aside as one hit', () => {
    const text = 'Charkiw: Ein toter (mutmaßlich russischer) Soldat liegt vor einem Panzer.';
    expect(hitsOf(text, 'de')).toContainEqual(['graphic', 'dead-bodies', 'toter (mutmaßlich russischer) Soldat']);
  });
});

describe('guards: the aside stepped over changes nothing else', () => {
  it.each(NOT_BY_DEFAULT)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('steps over no aside of five words or more, and none a mark follows', () => {
    const long = 'Ein toter (nach Angaben der Armee russischer) Soldat liegt vor einem Panzer.';
    const marked = 'Veteranen gedenken eines toten (1914). Soldaten marschieren am Denkmal vorbei.';
    for (const text of [long, marked]) expect(hitsOf(text, 'de').filter((h) => h[0] === 'graphic')).toEqual([]);
  });

  it('still reads an entry whose next word is inside the parentheses', () => {
    expect(hitsOf('Two dead (soldiers) lie in the road.', 'en')).toContainEqual(['graphic', 'dead-bodies', 'dead (soldiers']);
  });
});
