import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { captionCoverAt as caption, byDefault, neutralPage } from './test-pages';

/** The words the verdict names as its reason, lower case. */
const reasonTerms = (text: string, lang: string) =>
  (classifyImageContext({ caption: text, placement: 'article-body' }, neutralPage(lang)).reason?.terms ?? []).map((t) => t.toLowerCase());

// Round 153: the explicit-injury sections of the eight lexicons audited against each other for
// the ways a newspaper names a wound's severity. Severe burns were read in en, es, tr and ar
// ("severe burns", "quemaduras graves", "ağır yanık", "حروق بالغة") but not in de, fr, ru, uk;
// the adjective before the noun ("graves quemaduras", "graves brûlures") in none; burns by degree
// in seven languages but not Turkish; burns said of a share of the body in none; a deep or gaping
// wound in de, fr, ru, uk, tr (any wound is read there) but not in English. The everyday senses
// stay uncovered: sunburn, a kitchen's burns, a footballer's injury, a nation's wound, deep cuts.

export const POS: [string, string][] = [
  ['en', 'A boy with a deep wound on his leg waits at the hospital.'],
  ['en', 'A man with a gaping wound to his head lies on a bed.'],
  ['en', 'A girl with extensive burns is carried into the clinic.'],
  ['en', 'A woman with burns over 40 percent of her body lies in the hospital.'],
  ['en', 'A man with burns to 60% of his body in the ward.'],
  ['de', 'Ein Kind mit schweren Verbrennungen im Krankenhaus.'],
  ['de', 'Ein Mann mit schweren Brandverletzungen liegt in der Klinik.'],
  ['de', 'Ein Junge mit großflächigen Verbrennungen in der Klinik.'],
  ['de', 'Eine Frau mit Verbrennungen an 40 Prozent ihres Körpers.'],
  ['fr', "Un enfant souffrant de brûlures graves à l'hôpital."],
  ['fr', 'Un homme atteint de graves brûlures dans un lit.'],
  ['fr', 'Une femme souffrant de brûlures sur 40 % du corps.'],
  ['fr', 'Un enfant souffrant de brûlures sévères au visage.'],
  ['es', 'El manifestante sobrevivió con graves quemaduras.'],
  ['es', 'Un niño con quemaduras en el 40 % del cuerpo.'],
  ['es', 'Un hombre con quemaduras severas en el hospital.'],
  ['ru', 'Девочка с тяжелыми ожогами в больнице.'],
  ['ru', 'У нее страшные ожоги на спине.'],
  ['ru', 'Мужчина с ожогами 40% тела в больнице.'],
  ['uk', 'Дівчинка зі страшними опіками в лікарні.'],
  ['uk', 'Чоловік із важкими опіками в лікарні.'],
  ['uk', 'Жінка з опіками 60% тіла в лікарні.'],
  ['tr', 'Üçüncü derece yanıkları olan çocuk hastanede.'],
  ['tr', 'İkinci derece yanıklar oluşan kadın tedavi ediliyor.'],
  ['ar', 'طفل مصاب بحروق في 40% من جسده في المستشفى'],
];

// Beside a stretcher or an ambulance an injury word is a rescue (strict); an explicit one is the
// wounded seen (balanced).
export const CARRIED: [string, string][] = [
  ['en', 'A boy with a deep wound in his leg is carried on a stretcher.'],
  ['en', 'A girl with extensive burns is carried on a stretcher.'],
  ['de', 'Ein Kind mit schweren Verbrennungen wird auf einer Trage getragen.'],
  ['de', 'Ein Mann mit Verbrennungen am ganzen Körper wird auf einer Trage getragen.'],
  ['fr', 'Un enfant souffrant de graves brûlures est transporté sur une civière.'],
  ['fr', 'Un homme aux brûlures étendues est évacué sur une civière.'],
  ['es', 'Un hombre con graves quemaduras es trasladado en una camilla.'],
  ['es', 'Un niño con quemaduras extensas es llevado en camilla.'],
  ['ru', 'Девочку с тяжелыми ожогами несут на носилках.'],
  ['ru', 'Мужчину с обширными ожогами несут на носилках.'],
  ['uk', 'Дівчинку зі страшними опіками несуть на ношах.'],
  ['uk', 'Чоловіка з важкими опіками несуть на ношах.'],
  ['tr', 'Üçüncü derece yanıkları olan çocuk sedyeyle taşınıyor.'],
  ['ar', 'رجل مصاب بحروق في 60% من جسده ينقل على نقالة'],
  // Shrapnel wounds, read explicit in en, es, ru, uk: now de, tr, ar too; a bullet in a body part
  // (seven languages) now ar; a deep wound in a body part now es.
  ['de', 'Ein Kind mit Splitterverletzungen wird auf einer Trage getragen.'],
  ['tr', 'Şarapnel yarası olan çocuk sedyeyle taşınıyor.'],
  ['ar', 'طفل أصيب بشظايا في القصف ينقل على نقالة'],
  ['ar', 'طفل أصيب برصاصة في رأسه ينقل على نقالة'],
  ['es', 'Un niño con una herida profunda en la cabeza es llevado en camilla.'],
];

