import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';
import { relativeClauses } from '../../../utils/detection/caption-sentences';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';

// Round 112: wire captions name the person shown first and tell their wound in a relative clause
// hung on them ("Ali, 6, who lost both legs in the strike, sits in his bed"). Such a clause is
// what the picture shows when it hangs on the sentence's subject, its harm is a wound, a lost
// limb, burns or blood, and the sentence goes on in the present; a clause about someone else
// (whose brother, the mother of), about a death (a portrait's "who was killed"), dated to a year,
// or followed by a past verb stays background (caption-sentences.ts, showsSubjectsState).

describe('a clause telling the wound of the person shown is the picture\'s own description', () => {
  it.each([
    ['en', 'Ali, 6, who lost both legs in the strike, sits in his hospital bed.'],
    ['en', 'A girl, who was wounded by shrapnel, waits for treatment at a hospital in Gaza.'],
    ['en', 'A boy, who suffered burns in the blast, rests in a ward.'],
    ['en', 'A woman who was injured in the shelling sits outside her house.'],
    ['de', 'Ein Junge, der bei dem Angriff verletzt wurde, liegt im Krankenhaus.'],
    ['de', 'Ali (6), der bei dem Luftangriff beide Beine verlor, sitzt in seinem Bett.'],
    ['de', 'Eine Frau, die von Granatsplittern verwundet wurde, wartet auf Hilfe.'],
    ['fr', 'Ali, 6 ans, qui a perdu ses deux jambes dans la frappe, est assis dans son lit.'],
    ['fr', 'Un homme qui a été blessé par balle est allongé dans la rue.'],
    ['fr', "Une fillette, qui a été grièvement brûlée, se repose à l'hôpital."],
    ['es', 'Alí, de 6 años, quien perdió ambas piernas en el ataque, está sentado en su cama.'],
    ['es', 'Una mujer, que fue herida por la metralla, espera ayuda en el hospital.'],
    ['ru', 'Мальчик, который потерял обе ноги при обстреле, сидит на кровати.'],
    ['ru', 'Женщина, которая была ранена осколками, ждёт помощи в больнице.'],
    ['ru', 'Девочка, которая получила ожоги при взрыве, лежит в палате.'],
    ['uk', 'Хлопчик, який втратив обидві ноги під час обстрілу, сидить на ліжку.'],
    ['uk', 'Жінка, яка була поранена уламками, лежить у лікарні.'],
    ['uk', 'Дівчинка, яка отримала опіки під час вибуху, лежить у палаті.'],
    ['ar', 'الطفل علي، الذي فقد ساقيه في الغارة، يجلس على سريره.'],
    ['ar', 'المرأة، التي أصيبت بشظايا، تنتظر العلاج في المستشفى.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it('finds no background clause there, given the language (and the old span without it)', () => {
    const text = 'Ali, 6, who lost both legs in the strike, sits in his hospital bed.';
    const hits = findTerms(text, selectLexicons(text, 'en'));
    expect(relativeClauses(text, hits, 0, text.length, ['en'])).toEqual([]);
    expect(relativeClauses(text, hits, 0, text.length)).toEqual([8, 40]);
  });
});

describe('guards: the same state told without a pronoun stays covered', () => {
  it.each([
    ['fr', 'Une femme, blessée par des éclats, attend les secours.'],
    ['es', 'Un niño que resultó herido en el bombardeo yace en una cama del hospital.'],
    ['ru', 'Мужчина, раненный осколками, лежит на улице.'],
    ['uk', 'Поранена жінка, яка чекає на допомогу, сидить біля будинку.'],
    ['tr', 'Saldırıda yaralanan çocuk hastanede yatıyor.'],
    ['tr', 'Bombardımanda iki bacağını kaybeden Ali yatağında oturuyor.'],
    ['ar', 'الرجل الذي أصيب برصاص قناص ملقى في الشارع.'],
    ['de', 'Ein Mädchen, das bei der Explosion schwere Verbrennungen erlitt, ruht in der Klinik.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('guards: a clause about someone else, a death, a year or a past verb stays background', () => {
  it.each([
    // Someone of theirs (a possessive pronoun, a relative), or a place.
    ['en', 'Maria, whose brother was killed in May, holds a candle.'],
    ['en', 'Olena, whose son was wounded in the war, speaks to reporters.'],
    ['en', 'Olena, who lost her son in the war, sits at home.'],
    ['en', 'Residents gather at the market, where 12 people were wounded last year.'],
    ['en', 'Residents gather at the market, where 12 people were wounded, on Monday.'],
    ['en', 'The mother of Ali, who was wounded in the strike, speaks to reporters.'],
    ['de', 'Maria, deren Bruder im Mai getötet wurde, hält eine Kerze.'],
    ['de', 'Olena, die ihren Sohn im Krieg verlor, sitzt zu Hause.'],
    ['de', 'Die Mutter von Ali, der bei dem Angriff verletzt wurde, spricht mit Reportern.'],
    ['fr', 'Maria, dont le frère a été tué en mai, tient une bougie.'],
    ['fr', 'Olena, qui a perdu son fils à la guerre, est assise chez elle.'],
    ['fr', "La mère d'Ali, qui a été blessé dans la frappe, parle aux journalistes."],
    ['es', 'María, cuyo hermano fue asesinado en mayo, sostiene una vela.'],
    ['es', 'Olena, quien perdió a su hijo en la guerra, está sentada en su casa.'],
    ['es', 'La madre de Alí, que fue herido en el ataque, habla con periodistas.'],
    ['ru', 'Мария, брат которой был убит в мае, держит свечу.'],
    ['ru', 'Елена, которая потеряла сына на войне, сидит дома.'],
    ['uk', 'Марія, брат якої загинув у травні, тримає свічку.'],
    ['uk', 'Олена, яка втратила сина на війні, сидить удома.'],
    ['tr', 'Kardeşi mayısta öldürülen Meryem elinde mum tutuyor.'],
    ['tr', 'Savaşta oğlunu kaybeden Olena evinde oturuyor.'],
    ['ar', 'مريم، التي قتل شقيقها في مايو، تحمل شمعة.'],
    ['ar', 'أولينا، التي فقدت ابنها في الحرب، تجلس في منزلها.'],
    // The person's death: a portrait of the dead.
    ['en', 'A photo of Ali, who was killed in May.'],
    ['en', 'Ali, who was killed in the strike, smiles in a family photo.'],
    ['en', 'Ahmed, who died of his wounds, smiles in an undated photo.'],
    ['de', 'Ein Foto von Ali, der im Mai getötet wurde.'],
    ['de', 'Ali, der bei dem Angriff getötet wurde, lächelt auf einem Familienfoto.'],
    ['fr', "Une photo d'Ali, qui a été tué en mai."],
    ['fr', 'Ali, qui a été tué dans la frappe, sourit sur une photo de famille.'],
    ['es', 'Una foto de Alí, quien fue asesinado en mayo.'],
    ['es', 'Alí, quien murió en el ataque, sonríe en una foto familiar.'],
    ['ru', 'Фото Али, который был убит в мае.'],
    ['ru', 'Али, который погиб при обстреле, улыбается на семейном фото.'],
    ['uk', 'Фото Алі, який загинув у травні.'],
    ['uk', 'Алі, який загинув під час обстрілу, усміхається на сімейному фото.'],
    ['tr', "Mayısta öldürülen Ali'nin bir fotoğrafı."],
    ['ar', 'صورة علي، الذي قتل في مايو.'],
    ['ar', 'علي، الذي استشهد في الغارة، يبتسم في صورة عائلية.'],
    // A wound dated to a year, or a sentence going on in the past.
    ['en', 'Ali, who lost both legs in the strike in 2014, sits in his wheelchair.'],
    ['en', 'Sergeant Smith, who was wounded in Afghanistan in 2010, speaks at a veterans event.'],
    ['en', 'The minister, who was injured in a car crash, was replaced in 2019.'],
    ['ru', 'Министр, который был ранен в 2014 году, выступает на форуме.'],
    ['de', 'Der Minister, der 2010 bei einem Unfall verletzt wurde, trat 2019 zurück.'],
    ['de', 'Der Soldat, der im Krieg schwer verwundet wurde, war später Lehrer.'],
    ['fr', 'Le ministre, qui a été blessé dans un accident, a démissionné.'],
    ['es', 'El ministro, que resultó herido en un accidente, fue sustituido en mayo.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('round 113: the traps round 112 covered — the wound is someone else\'s', () => {
  it.each([
    // The clause's object is another person ("her husband"), named by a possessive.
    ['en', 'A woman, who saw her husband wounded, cries at the hospital.'],
    // A genitive without a preposition: the clause hangs on Ali, not on the mother shown.
    ['ru', 'Мать Али, который был ранен при обстреле, говорит с журналистами.'],
    ['uk', 'Мати Алі, який був поранений під час обстрілу, говорить з журналістами.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
