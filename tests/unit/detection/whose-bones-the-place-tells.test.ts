import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';
import { TRIGGER_KINDS } from '../../../utils/detection/trigger-words';
import { byDefault, captionCoverAt, neutralPage } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// Round 174 (issue 12's class 2, "who or what is shown"): a bone no word says whose ("Knochen
// überall", "Les os, calcifiés par la chaux…", `[bones]`) is a person's where the picture's words or
// the page name remains or a place that holds the human dead (an ossuary, a mass grave, a grave, a
// crypt, a forensic team), and an animal's where they name an animal's place (a natural-history
// museum, palaeontology, a farm, a hunt, a butcher's, a kitchen: `[animal-places]`). Bones named
// human or a victim's stay `[graphic remains]` (from minimal); ru and uk read their bare bones so
// already (round 150).

restoreLexiconsAfterEach();

const titled = (lang: string, title: string): PageTextContext => ({ ...neutralPage(lang), title });
const coverAt = (lang: string, image: ImageTextContext, page: PageTextContext = neutralPage(lang)) =>
  classifyImageContext({ placement: 'article-body', ...image }, page).coverAt;

describe('bones on a page whose title names a place of the human dead', () => {
  it.each([
    ['en', 'Bones everywhere, even on the ceiling.', 'The Sedlec Ossuary in Kutná Hora'],
    ['de', 'Auch an der Decke und an den Wänden: Knochen überall.', 'Sedlec Ossarium – Kutna Hora – Das Beinhaus'],
    ['de', 'Sogar das Kreuz ist aus Knochen gemacht.', 'Das Beinhaus von Sedlec'],
    ['fr', 'Même la croix est faite d’os.', 'L’ossuaire de Sedlec'],
    ['es', 'Huesos apilados en todas las paredes.', 'El osario de Sedlec'],
    ['tr', 'Duvarlarda ve tavanda kemikler.', 'Sedlec kemikliği'],
    ['ar', 'عظام في كل مكان، حتى على السقف', 'زيارة إلى مقبرة جماعية في سربرنيتسا'],
    ['en', 'Bones on the shelves.', 'Inside the crypt of the church'],
  ])('%s: "%s" under "%s" is covered from balanced', (lang, caption, title) => {
    expect(captionCoverAt(caption, lang, titled(lang, title))).toBe('balanced');
    expect(captionCoverAt(caption, lang)).toBeNull();
  });
});

describe('bones beside a place of the human dead named by the picture or the paragraph', () => {
  it.each([
    ['en', 'Bones in the crypt of the church.'],
    ['de', 'Knochen in der Gruft der Kirche.'],
    ['fr', 'Des os dans la crypte de l’église.'],
    ['es', 'Huesos en la cripta de la iglesia.'],
    ['tr', 'canakkale mezar kemik'],
    ['ar', 'عظام في سرداب الكنيسة'],
  ])('%s: "%s" is covered from balanced', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it('reads the paragraph after the picture', () => {
    expect(coverAt('en', { caption: 'Bones on a table.', after: 'The forensic team worked in the basement for weeks.' })).toBe('balanced');
    expect(coverAt('en', { caption: 'Bones on a table.', after: 'The team worked in the basement for weeks.' })).toBeNull();
  });

  it('reads a page about violence whose words are about remains', () => {
    const page: PageTextContext = { lang: 'fr', violenceShare: 0.67, categories: ['dead-bodies', 'remains'], terms: ['corps', 'fosse commune'] };
    const caption = 'Les os, calcifiés par la chaux, apparaissent blancs lorsqu’ils ont été cassés récemment.';
    expect(captionCoverAt(caption, 'fr', page)).toBe('balanced');
    expect(captionCoverAt(caption, 'fr', { ...page, categories: ['dead-bodies'] })).not.toBe('balanced');
  });

  it('reads the bones and the places from their sections', () => {
    withoutSection('de', 'remains-places');
    expect(captionCoverAt('Knochen in der Gruft der Kirche.', 'de')).toBeNull();
    withoutSection('en', 'bones');
    expect(captionCoverAt('Bones in the crypt of the church.', 'en')).toBeNull();
  });

  it('sends a page with a bone in it to the full reading', () => {
    expect(TRIGGER_KINDS.has('bones')).toBe(true);
  });
});

describe("bones an animal's place or the bones' own words give to an animal stay uncovered", () => {
  it.each([
    ['en', 'Bones in the crypt.', 'Palaeontologists dig in a cave'],
    ['en', 'Bones beside the grave.', 'Fossil hunters find a mammoth grave'],
    ['de', 'Knochen neben dem Grab.', 'Ein Tag im Naturkundemuseum'],
    ['fr', 'Des os près de la tombe.', 'Les paléontologues fouillent la grotte'],
    ['es', 'Huesos junto a la tumba.', 'Un día en el museo de historia natural'],
    ['tr', 'Mezarın yanında kemikler.', 'Paleontologlar mağarada kazı yapıyor'],
    ['ar', 'عظام بجانب القبر', 'علماء الحفريات في الكهف'],
    ['en', 'Bones beside the grave.', 'A recipe for bone broth'],
  ])('%s: "%s" under "%s"', (lang, caption, title) => {
    expect(byDefault(captionCoverAt(caption, lang, titled(lang, title)))).toBe(false);
  });

  it('reads the animal places from their section', () => {
    withoutSection('en', 'animal-places');
    expect(captionCoverAt('Bones in the crypt.', 'en', titled('en', 'Palaeontologists dig in a cave'))).toBe('balanced');
  });

  it.each([
    ['en', 'Whale bones in the crypt of the church.'],
    ['de', 'Knochen eines Mammuts in der Gruft.'],
    ['fr', 'Des os de baleine dans la crypte.'],
  ])("%s: an animal's bones beside a crypt: \"%s\"", (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('what the bones rule leaves as it was', () => {
  it.each([
    // Figurative and medical senses (traps).
    ['en', 'A bone of contention between the two families.', 'The genocide memorial in Nyamata'],
    ['en', 'Skin and bones after months in the camp.', 'Inside the crypt'],
    ['de', 'Nass bis auf die Knochen stehen die Helfer vor dem Grab.', 'Der Friedhof'],
    ['fr', 'Le ministre, en chair et en os, devant le mémorial.', 'Le mémorial du génocide'],
    ['es', 'El ministro, en carne y hueso, ante el memorial.', 'El memorial del genocidio'],
    ['tr', 'Kemik erimesi hastaları mezarlıkta.', 'Mezarlık'],
    ['ar', 'مرضى هشاشة العظام في المقبرة', 'المقبرة'],
    // The bones in a later sentence are background; a drawing is art.
    ['en', 'The clothes of the victims fill the pews. The basement shelves hold the bones.', 'The genocide memorial in Nyamata'],
    ['en', 'A drawing of bones in the crypt.', 'Inside the crypt'],
  ])('%s: "%s" is not covered by default', (lang, caption, title) => {
    expect(byDefault(captionCoverAt(caption, lang, titled(lang, title)))).toBe(false);
  });

  it.each([
    ['en', 'Human bones in the crypt.'],
    ['de', 'Menschliche Knochen im Beinhaus.'],
    ['fr', 'Des ossements dans la crypte.'],
    ['ru', 'Кости в склепе.'],
    ['uk', 'Кістки в склепі.'],
  ])('%s: bones named human, or bare in ru and uk, stay covered from minimal: "%s"', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});
