import { describe, expect, it } from 'vitest';
import { softenedStem } from '../../../utils/detection/stem-word';
import { captionCoverAt } from './test-pages';

// Round 71: Turkish word forms. Turkish entries are stems matched at the start of a word, and a
// stem's final p, ç, t, k softens to b, c, d, ğ before a suffix opening with a vowel (kemik →
// kemiği, kırbaç → kırbacın, yanık → yanığı, ilmik → ilmiği), so such a form did not start with
// its stem. Invented captions in the style of Turkish wire captions (AA, DHA, İHA).

describe('softenedStem', () => {
  it.each([
    ['ceset', 'cesed'],
    ['kemik', 'kemiğ'],
    ['kırbaç', 'kırbac'],
    ['katakomp', 'katakomb'],
    ['kaybet', 'kaybed'],
    // k after n softens to g (çelenk → çelengi).
    ['çelenk', 'çeleng'],
  ])('%s → %s', (word, soft) => {
    expect(softenedStem(word)).toBe(soft);
  });

  it.each(['darp', 'renk', 'kan', 'at', 'linç', 'yaralı', 'ölü', 'işkence'])('%s: one syllable, or no consonant to soften', (word) => {
    expect(softenedStem(word)).toBeNull();
  });
});

describe('a softened form of a graphic stem is covered', () => {
  it.each([
    ['Kazı sırasında bulunan insan kemiği.', 'minimal'],
    ['Sırtında kırbacın izleri görülen bir mahkum.', 'minimal'],
    ['Boynunda ilmiği olan bir mahkum, Tahran.', 'minimal'],
    ['Yüzünde ağır yanığı olan bir asker hastanede.', 'minimal'],
    ['Vücudunun yüzde 40 yanığı olan kadın hastanede.', 'balanced'],
    // Listed by hand before; now made by the compiler from "ceset".
    ['Bir evin bahçesinde bulunan cesedi görülüyor, Buça.', 'minimal'],
    ['Bir kadının cesedine sarılan yakınları, Gazze.', 'minimal'],
  ])('%s', (caption, level) => {
    expect(captionCoverAt(caption, 'tr')).toBe(level);
  });

  it('a burned body named with the passive participle ("yakılmış bedenler")', () => {
    expect(captionCoverAt('Yakılmış bedenler bir köyün meydanında.', 'tr')).toBe('minimal');
  });

  it('a corpse found in a car is not said of the car (a thing in the genitive is not softened)', () => {
    expect(captionCoverAt('Yanmış cesetler bir aracın içinde bulundu.', 'tr')).toBe('minimal');
  });
});

describe('everyday Turkish with the same stems is not covered', () => {
  it.each([
    'Güneş yanığına karşı kremler.',
    'Yanık kokusu mahalleyi sardı.',
    'Yanık kremi eczanelerde tükendi.',
    'Morluğu geçirmek için buz uygulayın.',
    'Kızılay’ın kan bağışı kampanyasına katılan gönüllüler.',
    'Yaralı kuş veteriner kliniğinde tedavi ediliyor.',
    'Turizmde ölü sezon başladı.',
    'Darbe girişiminin yıl dönümünde anma töreni.',
    'Kemik erimesine karşı süt için uzmanlar uyarıyor.',
    'Aracı kurumlar borsada işlem yaptı.',
    'Yarığı onarılan baraj yeniden açıldı.',
    'Kurbanın kemiklerini köpeklere veren vatandaş.',
  ])('%s', (caption) => {
    const level = captionCoverAt(caption, 'tr');
    expect(level === 'minimal' || level === 'balanced').toBe(false);
  });
});
