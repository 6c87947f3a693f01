import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';
import { pageTitleKey } from '../../../utils/detection/page-decision-key';
import { byDefault, violentPage } from './test-pages';

// Round 100: bodies the page says are not real. A page's title or standfirst that names its
// pictures as art (an `[artwork]` word heading one of its parts: "Drawings by Hiroshima survivors",
// "Hiroşima'dan kurtulanların çizimleri") makes a caption's body a drawing's: strict only. The line
// right beside an uncaptioned picture that names a drill, a re-enactment or a film says what kind
// of picture it is. Re-enactment words (ar "يعيدون تمثيل", "عروضا تمثيلية", es "escenificación",
// fr "reconstitution historique", de "nachgestellte Szene", ru/uk "историческая реконструкция")
// are fiction. Invented titles, captions and paragraphs.

const titled = (lang: string, title: string | undefined, description?: string): PageTextContext => ({ lang, title, description, violenceShare: 0, categories: [] });
const coverAt = (image: Partial<ImageTextContext>, page: PageTextContext) => classifyImageContext({ placement: 'article-body', ...image }, page).coverAt;

describe('a title or a standfirst that names the pictures as art', () => {
  it.each([
    ['en', 'Drawings by Hiroshima survivors', 'Corpses around a bus, only one survived and asks for water.'],
    ['en', 'Hiroshima survivors’ drawings', 'Soldiers burn the corpses of the dead.'],
    ['es', 'Dibujos de los supervivientes de Hiroshima', 'Nakano Kenichi - Cadáveres alrededor de un autobús.'],
    ['fr', 'Dessins de rescapés d’Hiroshima', 'Des cadavres autour d’un autobus.'],
    ['de', 'Zeichnungen von Überlebenden aus Hiroshima', 'Soldaten verbrennen Leichen.'],
    ['ru', 'Рисунки выживших в Хиросиме', 'Солдаты сжигают трупы.'],
    ['uk', 'Малюнки тих, хто вижив у Хіросімі', 'Солдати спалюють трупи.'],
    ['tr', 'Hiroşima’dan kurtulanların çizimleri', 'Askerler cesetleri yakıyor.'],
    ['tr', 'Çizimlerle Hiroşima: hayatta kalanlar anlatıyor', 'Askerler cesetleri yakıyor.'],
    ['ar', 'رسومات الناجين من هيروشيما', 'جنود يحرقون جثث القتلى.'],
    ['ar', 'لوحات فنانين سوريين عن الحرب', 'جنود يحرقون جثث القتلى.'],
  ])('covers the pictures at strict only (%s: %s)', (lang, title, caption) => {
    expect(coverAt({ caption }, titled(lang, title))).toBe('strict');
  });

  it('reads the standfirst too', () => {
    expect(coverAt({ caption: 'Soldados incineran cadáveres.' }, titled('es', 'Los recuerdos de los supervivientes', 'Dibujos que los supervivientes hicieron de aquel día.'))).toBe('strict');
  });

  it('keys a decision that did not read the article by the standfirst too', () => {
    expect(pageTitleKey(titled('es', 'Hiroshima', 'Dibujos de los supervivientes'))).not.toBe(pageTitleKey(titled('es', 'Hiroshima', 'Fotos de los supervivientes')));
  });

  it.each([
    ['en', 'A photo exhibition of the massacre', 'Corpses lie in the street after the massacre.'],
    ['en', 'Goya’s paintings and the photographs of Bucha', 'Corpses lie in a street in Bucha.'],
    ['en', 'Painting of school walls halted after bodies found', 'Corpses were found in the basement of the school.'],
    ['en', 'Bodies found near a mural', 'A corpse lies in the street.'],
    ['en', 'Hiroshima: survivors’ drawings of the bomb', 'Soldiers burn the corpses of the dead.'],
    ['es', 'La foto que ilustra el baño de sangre en Le Bataclan', 'Cadáveres en el suelo de la sala.'],
    ['es', 'Un pintor ucraniano fotografía la guerra', 'Cadáveres en la calle de Bucha.'],
    ['fr', 'Exposition de photos du massacre', 'Des cadavres dans la rue.'],
    ['de', 'Fotos des Massakers von Butscha', 'Leichen auf der Straße.'],
    ['ru', 'Фотовыставка о войне в Буче', 'Трупы на улице.'],
    ['uk', 'Фотовиставка про війну в Бучі', 'Трупи на вулиці.'],
    ['tr', 'Buça katliamının fotoğrafları', 'Sokakta cesetler.'],
    ['ar', 'معرض صور عن مجزرة بوتشا', 'جثث في الشارع.'],
  ])('leaves a photograph, news of art and art about violence to the caption (%s: %s)', (lang, title, caption) => {
    expect(coverAt({ caption }, titled(lang, title))).toBe('minimal');
  });
});

