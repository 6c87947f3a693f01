import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { captionCoverAt as caption, byDefault, neutralPage } from './test-pages';

// Round 155: the graphic-injury and explicit-injury sections of the eight lexicons audited for
// how a newspaper says a person is on fire, has blood on the face or head, or has a wound that
// threatens life (the written rules' G4: a person burning, blood on a person, the severity named).
// A "human torch" was read in no language; self-immolation "in his body" (ar "في جسده") only as
// "في نفسه"; blood on a face was graphic in fr ("visage en sang") and explicit elsewhere; "mortally
// wounded" in none, "in critical condition" said of the wounded only in ar. The everyday senses stay
// out: a building or a car in flames, a flag or a tyre set on fire, a fire-eater, an effigy, blood
// tests and donations, bad blood, a patient's, a company's or a bridge's critical condition, a storm.

// A person on fire: never covered on main, graphic now (minimal; ar self-immolation balanced, as "في نفسه").
export const ON_FIRE: [string, string, string][] = [
  ['en', 'A monk turned into a human torch in the street of Saigon.', 'minimal'],
  ['de', 'Ein Demonstrant rennt als lebende Fackel über die Straße.', 'minimal'],
  ['fr', "Un homme transformé en torche humaine devant l'ambassade.", 'minimal'],
  ['es', 'Un manifestante convertido en antorcha humana corre por la calle.', 'minimal'],
  ['ru', 'Демонстрант, превратившийся в живой факел, бежит по улице.', 'minimal'],
  ['uk', 'Демонстрант, що перетворився на живий смолоскип, біжить вулицею.', 'minimal'],
  ['tr', 'Canlı meşaleye dönen protestocu caddede koşuyor.', 'minimal'],
  ['ar', 'رجل تحول إلى شعلة بشرية في الشارع', 'minimal'],
  ['ar', 'متظاهر أضرم النار في جسده أمام مقر المحافظة', 'balanced'],
];

// Blood on a face or head, a body or clothes soaked in it: explicit (balanced) on main, graphic now
// (minimal), as fr "visage en sang" was; de "blutgetränkt" was not read at all.
export const BLOOD: [string, string][] = [
  ['de', 'Ein Junge mit Blut im Gesicht sitzt in einem Krankenwagen.'],
  ['de', 'Ein Mann mit blutgetränktem Hemd nach dem Anschlag.'],
  ['fr', 'Un garçon, le visage trempé de sang, assis dans une ambulance.'],
  ['fr', 'Un côté du visage du garçon est trempé dans le sang.'],
  ['fr', "Un homme avec du sang sur le visage après l'attaque."],
  ['fr', 'Un enfant avec du sang sur la tête attend les secours.'],
  ['es', 'Un niño con sangre en el rostro sentado en una ambulancia.'],
  ['es', 'Un hombre con la camisa empapada de sangre tras el ataque.'],
  ['ru', 'Мальчик с кровью на лице сидит в машине скорой помощи.'],
  ['ru', 'Мужчина в пропитанной кровью рубашке после нападения.'],
  ['uk', "Хлопчик із кров'ю на обличчі сидить у кареті швидкої."],
  ['uk', 'Чоловік із обличчям в крові після обстрілу.'],
  ['tr', 'Başından kan akan adam saldırının ardından bekliyor.'],
  ['ar', 'طفل والدماء على وجهه يجلس في سيارة الإسعاف'],
  ['ar', 'طفل والدماء تسيل على جبهته في سيارة الإسعاف'],
];

// Graphic on main already (en "blood" reads so in these): guards.
export const BLOOD_EN: [string, string][] = [
  ['en', 'A boy with blood on his face sits in an ambulance.'],
  ['en', 'A man with blood streaming down his face after the attack.'],
  ['en', 'A woman, her face streaked with blood, waits outside.'],
  ['tr', 'Yüzü kan içindeki çocuk ambulansta oturuyor.'],
];

// A wound that threatens life, beside a stretcher: an injury word there was a rescue (strict) on
// main; the severity named is the wounded seen (balanced).
export const LIFE_THREATENING: [string, string][] = [
  ['de', 'Ein lebensgefährlich verletzter Mann wird auf einer Trage getragen.'],
  ['de', 'Ein Mann mit lebensgefährlichen Verletzungen wird auf einer Trage getragen.'],
  ['fr', 'Un soldat mortellement blessé est évacué sur une civière.'],
  ['fr', 'Un blessé en urgence absolue est évacué sur une civière.'],
  ['es', 'Un soldado mortalmente herido es evacuado en una camilla.'],
  ['es', 'Un hombre herido de extrema gravedad es evacuado en una camilla.'],
  ['ru', 'Смертельно раненого солдата несут на носилках.'],
  ['uk', 'Смертельно пораненого солдата несуть на ношах.'],
  ['tr', 'Hayati tehlikesi bulunan yaralı sedyeyle taşınıyor.'],
  ['tr', 'Ölümcül şekilde yaralanan asker sedyeyle taşınıyor.'],
];

