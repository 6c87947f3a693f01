import { describe, expect, it } from 'vitest';
import { captionCoverAt as caption, byDefault } from './test-pages';

// Round 154: a bare burn or wound word covered, by default, the everyday senses: calories, waste
// and fuel burned, incineration, a nation's wound, wounded pride, a sunburn's burns. Each is now
// a [traps] phrase; the graphic forms (a person's burns or wounds, after an attack) stay covered.

/** Covered by default on main, uncovered on the branch. */
export const TRAPS: [string, string][] = [
  ['en', 'Running burns more calories than walking.'],
  ['en', 'The plant burns waste to make electricity.'],
  ['en', 'The war left a deep wound in the nation.'],
  ['de', 'Die Verbrennung von Müll erzeugt Strom.'],
  ['de', 'Eine offene Wunde der Nation.'],
  ['de', 'Beim Joggen Kalorien verbrennen.'],
  ['fr', 'Les brûlures de coups de soleil sont fréquentes en été.'],
  ['fr', "Une blessure d'orgueil pour le pays."],
  ['fr', 'Une plaie ouverte de la nation.'],
  ['es', 'Turistas con quemaduras solares en la playa.'],
  ['es', 'Orgullo herido tras la derrota.'],
  ['ar', 'جرح عميق في جسد الأمة'],
  // A thing's disfigured face (en minimal, es balanced on main).
  ['en', 'A doll with a disfigured face in the museum.'],
  ['en', "The statue's disfigured face after the vandals left."],
  ['es', 'Una muñeca con el rostro desfigurado en el museo.'],
  ['es', 'El rostro desfigurado de la estatua tras el ataque vandálico.'],
];

/** Guards: the graphic forms stay covered by default. */
export const GRAPHIC: [string, string][] = [
  ['en', 'A woman with burns over 40 percent of her body lies in the hospital.'],
  ['en', 'A child with severe burns after the strike.'],
  ['en', 'A man wounded in the shelling.'],
  ['en', 'A man with a deep wound in his chest.'],
  ['en', 'A boy with burns on his arms after the fire at the camp.'],
  ['de', 'Ein Kind mit Verbrennungen nach dem Angriff.'],
  ['de', 'Ein Mann mit einer offenen Wunde am Bein.'],
  ['fr', 'Un enfant souffrant de brûlures après la frappe.'],
  ['fr', 'Un homme blessé dans le bombardement.'],
  ['es', 'Un niño con quemaduras tras el bombardeo.'],
  ['es', 'Un hombre herido en el bombardeo.'],
  ['ru', 'Ребенок с ожогами после обстрела.'],
  ['uk', 'Дитина з опіками після обстрілу.'],
  ['tr', 'Saldırıdan sonra yanıkları olan çocuk.'],
  ['ar', 'طفل مصاب بحروق بعد الغارة'],
  ['ar', 'رجل مصاب بجرح عميق في صدره'],
  ['en', 'A woman with a disfigured face after the acid attack.'],
  ['es', 'Una mujer con el rostro desfigurado tras el ataque con ácido.'],
];

/** Guards: everyday senses already uncovered on main stay so. */
export const QUIET: [string, string][] = [
  ['en', 'Tourists with sunburn on the beach.'],
  ['en', 'Nurses at risk of burnout.'],
  ['de', 'Touristen mit Sonnenbrand am Strand.'],
  ['fr', 'Des touristes avec un coup de soleil sur la plage.'],
  ['es', 'Una herida abierta en la sociedad.'],
  ['ru', 'Туристы с солнечными ожогами на пляже.'],
  ['uk', 'Туристи з сонячними опіками на пляжі.'],
  ['tr', 'Plajda güneş yanığı olan turistler.'],
  ['ar', 'كيف تعالج حروق الشمس'],
];

describe('round 154: everyday burn and wound senses are not covered', () => {
  it.each(TRAPS)('%s trap: %s', (lang, text) => expect(byDefault(caption(text, lang))).toBe(false));
  it.each(QUIET)('%s quiet: %s', (lang, text) => expect(byDefault(caption(text, lang))).toBe(false));
});

describe('round 154: the graphic forms stay covered by default', () => {
  it.each(GRAPHIC)('%s graphic: %s', (lang, text) => expect(byDefault(caption(text, lang))).toBe(true));
});