describe('the line beside an uncaptioned picture names a drill or a re-enactment', () => {
  it.each([
    ['en', 'Volunteers took part. The scene below is a re-enactment of the attack.'],
    ['en', 'The city prepared for the worst. Firefighters held a terror drill at the station.'],
    ['es', 'La ciudad se preparó. Los bomberos hicieron un simulacro en la estación.'],
    ['fr', 'La ville s’est préparée. Les pompiers ont organisé une simulation d attentat à la gare.'],
    ['de', 'Die Stadt bereitete sich vor. Die Feuerwehr hielt eine Katastrophenschutzübung am Bahnhof ab.'],
    ['tr', 'Şehir hazırlandı. İtfaiye istasyonda bir tatbikat yaptı.'],
    ['ar', 'استعدت المدينة. أجرى رجال الإطفاء محاكاة في المحطة.'],
  ])('covers it at strict on a violent page (%s)', (lang, before) => {
    expect(coverAt({ before }, violentPage(lang))).toBe('strict');
  });

  it.each([
    ['en', 'A film was made about the attack. Rescuers reached the station an hour later.'],
    ['en', 'Bodies lay in the street. A film was made about the attack.'],
    ['en', 'Rescuers reached the station an hour later.'],
  ])('not when it stands in an earlier sentence, beside a graphic word, or nowhere (%s: %s)', (lang, before) => {
    expect(coverAt({ before }, violentPage(lang))).toBe('balanced');
  });
});

describe('a re-enactment is fiction', () => {
  it.each([
    ['ar', 'أدى طلاب عروضا تمثيلية توضح أعمال القتل أمام الحشود'],
    ['es', 'Escenificación de la masacre con cadáveres de cartón'],
    ['fr', 'Une reconstitution historique de la bataille, des cadavres sur le champ'],
    ['de', 'Eine nachgestellte Szene: Leichen auf dem Feld'],
    ['ru', 'Историческая реконструкция: трупы на поле боя'],
    ['uk', 'Історична реконструкція: трупи на полі бою'],
  ])('never covers its caption (%s: %s)', (lang, caption) => {
    expect(coverAt({ caption }, violentPage(lang))).toBeNull();
  });

  it('a title that says a massacre is re-enacted is no article about violence', () => {
    const page = { ...violentPage('ar'), title: 'كمبوديون يعيدون تمثيل مجازر الخمير الحمر' };
    expect(coverAt({ before: 'وتجمع الحشود في الساحة.' }, page)).toBeNull();
  });

  it.each([
    ['ar', 'جثث في الشارع، وهذه الصورة تمثل مشاهد الدمار'],
    ['fr', 'Des cadavres dans la rue, selon la reconstitution des faits'],
    ['ru', 'Трупы на улице у дома, реконструкция которого началась'],
  ])('not representing, an inquiry or a rebuilding (%s: %s)', (lang, caption) => {
    expect(byDefault(coverAt({ caption }, violentPage(lang)))).toBe(true);
  });
});
