import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { neutralPage } from './test-pages';

// Round 95: the page's words that describe the picture. A sentence beside an uncaptioned picture
// often names a photograph with what it shows, as the object of "of" or of a verb of publishing
// ("the photo of a wounded boy", "La imagen de un niño … que resultó herido", "опубликовала
// фотографию раненого", "نشرت الصحيفة صورة لطفل مصاب"; `[picture-of]`). A body, a wound or the
// act after that phrase in its sentence is what the picture shows (before it, in its clause,
// where the phrase closes the sentence: Turkish "yaralı bir çocuğun fotoğrafını yayımladı").
// Sentences written for these tests, on a page that says nothing violent. Traps: harm told
// before the phrase or in another sentence, and a killing said of the person the photo is of
// (a memorial's portrait).

/** The level an uncaptioned article-body picture is covered from, with `after` the paragraph after it. */
const afterCoverAt = (lang: string, after: string) => classifyImageContext({ after, placement: 'article-body' }, neutralPage(lang)).coverAt;

const LONG_EN =
  'The report was published on Monday by the rights group after months of research in the region, with interviews of dozens of witnesses and officials, lawyers and relatives of the missing, and it was shared widely on social media by activists and journalists in the following days, with many of them adding comments and other documents. The photos were widely shared. ';

describe('harm after the picture named with what it shows is its description (balanced)', () => {
  it.each([
    ['en', 'The newspaper published a photo of a wounded boy lying in the street.'],
    ['en', 'The image of a man whose body was left in a ditch shocked the country.'],
    ['en', 'Activists posted pictures of wounded children lying in the street.'],
    ['es', 'La imagen de un niño de cinco años que resultó herido en los bombardeos dio la vuelta al mundo.'],
    ['es', 'El diario publicó una foto del cadáver de un hombre en una cuneta.'],
    ['fr', 'Le journal a publié la photo d’un enfant blessé dans la rue.'],
    ['fr', 'L’image du cadavre d’un homme dans un fossé a choqué le pays.'],
    ['de', 'Die Zeitung veröffentlichte ein Foto eines verletzten Jungen auf der Straße.'],
    ['de', 'Die Zeitung veröffentlichte ein Foto von der Leiche eines Mannes im Graben.'],
    ['ru', 'Газета опубликовала фотографию раненого мальчика на улице.'],
    ['ru', 'Газета опубликовала снимок тела мужчины в канаве.'],
    ['uk', 'Газета опублікувала фотографію пораненого хлопчика на вулиці.'],
    ['uk', 'Газета оприлюднила знімок тіла чоловіка в канаві.'],
    ['ar', 'نشرت الصحيفة صورة لطفل مصاب في الشارع.'],
    ['ar', 'نشرت الصحيفة صورة جثة رجل في خندق.'],
    ['tr', 'Gazete, sokakta yaralı bir çocuğun fotoğrafını yayımladı.'],
    ['tr', 'Hendekte bir adamın cesedinin fotoğrafı sosyal medyada paylaşıldı.'],
  ])('%s: %s', (lang, after) => {
    expect(afterCoverAt(lang, after)).toBe('balanced');
  });

  it('past the characters read for context too', () => {
    const after = LONG_EN + 'The newspaper published a photo of a wounded boy lying in the street.';
    expect(after.length).toBeGreaterThan(400);
    expect(afterCoverAt('en', after)).toBe('balanced');
  });
});

describe('guards: harm the picture is not said to show covers nothing more', () => {
  it.each([
    // A killing said of the person the photo is of: a memorial's portrait.
    ['en', 'The family shared a photo of the murdered journalist.', null],
    ['es', 'La familia compartió una foto del periodista asesinado.', null],
    ['fr', 'La famille a partagé une photo du journaliste assassiné.', null],
    ['de', 'Die Familie teilte ein Foto des ermordeten Journalisten.', null],
    ['ru', 'Семья опубликовала фотографию убитого журналиста.', null],
    ['uk', 'Родина опублікувала фотографію вбитого журналіста.', null],
    ['ar', 'نشرت العائلة صورة للصحفي المقتول.', null],
    ['tr', 'Aile, öldürülen gazetecinin fotoğrafını paylaştı.', null],
    // Harm told before the phrase, in another clause.
    ['en', 'Two men were wounded in the attack, the newspaper said beside a photo of the mayor.', null],
    ['es', 'Dos hombres resultaron heridos de gravedad en el ataque, según el pie de una foto del alcalde.', null],
    ['fr', 'Deux hommes ont été grièvement blessés dans l’attaque, selon la légende d’une photo du maire.', null],
    ['de', 'Zwei Männer wurden schwer verletzt, schrieb die Zeitung unter ein Foto des Bürgermeisters.', null],
    ['ru', 'Двое мужчин были тяжело ранены, написала газета, опубликовав фотографию мэра.', null],
    ['uk', 'Двоє чоловіків були тяжко поранені, написала газета, опублікувавши фотографію мера.', null],
    ['ar', 'أصيب رجلان بجروح خطيرة في الهجوم، بحسب الصحيفة التي نشرت صورة للمحافظ.', null],
    ['tr', 'Saldırıda iki kişi ağır yaralandı, gazete valinin fotoğrafını yayımladı.', null],
    ['tr', 'Hendekte bir adamın cesedi bulundu; gazete valinin fotoğrafını yayımladı.', 'strict'],
    // The Arabic comma ends a clause as the Latin one does (the phrase closing its sentence).
    ['ar', 'جثة رجل ملقاة في الشارع، نشرت الصحيفة صورة.', 'strict'],
    ['ar', 'عثر على جثة رجل في خندق، وتداولت الصحيفة صورة.', 'strict'],
    // Harm in another sentence.
    ['en', 'The newspaper published a photo of the mayor. Two men were wounded in the attack.', null],
    ['en', 'The photo of the mayor was taken before the war. Soldiers left the bodies of two men in a ditch.', 'strict'],
    ['es', 'El diario publicó una foto del alcalde. Dos hombres resultaron heridos de gravedad.', null],
    ['fr', 'Le photographe a publié la photo du maire. Les soldats ont laissé le cadavre d’un homme dans un fossé.', 'strict'],
    // A figure of speech, the killing before it.
    ['en', 'The killings damaged the image of the country abroad.', null],
  ])('%s: %s', (lang, after, level) => {
    expect(afterCoverAt(lang, after)).toBe(level);
  });
});
