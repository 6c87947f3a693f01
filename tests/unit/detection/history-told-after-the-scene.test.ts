import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';

// Round 123: a caption whose first sentence describes a scene (six words or more) and names no
// harm ("Young monks take selfies in front of the stupa of the old temple", "A child's shoe lies in
// a glass case at the city museum"), and whose later sentence tells a body or an act with a year
// ("…were thrown into pits between 1975 and 1979", "…was found under the ruins in August 1945"),
// tells the place's or the owner's history: that graphic word is background and does not cover
// from balanced (it still counts as context, at strict). A year with its day is the date a photo
// was taken ("…lie on the road, April 3, 2022"), a short first sentence is a title ("The
// deserter's fate."), and a first sentence naming harm makes the later body its own: these stay
// covered by default. The captions are on a neutral page, so only the caption's words can cover.

const history: [string, string][] = [
  ['en', 'Young monks take selfies in front of the stupa of the old temple in the city. In the prison nearby, the bodies of thousands of prisoners were thrown into pits between 1975 and 1979.'],
  ['de', 'Junge Mönche machen vor der Stupa des alten Tempels der Stadt Selbstporträts. Im Gefängnis nebenan wurden zwischen 1975 und 1979 die Leichen tausender Häftlinge in Gruben geworfen.'],
  ['fr', 'De jeunes moines prennent des selfies devant le stupa du vieux temple de la ville. Dans la prison voisine, les cadavres de milliers de prisonniers ont été jetés dans des fosses entre 1975 et 1979.'],
  ['es', 'Jóvenes monjes se hacen selfis frente a la estupa del viejo templo de la ciudad. En la prisión cercana, los cadáveres de miles de presos fueron arrojados a fosas entre 1975 y 1979.'],
  ['tr', 'Genç rahipler şehirdeki eski tapınağın stupasının önünde özçekim yapıyor. Yakındaki cezaevinde 1975-1979 yılları arasında binlerce mahkumun cesetleri çukurlara atıldı.'],
  ['ar', 'رهبان شبان يلتقطون صورا ذاتية أمام المعبد القديم في وسط المدينة. في السجن المجاور، ألقيت جثث آلاف السجناء في حفر بين عامي 1975 و1979.'],
  ['en', 'A child’s shoe lies in a glass case at the city museum today. Its owner’s charred body was found under the ruins in August 1945.'],
  ['de', 'Ein Kinderschuh liegt heute in einer Vitrine im Museum der Stadt. Die verkohlte Leiche seines Besitzers wurde im August 1945 unter den Trümmern gefunden.'],
  ['fr', 'Une chaussure d’enfant est exposée dans une vitrine du musée de la ville. Le cadavre calciné de son propriétaire a été retrouvé sous les ruines en août 1945.'],
  ['es', 'Un zapato de niño se expone hoy en una vitrina del museo de la ciudad. El cadáver calcinado de su dueño fue hallado bajo las ruinas en agosto de 1945.'],
  ['ru', 'Детская туфля лежит сегодня в витрине городского музея. Обгоревшее тело её владельца нашли под руинами в августе 1945 года.'],
  ['uk', 'Дитячий черевик лежить сьогодні у вітрині міського музею. Обгоріле тіло його власника знайшли під руїнами в серпні 1945 року.'],
  ['tr', 'Bir çocuk ayakkabısı bugün şehir müzesinde bir vitrinde sergileniyor. Sahibinin yanmış cesedi Ağustos 1945’te enkazın altında bulundu.'],
  ['ar', 'حذاء طفل معروض اليوم في واجهة زجاجية في متحف المدينة. عثر على جثة صاحبه المتفحمة تحت الأنقاض في أغسطس 1945.'],
];

