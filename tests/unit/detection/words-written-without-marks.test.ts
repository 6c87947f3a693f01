import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';
import { normalizeText } from '../../../utils/detection/normalize-text';
import { plainWord } from '../../../utils/detection/plain-lexicon';
import { neutralPage } from './test-pages';

// Round 162: words written without their letters' marks. Alt text, file names and Turkish typed
// on a keyboard without its letters write "iskence" for "işkence", "oldurulen" for "öldürülen",
// German slugs "getoetet" for "getötet", and French writes "œil" and "oeil" alike. A text with no
// marked letter is read with a plain copy of the lexicon (plain-lexicon.ts); a text with any mark
// keeps the lexicon's distinctions; "œ" and "æ" fold to "oe" and "ae" everywhere.

type Field = 'alt' | 'caption' | 'fileName';
const coverAt = (lang: string, field: Field, text: string) =>
  classifyImageContext({ [field]: text, placement: 'article-body' } as ImageTextContext, neutralPage(lang)).coverAt ?? null;

/** Written without marks: read as their marked forms are. [lang, field, text, level] */
export const NEW: [string, Field, string, string][] = [
  ['tr', 'alt', 'iskence goren mahkum', 'minimal'],
  ['tr', 'alt', 'Oldurulen siviller sokakta yatiyor', 'balanced'],
  ['tr', 'alt', 'olu bir cocuk kumsalda', 'minimal'],
  ['tr', 'caption', "Gazze'de olu bedenler hastanenin onunde", 'minimal'],
  ['tr', 'alt', 'kursunlanarak oldurulen gazeteci', 'balanced'],
  ['tr', 'fileName', 'gazze-de-iskence-goren-esir.jpg', 'balanced'],
  ['de', 'fileName', 'blutueberstroemter-mann-nach-anschlag.jpg', 'balanced'],
  ['de', 'alt', 'Schaedel in einem Massengrab', 'minimal'],
  ['de', 'fileName', 'getoetete-zivilisten-in-butscha.jpg', 'strict'],
  ['fr', 'caption', 'Un enfant privé de son œil après le bombardement.', 'balanced'],
  ['es', 'alt', 'nino apunalado en la calle', 'balanced'],
  ['es', 'alt', 'ninos muertos tras el bombardeo', 'minimal'],
  // Traps read as the marked text's traps: the idiom "kan ağlıyor" (weeping blood), a blood drive.
  ['tr', 'alt', 'arakan muslumanlari kan agliyor', 'never'],
  ['tr', 'alt', 'kan bagisi kampanyasi', 'never'],
];

/** Read the same on main and here: forms read before, and plain words that are other words. */
export const GUARDS: [string, Field, string, string][] = [
  ['fr', 'caption', "Un homme a perdu un oeil dans l'explosion.", 'balanced'],
  ['fr', 'caption', "Un homme a perdu un œil dans l'explosion.", 'balanced'],
  ['fr', 'caption', 'Un enfant prive de son oeil apres le bombardement.', 'balanced'],
  ['tr', 'alt', 'komurlesmis cesetler', 'minimal'],
  // Short Turkish words whose plain form is another word keep their marks alone: "ölü" is not "olu-"
  // of oluşan, olumlu, nor "öldü" the "oldu" of "became".
  ['tr', 'caption', 'Toplanti olumlu gecti', 'never'],
  ['tr', 'caption', 'Bu karar cok dogru oldu', 'never'],
  ['tr', 'caption', 'Mac 3-0 olur mu?', 'never'],
  ['tr', 'alt', 'sik bir elbise giyen manken', 'never'],
  ['tr', 'caption', 'Şık bir elbise giyen manken', 'never'],
  ['tr', 'alt', 'kursun kalem ve defter', 'never'],
  ['tr', 'alt', 'siddetli yagmur sonrasi sel', 'never'],
  ['tr', 'alt', 'koyun kemikleri muzede', 'never'],
  // German plain text writes umlauts as ae/oe/ue, so "Schuss" (a shot at goal) stays apart from "Schüsse".
  ['de', 'alt', 'Schuss aufs Tor im Finale', 'never'],
  ['de', 'alt', 'Der Moerder wurde zu lebenslanger Haft verurteilt', 'never'],
  ['de', 'alt', 'Mordkommission ermittelt am Tatort', 'never'],
  ['de', 'alt', 'Schaedel eines Dinosauriers im Museum', 'never'],
  ['de', 'fileName', 'bruecke-ueber-den-fluss.jpg', 'never'],
  // "bandé" and "bande" were one word before this round (acute accents fold): unchanged.
  ['fr', 'caption', 'Un garçon au bras bandé dans la bande de Gaza.', 'balanced'],
  ['fr', 'caption', 'Une bande dessinée sur la bande de Gaza.', 'never'],
  ['fr', 'caption', 'Le bœuf bourguignon du chef.', 'never'],
  ['fr', 'caption', 'Au cœur du sanctuaire de Tintignac.', 'never'],
  ['fr', 'caption', 'Un œil de bœuf sur la façade.', 'never'],
  ['es', 'alt', 'nino jugando en la playa', 'never'],
  ['es', 'alt', 'el ano nuevo en Madrid', 'never'],
];

describe('words written without their marks (round 162)', () => {
  it.each(NEW)('%s %s "%s" is covered from %s', (lang, field, text, level) => {
    expect(coverAt(lang, field, text) ?? 'never').toBe(level);
  });
  it.each(GUARDS)('%s %s "%s" stays %s', (lang, field, text, level) => {
    expect(coverAt(lang, field, text) ?? 'never').toBe(level);
  });
  it('reads German graves written plainly as the marked text reads them', () => {
    expect(coverAt('de', 'alt', 'Graeber auf dem Soldatenfriedhof')).toBe(coverAt('de', 'alt', 'Gräber auf dem Soldatenfriedhof'));
  });
  it('folds the ligatures œ and æ', () => {
    expect(normalizeText('Œil cœur Cæsar')).toBe('oeil coeur caesar');
  });
  it('writes a marked word as a text without marks does', () => {
    expect(plainWord('öldürülen', 'tr')).toBe('oldurulen');
    expect(plainWord('işkence', 'tr')).toBe('iskence');
    expect(plainWord('getötet', 'de')).toBe('getoetet');
    expect(plainWord('apuñal', 'es')).toBe('apunal');
  });
});