// Not covered by default, on main and on the branch; the first three were covered at minimal on
// main by the bare blood phrase ("blood", "в крови", "у крові") and are kept out by a trap now.
export const TRAPS: [string, string][] = [
  ['en', 'He has blood on his hands, the opposition says.'],
  ['ru', 'Уровень сахара в крови у пациента.'],
  ['uk', 'Рівень алкоголю у крові водія.'],
  ['en', 'A building engulfed in flames in the city centre.'],
  ['en', 'Protesters set fire to a flag and a tyre outside the embassy.'],
  ['en', 'A fire-eater performs at the festival.'],
  ['en', 'A stuntman on fire during the film shoot.'],
  ['en', 'Man on Fire, the 2004 film, returns as a series.'],
  ['en', 'The Human Torch returns in the new Fantastic Four film.'],
  ['en', 'Protesters burn an effigy of the president.'],
  ['en', 'There is bad blood between the two clubs.'],
  ['en', 'Volunteers at a blood donation drive.'],
  ['en', 'A nurse takes a blood test at the clinic.'],
  ['en', 'The novel tells a story in cold blood.'],
  ['en', 'The horse comes from a famous bloodline.'],
  ['en', 'The company is in critical condition after the crash of its shares.'],
  ['en', 'The patient is in critical condition after heart surgery.'],
  ['en', 'The bridge is in critical condition, engineers say.'],
  ['en', 'A life-threatening storm approaches the coast.'],
  ['de', 'Ein Haus steht in Flammen.'],
  ['de', 'Ein Auto geht in Flammen auf.'],
  ['de', 'Ein Feuerspucker tritt auf dem Festival auf.'],
  ['de', 'Demonstranten zünden eine Fahne an.'],
  ['de', 'Der Zustand des Patienten ist nach der Herzoperation kritisch.'],
  ['de', 'Blutspende: Freiwillige spenden Blut im Rathaus.'],
  ['de', 'Ein lebensgefährlicher Sturm zieht über die Küste.'],
  ['fr', 'Une forêt en flammes dans le Var.'],
  ['fr', 'Un cracheur de feu au festival.'],
  ['fr', 'Le pronostic vital du patient est engagé après son infarctus.'],
  ['fr', 'Une prise de sang au laboratoire.'],
  ['fr', "L'entreprise est dans un état critique."],
  ['es', 'Un coche envuelto en llamas en la autopista.'],
  ['es', 'Una donación de sangre en el hospital.'],
  ['es', 'Un análisis de sangre en el laboratorio.'],
  ['es', 'La economía está en estado crítico.'],
  ['es', 'El paciente está en estado grave tras el infarto.'],
  ['ru', 'Лес в огне: пожары в Сибири.'],
  ['ru', 'Анализ крови в поликлинике.'],
  ['ru', 'Экономика в критическом состоянии.'],
  ['ru', 'Пациент в тяжелом состоянии после инфаркта.'],
  ['ru', 'Чучело Масленицы горит на площади.'],
  ['uk', 'Аналіз крові в поліклініці.'],
  ['uk', 'Міст у критичному стані.'],
  ['tr', 'Orman alevler içinde.'],
  ['tr', 'Fırtına hayati tehlike oluşturuyor.'],
  ['tr', 'Kovid hastasının hayati tehlikesi sürüyor.'],
  ['tr', 'Kan bağışı kampanyası başladı.'],
  ['tr', 'Kan tahlili sonuçları açıklandı.'],
  ['ar', 'حريق في الغابة والنيران تلتهم الاشجار'],
  ['ar', 'حملة للتبرع بالدم في المستشفى'],
  ['ar', 'المريض في حالة حرجة بعد العملية'],
  ['ar', 'تحليل الدم في المختبر'],
  ['ar', 'متظاهرون يضرمون النار في الاطارات'],
  // "كتلة لهب" is a car or a house, "الكتلة البشرية" a crowd or a political bloc.
  ['ar', 'تحولت السيارة إلى كتلة لهب بعد الحادث'],
  ['ar', 'الكتلة البشرية في البرلمان تصوت على القانون'],
];

describe('a person on fire is graphic', () => {
  it.each(ON_FIRE)('%s: %s', (lang, text, level) => {
    expect(caption(text, lang)).toBe(level);
  });
});

describe('blood on a face or head, or a body soaked in it, is graphic', () => {
  it.each(BLOOD)('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
  it.each(BLOOD_EN)('%s: %s (guard: so on main)', (lang, text) => {
    expect(caption(text, lang)).toBe('minimal');
  });
});

describe('a wound that threatens life beside a stretcher is the wounded seen, not a rescue', () => {
  it.each(LIFE_THREATENING)('%s: %s', (lang, text) => {
    expect(caption(text, lang)).toBe('balanced');
  });
});

describe('the paragraph beside a picture saying the face is soaked in blood reads it (development fr-0278)', () => {
  it('fr: un côté du visage … est trempé dans le sang', () => {
    const v = classifyImageContext(
      { placement: 'lead', after: "Couvert de poussière, un côté du visage d'Omran est trempé dans le sang, son expression hébétée." },
      neutralPage('fr'),
    );
    expect(v.coverAt).toBe('strict');
    expect(v.reason?.terms).toContain('trempé dans le sang');
  });
});

describe('fire, blood and critical condition in their everyday senses stay uncovered by default', () => {
  it.each(TRAPS)('%s: %s', (lang, text) => {
    expect(byDefault(caption(text, lang))).toBe(false);
  });
});
