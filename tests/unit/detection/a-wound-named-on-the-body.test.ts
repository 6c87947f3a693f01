import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { findCaptionWords } from '../../../utils/detection/find-terms';
import { byDefault, captionCoverAt } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// Round 118: a wound named where it is on the body, in a later sentence of the caption, is what
// the picture shows. Wire and museum captions tell who or the photographer first and the wound seen
// after it ("Mohamad Abu Morad, a nurse, at the clinic. Medics receive a man with a head wound",
// "Sobre estas líneas, sanitarios reciben un hombre herido en la cabeza"): an `[explicit-injury]`
// word with a `[body-parts]` word inside it or right after it covers from balanced, as a graphic
// word there does. A severity told ("Dozens of people were seriously wounded", "a seriously
// injured woman"), a bloody repression, a wound told with a year (history: "She was wounded in
// the head in 2022") or in someone's quoted words is not read so. The captions are on a neutral
// page, so only the caption's own words can cover them.

restoreLexiconsAfterEach();

describe('a wound named on the body in a later sentence: covered by default', () => {
  const cases: [string, string][] = [
  ['en', 'Mohamad Abu Morad, a nurse, at the clinic of the camp. Medics receive a man with a head wound.'],
  ['de', 'Mohamad Abu Morad, ein Pfleger, in der Klinik des Lagers. Sanitäter nehmen einen am Kopf verletzten Mann auf.'],
  ['fr', "Mohamad Abu Morad, infirmier, à la clinique du camp. Des secouristes reçoivent un homme blessé à la tête."],
  ['es', 'Mohamad Abu Morad, enfermero, en la clínica del campo. Unos sanitarios reciben a un hombre herido en la cabeza.'],
  ['ru', 'Мохамад Абу Морад, медбрат, в клинике лагеря. Медики принимают мужчину, раненного в голову.'],
  ['uk', 'Мохамад Абу Морад, медбрат, у клініці табору. Медики приймають чоловіка, пораненого в голову.'],
  ['tr', 'Hemşire Mohamad Abu Morad kampın kliniğinde. Sağlıkçılar başından yaralanan bir adamı karşılıyor.'],
  ['en', 'A picture taken by Gonichi Kimura near the station. A woman wounded in the chest waits on the ground.'],
  ['de', 'Ein Bild von Gonichi Kimura, in der Nähe des Bahnhofs. Eine an der Brust verletzte Frau wartet auf dem Boden.'],
  ['fr', 'Une photo de Gonichi Kimura près de la gare. Une femme blessée à la poitrine attend sur le sol.'],
  ['es', 'Una foto de Gonichi Kimura cerca de la estación. Una mujer herida en el pecho espera en el suelo.'],
  ['ru', 'Снимок Гонити Кимуры у вокзала. Женщина, раненная в грудь, ждёт на земле.'],
  ['uk', 'Знімок Гоніті Кімури біля вокзалу. Жінка, поранена в груди, чекає на землі.'],
  ['tr', "Gonichi Kimura'nın istasyon yakınında çektiği fotoğraf. Göğsünden yaralanan bir kadın yerde bekliyor."],
  ['ar', 'صورة التقطها غونيتشي كيمورا قرب المحطة. امرأة مصابة في الصدر تنتظر على الأرض.'],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
  it.each(cases)('%s, without its [body-parts] section: %s', (lang, caption) => {
    withoutSection(lang, 'body-parts');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('not read so: guards, not covered by default before and after', () => {
  it.each<[string, string]>([
  ['en', 'A picture taken by Gonichi Kimura near the station. A seriously injured woman waits on the ground.'],
  ['de', 'Ein Bild von Gonichi Kimura, in der Nähe des Bahnhofs. Eine schwer verletzte Frau wartet auf dem Boden.'],
  ['fr', "Une photo de Gonichi Kimura près de la gare. Une femme grièvement blessée attend sur le sol."],
  ['es', 'Una foto de Gonichi Kimura cerca de la estación. Una mujer gravemente herida espera en el suelo.'],
  ['ru', 'Снимок Гонити Кимуры у вокзала. Тяжело раненная женщина ждёт на земле.'],
  ['uk', 'Знімок Гоніті Кімури біля вокзалу. Тяжко поранена жінка чекає на землі.'],
  ['tr', "Gonichi Kimura'nın istasyon yakınında çektiği fotoğraf. Ağır yaralı bir kadın yerde bekliyor."],
  ['ar', 'صورة التقطها غونيتشي كيمورا قرب المحطة. امرأة مصابة بجروح خطيرة تنتظر على الأرض.'],
  ])('a severity, not a place on the body (%s): %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
  it.each<[string, string]>([
  ['en', 'Olena Petrenko at her home in Irpin. She was wounded in the head in 2022.'],
  ['de', 'Olena Petrenko in ihrem Haus in Irpin. Sie wurde 2022 am Kopf verletzt.'],
  ['fr', 'Olena Petrenko chez elle à Irpin. Elle a été blessée à la tête en 2022.'],
  ['es', 'Olena Petrenko en su casa de Irpin. Fue herida en la cabeza en 2022.'],
  ['ru', 'Олена Петренко у себя дома в Ирпене. В 2022 году она была ранена в голову.'],
  ['uk', 'Олена Петренко у себе вдома в Ірпені. У 2022 році вона була поранена в голову.'],
  ['tr', "Olena Petrenko İrpin'deki evinde. 2022'de başından yaralandı."],
  ['ar', 'أولينا بيترينكو في منزلها في إيربين. أصيبت في الرأس عام 2022.'],
  ])('a wound on the body told with a year (%s): %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
  it.each<[string, string]>([
  ['en', 'Medics at the entrance of the hospital. "We have a man with a head wound," the director said.'],
  ['ru', 'Врачи у входа в больницу. «У нас мужчина, раненный в голову», — сказал директор.'],
  ['en', 'Medics at the entrance of the hospital. "We have many seriously wounded," the director said.'],
  ])('a wound on the body in quoted words (%s): %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
  it.each<[string, string]>([
  ['en', 'Olena Petrenko at her home in Irpin. She was seriously injured in the shelling in 2022.'],
  ['en', 'Rescue workers at the site of the blast. Dozens of people were seriously wounded.'],
  ['de', 'Dieses Bild zeigt einen Mann vor einer Kolonne von Panzern. Es ist das Sinnbild der blutigen Niederschlagung des Aufstands.'],
  ['de', 'Olena Petrenko in ihrem Haus in Irpin. Sie wurde 2022 beim Beschuss schwer verletzt.'],
  ['de', 'Rettungskräfte am Ort der Explosion. Dutzende Menschen wurden schwer verletzt.'],
  ['fr', "Cette image montre un homme devant une colonne de chars. Elle est l'emblème de la répression sanglante du soulèvement."],
  ['fr', 'Olena Petrenko chez elle à Irpin. Elle a été grièvement blessée lors du bombardement en 2022.'],
  ['fr', "Des secouristes sur le lieu de l'explosion. Des dizaines de personnes ont été grièvement blessées."],
  ['es', 'Esta imagen muestra a un hombre ante una columna de tanques. Es el emblema de la sangrienta represión del levantamiento.'],
  ['es', 'Olena Petrenko en su casa de Irpin. Resultó gravemente herida en el bombardeo de 2022.'],
  ['es', 'Rescatistas en el lugar de la explosión. Decenas de personas resultaron gravemente heridas.'],
  ['ru', 'На этом снимке мужчина перед колонной танков. Он стал символом кровавого подавления восстания.'],
  ['ru', 'Олена Петренко у себя дома в Ирпене. В 2022 году она была тяжело ранена при обстреле.'],
  ['ru', 'Спасатели на месте взрыва. Десятки людей были тяжело ранены.'],
  ['uk', 'На цьому знімку чоловік перед колоною танків. Він став символом кривавого придушення повстання.'],
  ['uk', 'Олена Петренко у себе вдома в Ірпені. У 2022 році вона була тяжко поранена під час обстрілу.'],
  ['uk', 'Рятувальники на місці вибуху. Десятки людей були тяжко поранені.'],
  ['tr', 'Bu fotoğraf bir tank kolonunun önündeki bir adamı gösteriyor. Ayaklanmanın kanlı bastırılmasının simgesi oldu.'],
  ['tr', "Olena Petrenko İrpin'deki evinde. 2022'deki bombardımanda ağır yaralandı."],
  ['tr', 'Patlamanın olduğu yerde kurtarma ekipleri. Onlarca kişi ağır yaralandı.'],
  ['ar', 'تظهر هذه الصورة رجلا أمام رتل من الدبابات. أصبحت رمزا للقمع الدموي للانتفاضة.'],
  ['ar', 'أولينا بيترينكو في منزلها في إيربين. أصيبت بجروح خطيرة في القصف عام 2022.'],
  ['ar', 'رجال الإنقاذ في موقع الانفجار. أصيب العشرات بجروح خطيرة.'],
  ])('a bloody repression, a portrait or a rescue with a severity told (%s): %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('[body-parts] is read apart, each hit with its language', () => {
  it.each<[string, string, string]>([
    ['en', 'a man with a head wound', 'head'],
    ['de', 'ein am Kopf verletzter Mann', 'Kopf'],
    ['fr', 'un homme blessé à la tête', 'tête'],
    ['es', 'un hombre herido en la cabeza', 'cabeza'],
    ['ru', 'мужчина, раненный в голову', 'голову'],
    ['uk', 'чоловік, поранений у голову', 'голову'],
    ['tr', 'başından yaralanan bir adam', 'başından'],
    ['ar', 'رجل مصاب في الرأس', 'الرأس'],
  ])('%s: %s', (lang, text, part) => {
    const words = findCaptionWords(text, [bundledLexicon(lang)!]).filter((w) => w.kind === 'bodyPart');
    expect(words.map((w) => [w.text, w.lang])).toEqual([[part, lang]]);
  });
});
