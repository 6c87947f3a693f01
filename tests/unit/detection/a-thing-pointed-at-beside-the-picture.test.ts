import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';
import { byDefault, violentPage } from './test-pages';

// Round 119: an uncaptioned picture in the body of a violent article is covered at balanced by the
// article's reading, unless the page's own words say what it is. The paragraph before it may point
// at it by "below" (the one after it by "above") and name there a thing or a kind of picture: a
// church, a building, a map ("Below, the church of Ste. Famille…"). What the page says the picture
// shows is no person, and the story's violence told around it is not the picture: strict. A body,
// an act or a wound in the pointing sentence, a person named there, a graphic word in the
// paragraph, or "below" in the paragraph after the picture (the next picture's) leave the page its
// reading.

const level = (lang: string, near: Partial<ImageTextContext>) => classifyImageContext({ placement: 'article-body', ...near }, violentPage(lang)).coverAt;

restoreLexiconsAfterEach();

describe('a thing the paragraph points at by "below" or "above" is what the picture shows: strict', () => {
  const cases: [string, Partial<ImageTextContext>][] = [
    ['en', { before: 'Below, the church of Saint Mary in the centre of the town. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: die Kirche Sankt Marien im Zentrum der Stadt. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, l'église Sainte-Marie au centre de la ville. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, la iglesia de Santa María en el centro de la ciudad. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: церковь Святой Марии в центре города. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: церква Святої Марії в центрі міста. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, kasabanın eski kilise binası. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، كنيسة القديسة مريم في وسط المدينة. بدأت المجزرة هناك عند الفجر.' }],
    ['en', { after: 'Above, the church of Saint Mary on the market square. The massacre began there at dawn.' }],
    ['de', { after: 'Oben: die Kirche Sankt Marien am Marktplatz. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { after: "Ci-dessus, l'église Sainte-Marie sur la place du marché. Le massacre a commencé là à l'aube." }],
    ['es', { after: 'Arriba, la iglesia de Santa María en la plaza del mercado. La masacre comenzó allí al amanecer.' }],
    ['ru', { after: 'Выше: церковь Святой Марии на рыночной площади. Резня началась там на рассвете.' }],
    ['uk', { after: 'Вище: церква Святої Марії на ринковій площі. Різанина почалася там на світанку.' }],
    ['tr', { after: 'Yukarıda, kasabanın eski kilise binası. Katliam orada şafakta başladı.' }],
    ['ar', { after: 'أعلاه، كنيسة القديسة مريم في ساحة السوق. بدأت المجزرة هناك عند الفجر.' }],
    ['en', { before: 'The church below stands in the centre of the town. The massacre began there at dawn.' }],
    ['de', { before: 'Die Kirche unten steht im Zentrum der Stadt. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "L'église ci-dessous se trouve au centre de la ville. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'La iglesia de abajo está en el centro de la ciudad. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Церковь ниже стоит в центре города. Резня началась там на рассвете.' }],
    ['uk', { before: 'Церква нижче стоїть у центрі міста. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıdaki kilise kasabanın merkezinde duruyor. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'تقع الكنيسة أدناه في وسط المدينة. بدأت المجزرة هناك عند الفجر.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(level(lang, near)).toBe('strict');
  });
});

describe('a map the paragraph points at, wherever it stands in the pointing sentence: strict', () => {
  const cases: [string, Partial<ImageTextContext>][] = [
    ['en', { before: 'Below, a map of the villages the army attacked that week. The massacre began at dawn in the northern villages.' }],
    ['de', { before: 'Unten: eine Karte der Dörfer, die die Armee in jener Woche angriff. Das Massaker begann im Morgengrauen in den Dörfern im Norden.' }],
    ['fr', { before: "Ci-dessous, une carte des villages que l'armée a attaqués cette semaine-là. Le massacre a commencé à l'aube dans les villages du nord." }],
    ['es', { before: 'Abajo, un mapa de los pueblos que el ejército atacó esa semana. La masacre comenzó al amanecer en los pueblos del norte.' }],
    ['ru', { before: 'Ниже: карта сёл, на которые армия напала на той неделе. Резня началась на рассвете в северных сёлах.' }],
    ['uk', { before: 'Нижче: карта сіл, на які армія напала того тижня. Різанина почалася на світанку в північних селах.' }],
    ['tr', { before: 'Aşağıda, ordunun o hafta saldırdığı köylerin haritası. Katliam şafakta kuzeydeki köylerde başladı.' }],
    ['ar', { before: 'أدناه، خريطة القرى التي هاجمها الجيش في ذلك الأسبوع. بدأت المجزرة عند الفجر في القرى الشمالية.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(level(lang, near)).toBe('strict');
  });
});

describe('[below]: the pointer is read from the lexicon', () => {
  const cases: [string, Partial<ImageTextContext>][] = [
    ['en', { before: 'Below, the church of Saint Mary in the centre of the town. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: die Kirche Sankt Marien im Zentrum der Stadt. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, l'église Sainte-Marie au centre de la ville. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, la iglesia de Santa María en el centro de la ciudad. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: церковь Святой Марии в центре города. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: церква Святої Марії в центрі міста. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, kasabanın eski kilise binası. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، كنيسة القديسة مريم في وسط المدينة. بدأت المجزرة هناك عند الفجر.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(level(lang, near)).toBe('strict');
    withoutSection(lang, 'below');
    expect(level(lang, near)).toBe('balanced');
  });
});

describe('guards: a body or a person pointed at, harm in the paragraph, no pointer, or the next picture\'s pointer keep the article\'s reading', () => {
  const cases: [string, Partial<ImageTextContext>][] = [
    // The bodies pointed at, not a thing.
    ['en', { before: 'Below, the bodies of the victims lie in the church of Saint Mary. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: die Leichen der Opfer liegen in der Kirche Sankt Marien. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, les corps des victimes gisent dans l'église Sainte-Marie. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, los cuerpos de las víctimas yacen en la iglesia de Santa María. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: тела жертв лежат в церкви Святой Марии. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: тіла жертв лежать у церкві Святої Марії. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, kurbanların cesetleri kilisede yatıyor. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، جثث الضحايا ملقاة في كنيسة القديسة مريم. بدأت المجزرة هناك عند الفجر.' }],
    // A person pointed at, the thing further on.
    ['en', { before: 'Below, a man stands in front of the church of Saint Mary. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: ein Mann steht vor der Kirche Sankt Marien. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, un homme se tient devant l'église Sainte-Marie. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, un hombre está de pie frente a la iglesia de Santa María. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: мужчина стоит перед церковью Святой Марии. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: чоловік стоїть перед церквою Святої Марії. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, bir adam kasabanın eski kilisesinin önünde duruyor. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، رجل يقف أمام كنيسة القديسة مريم. بدأت المجزرة هناك عند الفجر.' }],
    // The thing pointed at, but the bodies found in it named in the same sentence.
    ['en', { before: 'Below, the church of Saint Mary, where the bodies of the victims were found. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: die Kirche Sankt Marien, in der die Leichen der Opfer gefunden wurden. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, l'église Sainte-Marie, où les corps des victimes ont été retrouvés. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, la iglesia de Santa María, donde se encontraron los cuerpos de las víctimas. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: церковь Святой Марии, где нашли тела жертв. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: церква Святої Марії, де знайшли тіла жертв. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, kurbanların cesetlerinin bulunduğu kilise. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، كنيسة القديسة مريم حيث عثر على جثث الضحايا. بدأت المجزرة هناك عند الفجر.' }],
    // A map of where the bodies were found: the paragraph names bodies (not read as a map yet).
    ['en', { before: 'Below, a map of the places where the bodies of the victims were found. The massacre began at dawn.' }],
    ['de', { before: 'Unten: eine Karte der Orte, an denen die Leichen der Opfer gefunden wurden. Das Massaker begann im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, une carte des lieux où les corps des victimes ont été retrouvés. Le massacre a commencé à l'aube." }],
    ['es', { before: 'Abajo, un mapa de los lugares donde se encontraron los cuerpos de las víctimas. La masacre comenzó al amanecer.' }],
    ['ru', { before: 'Ниже: карта мест, где были найдены тела жертв. Резня началась на рассвете.' }],
    ['uk', { before: 'Нижче: карта місць, де знайшли тіла жертв. Різанина почалася на світанку.' }],
    ['tr', { before: 'Aşağıda, kurbanların cesetlerinin bulunduğu yerlerin haritası. Katliam şafakta başladı.' }],
    ['ar', { before: 'أدناه، خريطة الأماكن التي عثر فيها على جثث الضحايا. بدأت المجزرة عند الفجر.' }],
    // No pointer: the church named, not pointed at.
    ['en', { before: 'The church of Saint Mary stands in the centre of the town. The massacre began there at dawn.' }],
    ['de', { before: 'Die Kirche Sankt Marien steht im Zentrum der Stadt. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "L'église Sainte-Marie se trouve au centre de la ville. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'La iglesia de Santa María está en el centro de la ciudad. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Церковь Святой Марии стоит в центре города. Резня началась там на рассвете.' }],
    ['uk', { before: 'Церква Святої Марії стоїть у центрі міста. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Kasabanın eski kilise binası merkezde duruyor. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'تقع كنيسة القديسة مريم في وسط المدينة. بدأت المجزرة هناك عند الفجر.' }],
    // "Below" in the paragraph after the picture points at the next one.
    ['en', { after: 'Below, the church of Saint Mary in the centre of the town. The massacre began there at dawn.' }],
    ['de', { after: 'Unten: die Kirche Sankt Marien im Zentrum der Stadt. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { after: "Ci-dessous, l'église Sainte-Marie au centre de la ville. Le massacre a commencé là à l'aube." }],
    ['es', { after: 'Abajo, la iglesia de Santa María en el centro de la ciudad. La masacre comenzó allí al amanecer.' }],
    ['ru', { after: 'Ниже: церковь Святой Марии в центре города. Резня началась там на рассвете.' }],
    ['uk', { after: 'Нижче: церква Святої Марії в центрі міста. Різанина почалася там на світанку.' }],
    ['tr', { after: 'Aşağıda, kasabanın eski kilise binası. Katliam orada şafakta başladı.' }],
    ['ar', { after: 'أدناه، كنيسة القديسة مريم في وسط المدينة. بدأت المجزرة هناك عند الفجر.' }],
    // A photo of the bodies pointed at.
    ['en', { before: 'Below, a photo of the bodies in the church of Saint Mary. The massacre began there at dawn.' }],
    ['de', { before: 'Unten: ein Foto der Leichen in der Kirche Sankt Marien. Das Massaker begann dort im Morgengrauen.' }],
    ['fr', { before: "Ci-dessous, une photo des corps dans l'église Sainte-Marie. Le massacre a commencé là à l'aube." }],
    ['es', { before: 'Abajo, una foto de los cuerpos en la iglesia de Santa María. La masacre comenzó allí al amanecer.' }],
    ['ru', { before: 'Ниже: фото тел в церкви Святой Марии. Резня началась там на рассвете.' }],
    ['uk', { before: 'Нижче: фото тіл у церкві Святої Марії. Різанина почалася там на світанку.' }],
    ['tr', { before: 'Aşağıda, kilisedeki cesetlerin fotoğrafı. Katliam orada şafakta başladı.' }],
    ['ar', { before: 'أدناه، صورة الجثث في كنيسة القديسة مريم. بدأت المجزرة هناك عند الفجر.' }],
  ];
  it.each(cases)('%s: %j', (lang, near) => {
    expect(byDefault(level(lang, near))).toBe(true);
  });
});
