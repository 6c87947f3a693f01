import { describe, expect, it } from 'vitest';
import { splitGluedCredit } from '../../../utils/detection/glued-credit';
import { captionCoverAt } from './test-pages';

// Round 170: a caption and its credit printed as two elements with no space between them reach
// the reader glued ("…killed and ate a rabbitCredit: Getty", en-0008; "…у соцмережахФото:
// Photoshot", uk-0038; "…zu leidenAFP", de-0265). Sentences written for these tests.

describe('a credit glued to the caption\'s last word is set apart', () => {
  it.each([
    ['after a hunter killed and ate a rabbitCredit: Getty', 'after a hunter killed and ate a rabbit · Credit: Getty'],
    ['Bodies in the street in GazaPhoto: AFP', 'Bodies in the street in Gaza · Photo: AFP'],
    ['Les secours à Kharkivcrédit', 'Les secours à Kharkivcrédit'],
    ['Des secouristes à KharkivCrédit : AFP', 'Des secouristes à Kharkiv · Crédit : AFP'],
    ['Der Trainer tröstet seinen SpielerAFP', 'Der Trainer tröstet seinen Spieler · AFP'],
    ['Die Herkunft des Fotos, QuelleGettyImages', 'Die Herkunft des Fotos, Quelle · GettyImages'],
    ['Рятувальники у ЛьвовіФото: ДСНС', 'Рятувальники у Львові · Фото: ДСНС'],
    ['Спасатели во ЛьвовеФото: МЧС', 'Спасатели во Львове · Фото: МЧС'],
    ["İtfaiye ekipleri İzmir'deFotoğraf: AA", "İtfaiye ekipleri İzmir'de · Fotoğraf: AA"],
    ['Bomberos en ValenciaFuente: EFE', 'Bomberos en Valencia · Fuente: EFE'],
  ])('%s', (text, split) => {
    expect(splitGluedCredit(text)).toBe(split);
  });

  it.each([
    'Edited with iPhoto: a tree in the park',
    'Follow @NewsPhoto: the market in the morning',
    '#CityPhoto: the market in the morning',
    'Archivfoto: Polizisten vor dem Gericht',
    'Ein Pressefoto der Feuerwehr',
    'Screenshot from YouTube: the market in the morning',
    'WhatsApp: the market in the morning',
    'McDonald opened a restaurant',
    'Her new VideoTitle: the market in the morning',
    '0_GettyImages-515208860.jpg',
    'https://example.com/newsPhoto: market',
    'The GettysburgAddress was read aloud',
    'الشرطة في الصورة: سوق المدينة',
  ])('a brand, a handle, a compound, a file name or an address is left whole (%s)', (text) => {
    expect(splitGluedCredit(text)).toBe(text);
  });
});

describe('so the caption\'s last word is read again', () => {
  it.each([
    ['en', 'The plague case was reported after a hunter killed and ate a rabbitCredit: Getty - Contributor'],
    ['en', 'Police found the body of a dogCredit: Reuters'],
    ['de', 'Polizisten fanden die Leiche eines HundesFoto: dpa'],
    ['fr', "Les policiers ont retrouvé le cadavre d'un chienCrédit : AFP"],
    ['es', 'La policía encontró el cadáver de un perroFoto: EFE'],
  ])('a death said of an animal named last covers nothing (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBeNull();
  });

  it.each([
    ['en', 'Bodies lie in the street after the attack in GazaPhoto: AFP'],
    ['en', 'A man lies dead in the streetCredit: Reuters'],
    ['uk', 'Тіла загиблих на вулиці БучіФото: Reuters'],
  ])('a graphic caption with its credit glued stays covered (%s: %s)', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});
