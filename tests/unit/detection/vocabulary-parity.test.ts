import { describe, expect, it } from 'vitest';
import { captionCoverAt as body } from './test-pages';

// Round 68, vocabulary parity: the graphic-meaning words each language lacked against the others
// (a concept list built from what the eight lexicons hold: corpse, blood-covered, a limb torn off,
// beheaded, hanged, shot in the head, torture methods, a gunshot wound named, severely wounded or
// burned, a publisher's warning). Captions written for these tests, in wire-caption register, on a
// page that says nothing violent, so the caption's own words decide. Each graphic caption is covered
// below strict; each safe sentence uses the same words (or the words an entry was narrowed against)
// in an everyday sense and is covered at no level below strict.
// German has no rows: its round 68 entries were reverted whole after the test half's gate failed on
// German balanced safe covered (tests/corpus/real/RESULTS.md, round 68).

const belowStrict = ['minimal', 'balanced'];

describe('graphic captions written with everyday news vocabulary are covered below strict', () => {
  it.each([
    ['en', 'A boy with his leg torn off lies in a hospital bed in Gaza.'],
    ['en', 'Two men hung from a crane in a public square in Mashhad.'],
    ['en', 'Paramedics carry a man with life-threatening injuries on a stretcher in Kharkiv.'],
    ['en', 'A child with third-degree burns is carried to an ambulance in Khan Younis.'],
    ['en', 'A former detainee shows where his fingernails were pulled out.'],
    ['fr', 'Un ancien prisonnier aux ongles arrachés montre ses mains.'],
    ['fr', 'Un jeune homme blessé à la tête est évacué sur un brancard.'],
    ['fr', 'Un soldat à la jambe arrachée par une mine, près de Bakhmout.'],
    ['fr', 'Des résistants passés par les armes au Mont-Valérien, 1942.'],
    ['fr', 'ATTENTION : images insoutenables.'],
    ['es', 'Dos hombres colgados de un puente en Nuevo Laredo.'],
    ['es', 'Un joven herido de bala es trasladado en camilla.'],
    ['es', 'Un niño gravemente quemado es trasladado en ambulancia.'],
    ['es', 'Un hombre con la pierna arrancada por una mina.'],
    ['tr', 'Kanlara bulanmış bir adam sedyeyle taşınıyor.'],
    ['tr', 'Ağır yaralanan bir çocuk sedyeyle ambulansa taşınıyor.'],
    ['tr', 'Bacağındaki kurşun yarasıyla bekleyen genç.'],
    ['tr', 'IŞİD militanlarının başını kestiği rehinenin görüntüsü.'],
    ['tr', 'Dikkat: Haber ağır görüntüler içermektedir.'],
    ['ru', 'Мужчину с огнестрельным ранением несут на носилках.'],
    ['ru', 'Взрывом ему оторвало ногу.'],
    ['ru', 'Мужчину с ожогами третьей степени несут к машине скорой помощи.'],
    ['ru', 'Задержанных били током, говорят правозащитники.'],
    ['uk', 'Чоловіка з вогнепальним пораненням несуть на ношах.'],
    ['uk', 'Чоловіку відірвало руку під час обстрілу.'],
    ['uk', 'Вбиті мирні жителі на вулиці Бучі.'],
    ['uk', 'Розтерзаний натовпом чоловік на площі.'],
    ['ar', 'جثته ملقاة على الارض بعد الغارة'],
    ['ar', 'معتقل سابق بعد اقتلاع اظافره'],
    ['ar', 'نقل طفل مصاب بحروق بالغة في سيارة اسعاف'],
    ['ar', 'صور دموية من المجزرة'],
    // Inflections the stemmer missed, and forms found by probing written captions.
    ['en', 'A man with his throat slit lies by the road.'],
    ['fr', 'Une femme ensanglantée dans la rue après l’explosion.'],
    ['es', 'Un herido grave es trasladado en camilla.'],
    ['tr', 'IŞİD militanları rehinelerin kafalarını kesiyor.'],
    ['ru', 'Тяжелораненого несут на носилках.'],
    ['uk', 'Охоронці б’ють в’язня.'],
    ['ar', 'رجل بترت ساقاه'],
    // Eyes gouged out, in every language.
    ['en', 'A prisoner whose eyes were gouged out.'],
    ['fr', 'Un prisonnier aux yeux crevés.'],
    ['es', 'Un preso con los ojos arrancados.'],
    ['tr', 'Gözleri oyulmuş bir tutuklu.'],
    ['ru', 'Пленный с выколотыми глазами.'],
    ['uk', 'Полонений із виколотими очима.'],
    ['ar', 'معتقل بعد فقء عينيه'],
  ])('%s: %s', (lang, caption) => {
    expect(belowStrict).toContain(body(caption, lang));
  });
});

describe('the same words in an everyday sense are not covered below strict', () => {
  it.each([
    ['en', 'He suffered a serious knee injury in the second half.'],
    ['en', 'The minister refused point-blank to resign.'],
    ['en', 'Wind turbines have disfigured the landscape, residents say.'],
    ['fr', 'Le paysage défiguré par les éoliennes.'],
    ['fr', 'Les décharges électriques des orages illuminent le ciel de Lyon.'],
    ['fr', 'L’attaquant a tué le suspense à la 80e minute.'],
    ['es', 'La economía se desangra por la inflación.'],
    ['es', 'El delantero soltó un balazo al larguero.'],
    ['tr', 'Eğitimin kanayan yarası: öğretmen açığı.'],
    ['tr', 'Binanın hayati tehlike arz ettiği belirlendi.'],
    ['ru', 'Он добился этого кровью и потом.'],
    ['uk', 'Кількість убитих зросла до п’ятдесяти.'],
    ['ar', 'الجراح الشهير يجري عملية في المستشفى'],
    ['ar', 'اصابة خطيرة للاعب في الركبة'],
    ['en', 'A cut-throat market for budget airlines.'],
    ['ru', 'Свечи в память всех погибших мирных жителей.'],
    ['en', 'A swing hanging from a tree in the garden.'],
    ['es', 'Una piñata colgada de un árbol.'],
    ['es', 'El sector turístico, golpeado brutalmente por la crisis.'],
    ['ru', 'Страшные кадры наводнения в Крыму.'],
    ['ru', 'На мосту повесили баннер.'],
    ['tr', 'Harman döveni ile buğday ayrılıyor.'],
    ['tr', 'Kalp krizi geçiren hastanın hayati tehlikesi bulunuyor.'],
    ['tr', 'Utançtan yüzü yanıyor.'],
    ['es', 'Sufrió vejaciones de su jefe en la oficina.'],
    ['en', 'A seal clubbed to death on the ice.'],
    ['ru', 'Сердце обливается кровью при виде этих новостей.'],
    ['ar', 'بقايا عظام ديناصور في المتحف'],
    ['ar', 'شظية زجاج في يد طفل'],
    ['tr', 'Türkiye’nin yarası hâlâ kapanmadı.'],
    ['tr', 'Dinozor kemik kalıntıları müzede sergileniyor.'],
    ['fr', 'Des déchets en putréfaction dans la rue.'],
    ['es', 'Basura en putrefacción en el vertedero.'],
    ['ru', 'Он оторвал ноготь.'],
    ['uk', 'Відірвав рукав сорочки.'],
  ])('%s: %s', (lang, text) => {
    expect(belowStrict).not.toContain(body(text, lang));
  });
});
