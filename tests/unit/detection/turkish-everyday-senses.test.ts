import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// Round 73: Turkish injury and death words in their everyday senses. Turkish news uses "kan",
// "yara", "yaralı", "iskelet", "işkence", "linç", "kopmuş", "parçalanmış" in idioms, medicine,
// markets and building, and says "nobody was hurt" with the negative verb (yaralanmadı) or
// "yara almadan": older entries covered such captions. Invented sentences in the style of Turkish
// news captions; none is covered at any level now.

describe('everyday Turkish with injury words is not covered, even at strict', () => {
  it.each([
    // Nobody hurt.
    'Kontrolden çıkan tır devrildi, sürücü yara almadan kurtuldu.',
    'Kazada ölen ya da yaralanan olmadı.',
    'Otomobil şarampole yuvarlandı, sürücü yaralanmadan kurtuldu.',
    'Şiddetli rüzgarda devrilen ağaç otomobilin üzerine düştü, kimse yaralanmadı.',
    'İş yeri kurşunlandı, yaralanan olmadı.',
    // Kan in idioms and medicine.
    'Sıcak hava İzmirlileri kan ter içinde bıraktı.',
    'Enflasyon dar gelirliyi kan ağlatıyor.',
    'Çiftçi gübre fiyatları karşısında kan ağlıyor.',
    'Esnaf, yüksek kiralar yüzünden kan kusuyor.',
    'Anket: iktidar partisi kan kaybediyor.',
    'Kan kırmızısı elbisesiyle kırmızı halıda yürüdü.',
    'Kan dolaşımını hızlandıran besinler.',
    'Kan uyuşmazlığı olan anne adaylarına uyarı.',
    'Kanlı canlı karşımızda: efsane futbolcu İstanbul’da.',
    // Markets and sectors.
    'Borsada kan gölü: BIST 100 yüzde 7 düştü.',
    'Kripto paralarda kan gölü yaşanıyor.',
    'Turizm sektörü pandemiden ağır yara aldı.',
    'Tekstil sektörü can çekişiyor.',
    'Can çekişen esnaf destek bekliyor.',
    // Wounds healed, feelings hurt, wound care, bleeding by organ, burn units, dark circles.
    'Depremin yaralarını sarmak için yeni konutlar teslim edildi.',
    'Muhalefet liderinin gururu yaralandı.',
    'Yaralı kalpler için bir şarkı.',
    'Ameliyat sonrası yara bakımı nasıl yapılır?',
    'Yara bandı ve ilk yardım çantası eczanelerde tükendi.',
    'Beyin kanaması geçiren ünlü sanatçı yoğun bakımda.',
    'Yanık ünitesi yeni cihazlarla donatıldı.',
    'Yanık türküleriyle tanınan sanatçı İstanbul’da konser verdi.',
    'Göz altı morluklarına doğal çözümler.',
    // Iskelet as a frame, a core, a fossil.
    'Binanın çelik iskeleti yükseliyor.',
    'Teknik direktör iskelet kadroyla sezona başladı.',
    'Kas iskelet sistemi hastalıklarına karşı egzersiz.',
    'Kazıda 3 bin yıllık dinozor iskeleti bulundu.',
    // Torture as a simile, lynching in words.
    'Trafik İstanbullular için tam anlamıyla işkenceye dönüştü.',
    'Kavurucu sıcaklar vatandaşlar için işkenceye dönüştü.',
    'Sosyal medyada linç kampanyasına maruz kalan gazeteci konuştu.',
    'Milletvekili, sosyal medya linçine tepki gösterdi.',
    // Kopmuş and parçalanmış without a body.
    'Kopmuş ilişkileri yeniden kurmanın yolları.',
    'Kopmuş kablolar nedeniyle elektrik kesintisi yaşandı.',
    'Parçalanmış domates ve sarımsakla makarna sosu.',
    'Parçalanmış bir aileyi anlatan roman ödül aldı.',
    // Animals, rubble cleared, rescued alive, condolences, gravestones, ambulances bought.
    'Yaralı yavru kedi tedavi altına alındı.',
    'Avcıların vurduğu yaralı leylek koruma altına alındı.',
    'Depremde yıkılan binaların enkazı kaldırılıyor.',
    'Enkazdan sağ olarak kurtarılan kadın teşekkür etti.',
    'Bakan’dan taziye mesajı.',
    'Tarihi mezar taşları restore edildi.',
    'Sağlık Bakanı yeni ambulansları teslim aldı.',
  ])('%s', (caption) => {
    expect(captionCoverAt(caption, 'tr')).toBeNull();
  });
});

describe('the same words beside a wound, a body or a limb are still covered', () => {
  it.each([
    ['Kopmuş bir el enkazın arasında.', 'minimal'],
    ['Patlamanın ardından yerde kopmuş uzuvlar.', 'minimal'],
    ['Kopmuş bacağıyla yerde yatan çocuk.', 'minimal'],
    ['Patlamada parçalanmış bir vücut.', 'minimal'],
    ['Parçalanmış bedenler pazar yerinde.', 'minimal'],
    // The rescue trap spans no word: a body named before "sağ olarak" stays read.
    ['Enkazdan iki ceset ve sağ olarak bir çocuk çıkarıldı.', 'minimal'],
    ['Yaralı genç kan içinde yerde yatıyor.', 'minimal'],
    ['Kalbinden yaralanan adam kanlar içinde.', 'minimal'],
    ['Polisin dövdüğü gösterici beyin kanaması geçirdi, yüzü kan içinde.', 'minimal'],
    ['Saldırıda yaralanan adamın yaralarını sağlık görevlisi sarıyor.', 'balanced'],
    ['Yaraları sarılmış bir çocuk hastanede.', 'balanced'],
    // "mezar taşı" is exact: the coffin carried (taşınıyor) to the cemetery is still a burial.
    ['Tabutu mezarlığa taşınıyor.', 'strict'],
  ])('%s', (caption, level) => {
    expect(captionCoverAt(caption, 'tr')).toBe(level);
  });
});
