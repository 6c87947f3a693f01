import { describe, expect, it } from 'vitest';
import { captionCoverAt, coveredByDefault, violentPage } from './test-pages';

// Round 77: how German captions are written. dpa opens every caption with a dotted date
// ("12.04.2022, Ukraine, Butscha: …"), which was read as a toll of twelve million and sent every
// dead or wounded word near it to the background; the third person singular ends in -t, which the
// stemmer's endings do not strip ("liegt" is no form of "liegen"), and the verb stands second,
// between the subject and a predicative "tot"; nominalized participles (Getötete) and separable
// verbs (richten … hin) carry the scene. Invented captions in the style of dpa, Spiegel,
// Tagesschau and FAZ.

const covered = (caption: string, lang = 'de') => coveredByDefault(caption, lang);

describe('a dpa caption opening with a dotted date', () => {
  it.each([
    '12.04.2022, Ukraine, Butscha: Ein Toter liegt in einem Hof. Foto: Rodrigo Abd/AP/dpa',
    '03.04.2022, Ukraine, Butscha: Getötete Zivilisten liegen auf einer Straße. Foto: Vadim Ghirda/AP/dpa',
    '17.10.2023, Gaza: Verletzte Kinder im Schifa-Krankenhaus. Foto: Abed Khaled/AP/dpa',
    '21.08.2013, Syrien, Damaskus: Tote Kinder nach dem Giftgasangriff. Foto: Shaam News Network/dpa',
    '14.05.2022, Ukraine, Charkiw: Ein verwundeter Soldat. Foto: Bernat Armangue/AP/dpa',
    '1.2.2023, Ukraine: Verletzte liegen auf dem Boden. Foto: privat',
    'Am 12.04.2022 in Butscha: Getötete Zivilisten liegen auf der Straße.',
  ])('%s', (caption) => {
    expect(covered(caption)).toBe(true);
  });

  it('a date is not a count in another language that writes it with dots', () => {
    expect(covered('12.04.2022, Буча: раненые мирные жители у больницы.', 'ru')).toBe(true);
  });

  // A group of thousands has three digits: these are still tolls.
  it.each(['Mehr als 1.200 Tote: die Bilanz des Erdbebens.', 'Rund 200 Tote liegen noch unter den Trümmern.'])('%s', (caption) => {
    expect(covered(caption)).toBe(false);
  });
});

describe('word forms and word order of graphic captions', () => {
  it.each([
    // -t of the third person, verb second
    ['Ein Mann liegt tot auf der Straße.', 'minimal'],
    ['Ein Toter liegt auf der Straße in Mariupol.', 'minimal'],
    ['Getötete liegen nach dem Angriff auf dem Marktplatz.', 'minimal'],
    // Leichnam, the formal word for the body, is seen beside mourners as Leiche is
    ['Eine Frau trauert neben dem Leichnam ihres Sohnes.', 'minimal'],
    ['Trauernde neben dem aufgebahrten Leichnam eines getöteten Kämpfers.', 'minimal'],
    ['Einsatzkräfte bergen Tote aus dem zerstörten Haus.', 'minimal'],
    ['Forensiker untersuchen die Überreste der Opfer.', 'minimal'],
    ['Das entstellte Gesicht eines Opfers des Säureangriffs.', 'balanced'],
    ['Opfer des Angriffs liegen vor dem Krankenhaus.', 'balanced'],
    ['Blutspuren auf dem Boden des Klassenzimmers.', 'balanced'],
    // Round 147: a limb torn off is graphic injury, as en "leg blown off", es "pierna arrancada", uk "відірван-".
    ['Ein Mann mit abgerissenem Bein nach dem Raketenangriff.', 'minimal'],
    ['Soldaten misshandeln Gefangene.', 'balanced'],
    ['Kämpfer richten einen Gefangenen hin.', 'balanced'],
  ])('%s', (caption, level) => {
    expect(captionCoverAt(caption, 'de')).toBe(level);
  });

  // Read before round 77: compounds by their head, participles by the stemmer's endings.
  it.each([
    'Leichenteile liegen nach dem Anschlag auf dem Marktplatz.',
    'Helfer tragen einen Leichensack aus dem zerstörten Haus.',
    'In einem Massengrab bei Isjum wurden mehr als 440 Leichen gefunden.',
    'Ein Mann mit einer Schusswunde am Bein wird in Gaza behandelt.',
    'Kriegsverletzte liegen in einem Lazarett in Saporischschja.',
    'Sanitäter versorgen einen Schwerverletzten nach dem Raketenangriff.',
    'Die verstümmelte Leiche eines Mannes wurde am Flussufer gefunden.',
    'Hingerichtete Gefangene in einem Graben bei Rakka.',
  ])('%s', (caption) => {
    expect(covered(caption)).toBe(true);
  });
});

describe('the nominalized Tote opening a caption names who is shown', () => {
  it.each(['Ein Toter in einem Hof in Butscha.', 'Tote in einer Straße von Butscha.'])('%s', (caption) => {
    expect(captionCoverAt(caption, 'de', violentPage('de'))).toBe('balanced');
  });

  // An adjective before a capitalized noun, or a name after a comma: not the people shown.
  it.each(['Tote Fische in der Oder.', 'Der Tote, Markus K., war 34 Jahre alt.'])('%s', (caption) => {
    expect(captionCoverAt(caption, 'de', violentPage('de'))).not.toBe('balanced');
  });
});

describe('everyday German is not covered', () => {
  it.each([
    'Der Minister hat eine Leiche im Keller.',
    'Kane hat den Ball in den Winkel hingerichtet.',
    'Das Team hat den Gegner regelrecht hingerichtet.',
    'Die Kanzlerin wurde im Wahlkampf verbal hingerichtet.',
    'Musiala verletzt sich am Knöchel und muss ausgewechselt werden.',
    'Der Ministerpräsident hat sich die Finger verbrannt.',
    'Verbrannte Erde: die Taktik des Kremls.',
    'Hospiz: Pflegerinnen begleiten Sterbende.',
    'Das Skelett eines Dinosauriers im Naturkundemuseum Berlin.',
    'Schädel eines Neandertalers im Museum.',
    'Ein verletzter Storch wird in der Auffangstation gepflegt.',
    'Blutige Nase: Ein Boxer nach dem Kampf.',
    'Nach der Beerdigung: Leichenschmaus im Gasthaus.',
    'Leichenblass: Der Torwart nach dem Eigentor.',
    'Die Bilder der Ausstellung wurden neu gehängt.',
    'Er hat die Fußballschuhe an den Nagel gehängt.',
    'Foltermuseum in Rüdesheim: Besucher vor einer Streckbank.',
    // read safely before round 77 too
    'Bayern zerlegt Dortmund mit 5:0.',
    'Ein tödlicher Pass von Musiala leitet das 2:0 ein.',
    'Der Totengräber des Vereins: Präsident tritt zurück.',
    'Blutwurst mit Sauerkraut auf einem Teller.',
    'Die Zahl der Hitze-Toten in Deutschland stieg 2023 auf 3200.',
    'Der Kadaver eines Wals wurde an der Nordseeküste angespült.',
    '12.04.2022, Bayern, München: Die Fans feiern den Sieg. Foto: Sven Hoppe/dpa',
  ])('%s', (caption) => {
    expect(covered(caption)).toBe(false);
  });
});
