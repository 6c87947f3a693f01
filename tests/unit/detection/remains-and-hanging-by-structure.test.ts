import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { byDefault, captionCoverAt, neutralPage } from './test-pages';

// Round 101: remains named part by part, and hanging told without its noun. A bone said of a
// victim, or found in a grave or a pit, is a person's remains; a victim numbered in a grave lies
// there (exhumation and forensic reports: "Posición de la víctima nº 7 en la fosa"); a person's
// hanging told as its moment ("перед повішанням", "before his hanging"), told ahead with a person
// as its object ("Сейчас их повесят") or a noose put on a neck is an execution; Arabic's
// indefinite accusative ("ينقلون رجلا قتيلا") names the dead as its nominative does. The bone, the
// loop and the verb alone are anatomy, knitting and hanging things up. Sentences written for these
// tests, on a page that says nothing violent.

describe('a bone of a victim, or found in a grave, and a victim numbered in a grave, are remains shown', () => {
  it.each([
    ['en', 'A femur of one of the victims.'],
    ['en', 'Position of victim No. 7 in the grave.'],
    ['es', 'Figura 59: Posición de la víctima nº 7 en la fosa.'],
    ['es', 'Costilla de la víctima nº 3.'],
    ['es', 'Fémur de una de las víctimas.'],
    ['fr', 'Position de la victime n° 7 dans la fosse.'],
    ['fr', "Fémur d'une des victimes."],
    ['de', 'Lage des Opfers Nr. 7 in der Grube.'],
    ['de', 'Oberschenkelknochen eines Opfers.'],
    ['ru', 'Положение жертвы № 7 в яме.'],
    ['uk', 'Положення жертви № 7 у ямі.'],
    ['tr', 'Kurbanın kemikleri.'],
    ['tr', 'Mezarda bulunan kemikler.'],
    ['tr', '7 numaralı kurbanın mezardaki konumu.'],
    ['ar', 'عظام احد الضحايا.'],
    ['ar', 'موضع الضحية رقم 7 في الحفرة.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('a person hanged, told as its moment or ahead, or a noose on a neck, is an execution shown', () => {
  it.each([
    ['en', 'A soldier prays before his hanging.'],
    ['en', 'The moment of the hanging.'],
    ['de', 'Ein Soldat betet vor seiner Erhängung.'],
    ['ru', 'Вот петли накинуты.'],
    ['uk', 'Солдат молиться перед повішанням.'],
    ['uk', 'Засуджений із петлею на шиї.'],
    ['tr', 'Boynunda ilmek olan bir mahkum.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  it.each([
    ['ru', 'Сейчас их повесят.'],
    ['uk', 'Зараз їх повісять.'],
  ])('%s: told ahead with a person as its object: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });

  it('the paragraph beside an uncaptioned picture that points at it (uk)', () => {
    const before = 'На одній із світлин ви можете побачити, як солдат молиться перед повішанням.';
    expect(byDefault(classifyImageContext({ before, placement: 'article-body' }, neutralPage('uk')).coverAt)).toBe(true);
  });
});

describe('Arabic: the dead named in the indefinite accusative', () => {
  it.each([
    ['ar', 'شاهدنا طفلا قتيلا في الشارع.'],
    ['ar', 'جنديا قتيلا على الطريق.'],
    ['ar', 'مسعفون ينقلون رجلا قتيلا على نقالة.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });
});

describe('anatomy, animals, things hung up and a numbered victim alive keep their level (guards)', () => {
  it.each([
    ['en', 'An X-ray of a fractured rib.'],
    ['en', 'The striker broke his femur in the match.'],
    ['en', 'Bones of a mammoth found in a pit.'],
    ['en', 'The rib of a whale found on the beach.'],
    ['en', 'Fans hang banners before the match.'],
    ['en', 'Victim No. 3 speaks to reporters.'],
    ['es', 'Radiografía de una costilla fracturada.'],
    ['es', 'Huesos de mamut hallados en la fosa.'],
    ['es', 'La víctima nº 3 declara ante el juez.'],
    ['fr', "Radiographie d'une côte cassée."],
    ['fr', 'La victime n° 3 témoigne au tribunal.'],
    ['de', 'Röntgenbild einer gebrochenen Rippe.'],
    ['ru', 'Сейчас их повесят на стену.'],
    ['ru', 'Самолёт выполняет мёртвую петлю.'],
    ['ru', 'Жертва № 3 даёт показания в суде.'],
    ['uk', 'Зараз їх повісять на ялинку.'],
    ['uk', 'Картини висять на стіні.'],
    ['tr', 'Kırık kaburganın röntgeni.'],
    ['tr', 'Kazıda bulunan dinozor kemikleri.'],
    ['ar', 'هيكل عظمي لديناصور في المتحف.'],
    ['ar', 'رجل يتحدث إلى الصحفيين.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
