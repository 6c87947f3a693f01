import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 133: a word for both the dead and their funeral (Turkish "cenaze", Arabic "جثمان"), read by
// what the sentence does to it. Done what is done to a body (carried in a car boot, on a
// motorbike or a truck; wrapped in a household cloth, a quilt or a blanket; pulled out of the
// rubble; left or thrown in the street) it is the body, shown: `[explicit-death]`, covered by
// default whatever funeral word stands beside it. Prayed over, held, attended, carried on
// shoulders, in a hearse or flown home, or wrapped in a shroud (the funeral's own cloth), it stays
// the rite (strict). The other six languages name the body and the funeral with different words,
// so their bodies were covered before. Sentences written for these tests, on a neutral page.

const THE_BODY: [string, string][] = [
  ['tr', "Yine Hatay'dan bagajda taşınan bir cenaze."],
  ['tr', 'Motorla kefene sarılmış cenazesini taşıyan insanlar.'],
  ['tr', 'Cenazeler kamyonlara yüklenerek götürüldü.'],
  ['tr', 'Sokakta yorgana sarılmış halde kaldırılmayı bekleyen bir cenaze.'],
  ['tr', 'Battaniyeye sarılı cenazeler hastane bahçesinde.'],
  ['tr', 'Enkazdan çıkarılan bir cenaze.'],
  ['tr', 'Bombardımandan sonra sokakta bırakılan bir cenaze.'],
  ['ar', 'جثمان ينقل في صندوق سيارة في هاتاي'],
  ['ar', 'رجال ينقلون جثمان قريبهم الملفوف بالكفن على دراجة نارية'],
  ['ar', 'جثمان ملفوف ببطانية في الشارع ينتظر نقله'],
  ['ar', 'انتشال جثمان من تحت الانقاض'],
  ['ar', 'جثمان ملقى في الشارع بعد القصف'],
];

// The rite: a funeral prayer, a ceremony, a procession, mourners carrying the shrouded body to the
// cemetery, a hearse, the body flown home, the body waiting in the mosque. Strict before and after.
const THE_FUNERAL: [string, string][] = [
  ['tr', 'Cenaze namazına binlerce kişi katıldı.'],
  ['tr', 'Cenaze töreninde tabut omuzlarda taşındı.'],
  ['tr', 'Yakınları kefene sarılmış cenazeyi mezarlığa taşıdı.'],
  ['tr', 'Cenaze aracıyla taşınan tabut.'],
  ['tr', 'Camide cenaze namazı için bekleyen cenaze.'],
  ['tr', 'Askerin cenazesi uçakla memleketine getirildi.'],
  ['tr', 'Şehidin cenazesi dualarla toprağa verildi.'],
  ['ar', 'آلاف يؤدون صلاة الجنازة على جثمان الشهيد'],
  ['ar', 'تشييع جثمان الشهيد في غزة'],
  ['ar', 'أقارب يحملون جثمان الشهيد الملفوف بالكفن إلى المقبرة'],
  ['ar', 'سيارة نقل الموتى تنقل جثمان الرئيس'],
  ['ar', 'جثمان الشيخ في المسجد قبل صلاة الجنازة'],
  ['ar', 'وصول جثمان الجندي الى المطار'],
];

// The same acts done to no body: a survivor in a blanket, luggage in a boot. Not by default.
const NO_BODY: [string, string][] = [
  ['tr', 'Yorgana sarılmış bir çocuk enkazdan kurtarıldı.'],
  ['tr', 'Bagajda taşınan valizler.'],
  ['ar', 'طفل ملفوف ببطانية أنقذ من تحت الانقاض'],
  ['ar', 'حقائب تنقل في صندوق سيارة'],
];

// The other languages' body words, done the same: covered by default before and after.
const OTHER_LANGUAGES: [string, string][] = [
  ['en', 'Men carry the shrouded body of their relative on a motorbike.'],
  ['de', 'Eine Leiche wird im Kofferraum eines Autos transportiert.'],
  ['fr', "Un corps transporté dans le coffre d'une voiture."],
  ['es', 'Un cuerpo envuelto en una manta espera en la calle a ser retirado.'],
  ['ru', 'Тело перевозят в багажнике машины.'],
  ['uk', 'Тіло, залишене на вулиці після обстрілу.'],
];

describe('a word for the dead and their funeral, done what is done to a body, is the body', () => {
  it.each(THE_BODY)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it('reads the body by the act, as one explicit hit', () => {
    const text = "Yine Hatay'dan bagajda taşınan bir cenaze";
    const hits = findTerms(text, selectLexicons(text, 'tr')).map((h) => [h.kind, h.explicit === true, h.text]);
    expect(hits).toContainEqual(['graphic', true, 'bagajda taşınan bir cenaze']);
  });
});

describe('guards: the rite stays a funeral, and the act alone names no body', () => {
  it.each(THE_FUNERAL)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });

  it.each(NO_BODY)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it.each(OTHER_LANGUAGES)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});