// A disfigured face, read in en, de, fr, ru, uk: now es (explicit, as de).
describe('a disfigured face is the wounded seen', () => {
  it('es: Una mujer con el rostro desfigurado tras el ataque con ácido.', () => {
    expect(caption('Una mujer con el rostro desfigurado tras el ataque con ácido.', 'es')).toBe('balanced');
  });
});

// Covered by default on main already by the bare injury word ("wound", "burns", "Verbrennung",
// "brûlure", "quemaduras", "herida"; a known breadth, left alone): the round's entries must not be
// what reads them.
export const BARE: [string, string, string][] = [
  // Round 154: a [traps] phrase now keeps these three out entirely ('' = no reason at all).
  ['en', 'The war left a deep wound in the nation.', ''],
  ['en', 'Sunburn: how to treat burns after a day at the beach.', 'burns'],
  ['en', 'How to avoid burns when cooking with hot oil.', 'burns'],
  ['de', 'Sonnenbrand: So vermeiden Sie Verbrennungen am Strand.', 'verbrennungen'],
  ['de', 'Die schwere Verbrennung von Müll belastet die Luft.', ''],
  ['fr', 'Coup de soleil : comment soigner les brûlures légères.', 'brûlures'],
  ['es', 'Cómo evitar quemaduras solares en la playa.', ''],
  ['es', 'La derrota dejó una herida profunda en la afición.', 'herida'],
  ['es', 'Una herida profunda en el corazón de la ciudad.', 'herida'],
  ['ar', 'مصاب بشظايا الزجاج بعد العاصفة', 'مصاب'],
];

export const TRAPS: [string, string][] = [
  ['en', 'The budget plan includes deep cuts to health spending.'],
  ['en', 'The striker suffered a serious injury to his knee in training.'],
  ['en', 'The company burned through 40 percent of its cash.'],
  ['en', 'Severe losses for the bank this year.'],
  ['en', 'Extensive burns of the forest after the wildfire season.'],
  ['de', 'Schwere Verluste für die Bank in diesem Jahr.'],
  ['de', 'Der Stürmer hat sich schwer am Knie verletzt.'],
  ['fr', "Le gardien souffre d'une blessure au genou."],
  ['es', 'El delantero sufre una lesión grave en la rodilla.'],
  ['ru', 'Как избежать солнечных ожогов на пляже.'],
  ['ru', 'Нападающий получил тяжелую травму колена на тренировке.'],
  ['ru', 'Сильные морозы ожидаются на выходных.'],
  ['uk', 'Як уникнути сонячних опіків на пляжі.'],
  ['uk', 'Нападник отримав важку травму коліна.'],
  ['tr', 'Güneş yanığına karşı öneriler: plajda dikkat.'],
  ['tr', 'Üçüncü derece polis memuru terfi etti.'],
  ['ar', 'نصائح لتجنب حروق الشمس على الشاطئ'],
  ['ar', 'رصاصة في الصدر: قصة حب جديدة'],
  ['ar', 'رصاصة في الرأس: فيلم جديد في السينما'],
  ['es', 'El jugador sufre una herida profunda en la pierna tras el choque en el partido.'],
  ['es', 'El maquillador crea una cara desfigurada para la película de terror.'],
];

describe('a wound or burns named with their severity stay covered by default (guards: so on main)', () => {
  it.each(POS)('%s: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(true);
  });
});

describe('a severe wound beside a stretcher is the wounded seen, not a rescue', () => {
  it.each(CARRIED)('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });
});

describe('burns over a share of the body are a living person wounded, not a body', () => {
  it.each(POS.filter(([, t]) => /\d/.test(t)))('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });
});

describe('the everyday senses of burns and wounds stay uncovered by default', () => {
  it.each(TRAPS)('%s: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(false);
  });
});

describe('the everyday senses the bare injury word reads are not read by the severity entries', () => {
  it.each(BARE)('%s: %s', (lang, text, bare) => {
    expect(reasonTerms(text, lang)).toEqual(bare ? [bare] : []);
  });
});