describe('a body or an act told with a year after a harmless scene: history, not covered by default', () => {
  it.each(history)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
  it.each(history)('%s, still read as context at strict: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });
});

const shown: [string, string][] = [
  // A later sentence with no year describes the picture.
  ['en', 'Relatives gather outside the hospital in the city this morning. The bodies of the victims lie on the ground.'],
  ['de', 'Angehörige versammeln sich am Morgen vor dem Krankenhaus der Stadt. Die Leichen der Opfer liegen auf dem Boden.'],
  ['fr', 'Des proches se rassemblent ce matin devant l’hôpital de la ville. Les cadavres des victimes gisent sur le sol.'],
  ['es', 'Familiares se reúnen esta mañana frente al hospital de la ciudad. Los cadáveres de las víctimas yacen en el suelo.'],
  ['ru', 'Родственники собираются утром у городской больницы. Тела погибших лежат на земле.'],
  ['uk', 'Родичі збираються вранці біля міської лікарні. Тіла загиблих лежать на землі.'],
  ['tr', 'Yakınları bu sabah şehirdeki hastanenin önünde toplanıyor. Kurbanların cesetleri yerde yatıyor.'],
  ['ar', 'أقارب يتجمعون صباح اليوم أمام مستشفى المدينة. جثث الضحايا ملقاة على الأرض.'],
  // A year with its day: the date the photo was taken.
  ['en', 'Soldiers walk along the main street of the town on Sunday. The bodies of civilians lie on the road, April 3, 2022.'],
  ['de', 'Soldaten gehen am Sonntag durch die Hauptstraße der Stadt. Die Leichen von Zivilisten liegen am 3. April 2022 auf der Straße.'],
  ['fr', 'Des soldats marchent dans la rue principale de la ville dimanche. Des corps de civils gisent sur la route, 3 avril 2022.'],
  ['es', 'Soldados caminan por la calle principal de la ciudad el domingo. Los cadáveres de civiles yacen en la carretera el 3 de abril de 2022.'],
  ['ru', 'Военные идут по главной улице города в воскресенье. Тела мирных жителей лежат на дороге 3 апреля 2022 года.'],
  ['uk', 'Військові йдуть головною вулицею міста в неділю. Тіла цивільних лежать на дорозі, 3 квітня 2022 року.'],
  ['tr', 'Askerler pazar günü şehrin ana caddesinde yürüyor. Sivillerin cesetleri yolda yatıyor, 3 Nisan 2022.'],
  ['ar', 'جنود يسيرون في الشارع الرئيسي للمدينة يوم الأحد. جثث مدنيين ملقاة على الطريق في 3 أبريل 2022.'],
  // A short first sentence is a title, not a scene.
  ['en', 'The deserter’s fate. His corpse is posed on his coffin, c. 1861.'],
  ['fr', 'Le sort du déserteur. Son cadavre est posé sur son cercueil, vers 1861.'],
  ['ru', 'Судьба дезертира. Его труп лежит на гробу, около 1861 года.'],
  ['ar', 'مصير الفار. جثته على تابوته، نحو 1861.'],
  // A first sentence naming harm makes the later body its own.
  ['en', 'Soldiers killed dozens of villagers in the valley that morning. Their bodies lay in the field for days in 1944.'],
  ['fr', 'Des soldats ont tué des dizaines de villageois dans la vallée ce matin-là. Leurs cadavres sont restés des jours dans le champ en 1944.'],
  ['es', 'Soldados mataron a decenas de aldeanos en el valle aquella mañana. Sus cadáveres quedaron días en el campo en 1944.'],
  ['ru', 'В то утро солдаты убили десятки жителей деревни в долине. Их тела лежали в поле несколько дней в 1944 году.'],
  ['uk', 'Того ранку солдати вбили десятки жителів села в долині. Їхні тіла лежали в полі кілька днів у 1944 році.'],
  ['tr', 'Askerler o sabah vadide onlarca köylüyü öldürdü. Cesetleri 1944’te günlerce tarlada kaldı.'],
  ['ar', 'قتل الجنود عشرات القرويين في الوادي ذلك الصباح. بقيت جثثهم في الحقل أياما في عام 1944.'],
];

describe('guards: a later body the picture shows stays covered by default', () => {
  it.each(shown)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});
