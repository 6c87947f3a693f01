import type { LexiconData } from './lexicon-types';

// Turkish. Agglutinative: every entry is a stem matched at the start of a word, so "ceset"
// meets cesetler, cesetlerin, cesetlerini; consonant softening is listed (ceset/cesed).
// Stems are kept long enough not to open unrelated words (yaralı, not yara: yarar, yaratıcı).
export const tr: LexiconData = {
  lang: 'tr',
  inflection: 'prefix',
  minStem: 3,
  graphic: {
    'dead-bodies': 'naaş|na\'aş|cenazesi yerde|ölü beden|ölü bedenler|=morg|=morgda|=morgdan|=morga|=morgun|=morgu|=morgun önünde|yerde yatan ölü',
    torture: 'işkence|işkenceye|işkence izi|işkence izleri|yanık izi|yanık izleri|elektrik şoku|elektrik verilerek|kırbaçlan|sakat bırakıl|uzuvları kesil',
    execution: 'infaz|=idam edil|=idam et|=idamı|=idamlar|=idama|=idamın|=idamdan|kafası kesil|kafasını kes|başı kesil|boğazı kesil|kurşuna diz|darağacı|asılarak idam|ensesinden vurul|linç|sivillere/mahkumlara/mahkûmlara/esirlere/tutuklulara =ateş|silahsız/bağlı * =ateş/=kurşun',
    injury: 'kopmuş|parçalanmış|kana bulan|kanlar içinde|kan gölü|kan revan|kanlı beden|iç organ',
    remains: 'insan kalıntı|toplu mezar|kafatası|kafatasları|iskelet|kemik parça|mezardan çıkarıl|kazı çalışmalarında kemik',
    'sexual-violence': 'çırılçıplak bırakılan|zorla soyulan',
  },
  injury: {
    execution: 'göstericiler/kalabalığ/halka/köylüler/cemaat/siviller =ateş',
    injury: 'vurularak öldür|kurşunlan|kurşunlanarak|yaralı|yaralan|yaralar|=yara|ağır yaralı|=kan|kanlı|kanıyor|kanama|yanık|şarapnel|şarapnel parça|ampute|bacağı kesil|sargı|bandaj|morluk|morarmış|yara izi|sahra hastane|triyaj',
    torture: 'dövül|dövüldü|darp|kötü muamele gör',
    'dead-bodies': 'kefen|ölüler',
  },
  borderline: {
    'dead-bodies': 'yas tut|cenaze|cenaze töreni|defin|defnedil|mezar|mezarlık|tabut|taziye|anma töreni|gözyaşı|ağıt',
    injury: 'enkaz|moloz|yıkıntı|harabe',
  },
  evacuation: 'yaralıyı/yaralıları *? *? taşı|tahliye|sedye|ambulans|sağlık ekip|kurtarma|arama kurtarma',
  topic: {
    // Ölü sayısı bir sayımdır, fotoğrafın tarifi değil ("ölülerin sayısı", "ölüler"den önce gelir).
    'dead-bodies': 'ölü sayı|ölülerin sayı|ölenlerin sayı|hayatını kaybedenlerin sayı|can kaybı|öldür|öldürül|ölü|ölüm|ölen|hayatını kaybet|katliam|kıyım|kurban|soykırım|vahşet|savaş suçu|hava saldırı|bombardıman|bombalan|top atışı|kurşun|keskin nişancı|saldırı|cinayet|katil',
    torture: 'istismar|tutuklu|mahkum|gözaltı|sorgu|kötü muamele|zorla kaybet|kayıp|işkenceci',
    execution: 'idam cezası|ölüm cezası',
    'sexual-violence': 'tecavüz|cinsel şiddet|cinsel saldırı|cinsel istismar|cinsel kölelik',
    injury: 'şiddet',
  },
  traps:
    'tam bir işkence|işkence gibi|işkence testi|işkence testinden|dayanıklılık testi|katil özellik|katil uygulama|öldürücü özellik|kaleye şut|kaleyi bulan şut|isabetli şut|kan portakal|kan portakalı|kan bağışı|kan bağış|kan testi|kan tahlil|kan basınc|kan şeker|kan grubu|kan değer|soğukkanlı|kanı kaynamak|kan kardeş|ölü deniz|lut gölü|ölü sezon|ölü nokta|ölü yatırım|ölü dil|ölü ağırlık|ölü doğa|natürmort|berabere|planın infazı|sözleşmenin infazı|kararın infazı|icra|ceza infaz kurum|infaz kurum|infaz düzenleme|infaz yasa|infaz kanun|infaz hakim|infaz indirim|infaz sistem|infaz rejim|infaz paket|infaz hukuk|infaz mevzuat|infaz teklif|infaz reform|=cezanın infaz|=rekabeti öldür|marj öldür|tüketimi öldür|=vakit/=zaman/=zamanı öldür|umutları öldür|heyecanı öldür|infaz koruma memur|dizinden yaralan|dizinden sakatlan|sakatlık|sakatlandı|kas yaralanma|bilek yaralanma|kayıp eşya|kayıp ilan|ruhsal yara|=gönül/=gönlü yara|yaranın|yararı|yaralı ruh|mezarlık vardiya',
  sport:
    'maç|sezon|teknik direktör|forvet|orta saha|kaleci|turnuva|=lig|=ligde|=ligi|futbolcu|olimpiyat|şampiyona|stadyum|tenis|futbol|basketbol|sakatlık',
  fiction:
    'tiyatro|tiyatro oyunu|sahne|sahnele|oyuncu|aktör|aktris|prömiyer|gala|tv dizisi|televizyon dizisi|dizinin yeni bölüm|sezon finali|roman|gerilim filmi|korku filmi|sinema|opera|prova|video oyunu|kostüm|cadılar bayramı|zombi|kurgu|çekimler|netflix',
  nonDepiction:
    'portre|vesikalık|harita|uydu|uydu görüntü|grafik|infografik|logo|diyagram|basın toplantı|mahkeme|duruşma|dava|poz ver|ekran görüntü|belge|belgeler|kitap kapağı|pankart|döviz|havadan görünüm|ifade ver|röportaj|konuşma|konuşuyor',
  explicitDeath: 'ceset|cesed|cansız beden|kömürleşmiş',
  document: 'video/görüntü bir kare|fotoğraflar/görüntüler/kareler/resimler *? biri',
  depicts: 'gösteriyor|gösteren|gösterdi|görülüyor|görülen|görünüyor',
};
