import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';

// Round 113 finishes round 112's clause on the person shown (caption-sentences.ts,
// showsSubjectsState): plural subjects, a verbless place after the clause, a shooter named as the
// wound's agent are the picture's state; a clause whose harm falls on someone named by a
// possessive ("who saw her husband wounded"), or hung on the second noun of a genitive ("Мать
// Али, который…", "والدة علي، الذي…"), stays background.

describe('plural subjects, a verbless place and a named shooter: the picture\'s own description', () => {
  it.each([
    // Plural: the clause's verb is plural, so is the one after it.
    ['en', 'Two women, who were injured by shrapnel, wait for treatment.'],
    ['en', 'The two girls, who were badly burned in the blast, rest in a ward.'],
    ['de', 'Zwei Jungen, die bei dem Angriff verletzt wurden, liegen im Krankenhaus.'],
    // A place and no verb to the sentence's end.
    ['en', 'Ali, 6, who lost both legs in the strike, in his hospital bed.'],
    ['en', 'A girl, who was wounded by shrapnel, in hospital in Gaza.'],
    ['fr', "Une fillette, qui a été blessée par des éclats, à l'hôpital de Gaza."],
    ['es', 'Una mujer, que fue herida por la metralla, en el hospital de Gaza.'],
    ['de', 'Ein Junge, der bei dem Angriff verletzt wurde, im Krankenhaus von Gaza.'],
    ['ru', 'Женщина, которая была ранена осколками, в больнице Газы.'],
    ['uk', 'Жінка, яка була поранена уламками, у лікарні Гази.'],
    ['ar', 'الطفل علي، الذي فقد ساقيه في الغارة، في المستشفى.'],
    // The shooter as the wound's agent.
    ['de', 'Ein Mann, der von einem Scharfschützen angeschossen wurde, liegt auf der Straße.'],
    ['es', 'Un hombre que fue herido por un francotirador yace en la calle.'],
    ['ar', 'رجل، الذي أصيب برصاص قناص، يرقد في الشارع.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('someone else\'s wound, a genitive\'s noun, a past plural: background', () => {
  it.each([
    // A possessive names whose the harm is.
    ['en', 'A man, who found his son injured in the rubble, weeps outside.'],
    ['de', 'Eine Frau, die ihren Mann verwundet sah, weint im Krankenhaus.'],
    ['fr', "Une femme, qui a vu son mari blessé, pleure à l'hôpital."],
    ['es', 'Una mujer, que vio a su marido herido, llora en el hospital.'],
    ['ru', 'Женщина, которая видела своего мужа раненым, плачет в больнице.'],
    // A genitive of two nouns: the clause hangs on the second.
    ['ru', 'Отец девочки, которая была ранена осколками, ждёт в коридоре.'],
    ['uk', 'Батько дівчинки, яка була поранена уламками, чекає в коридорі.'],
    ['ar', 'والدة علي، الذي أصيب بشظايا في الغارة، تتحدث إلى الصحفيين.'],
    // "-aient" is a past, plural as singular.
    ['fr', 'Deux soldats, qui ont été blessés à la guerre, étaient plus tard enseignants.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('guards: what stays as it was', () => {
  it.each([
    ['fr', "Deux enfants, qui ont été blessés dans la frappe, attendent à l'hôpital."],
    ['es', 'Dos niños, que fueron heridos en el ataque, esperan en el hospital.'],
    ['ru', 'Двое детей, которые были ранены при обстреле, лежат в больнице.'],
    ['uk', 'Двоє дітей, які були поранені під час обстрілу, лежать у лікарні.'],
    ['ar', 'الأطفال الثلاثة، الذين أصيبوا بشظايا في الغارة، يرقدون في المستشفى.'],
    ['en', 'A woman, who lost her leg in the strike, sits in her bed.'],
    ['en', 'A woman, who was shot in the leg, waits at the hospital.'],
    ['ru', 'Женщина, которая потеряла ногу при обстреле, сидит на кровати.'],
    ['uk', 'Поранена жінка, яка чекає на допомогу, сидить біля будинку.'],
  ])('still covered, %s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it.each([
    ['en', 'Two boys, who were wounded in the strike in 2014, play football.'],
    ['en', 'Two boys, who were killed in the strike, smile in a family photo.'],
    ['en', 'Two soldiers, who were wounded in Afghanistan, later returned home.'],
    ['de', 'Zwei Soldaten, die im Krieg verwundet wurden, waren später Lehrer.'],
    ['es', 'Dos soldados, que fueron heridos en la guerra, fueron condecorados en mayo.'],
    ['ru', 'Двое детей, которые погибли при обстреле, улыбаются на семейном фото.'],
    ['uk', 'Двоє дітей, які загинули під час обстрілу, усміхаються на сімейному фото.'],
    ['en', 'Sergeant Smith, who was wounded in Afghanistan, in an undated photo.'],
    ['en', 'Ali, who was wounded in the strike, in 2014.'],
    ['en', 'Ali, who was killed in the strike, in a family photo.'],
    ['fr', 'Ali, qui a été tué dans la frappe, sur une photo de famille.'],
    ['de', 'Ali, der bei dem Angriff verletzt wurde, auf einem Foto von 2010.'],
    ['ru', 'Али, который был ранен при обстреле, на фото 2010 года.'],
    ['ar', 'علي، الذي استشهد في الغارة، في صورة عائلية.'],
    ['en', 'A man who was shot dead in 2014 smiles in a family photo.'],
    ['en', 'Ali, who was shot dead by a sniper, smiles in a family photo.'],
    ['en', 'Ali, who was killed by a sniper, smiles in a family photo.'],
    ['en', 'Ali, who was wounded by a sniper and died later, smiles in a family photo.'],
    ['es', 'Alí, que fue herido por un francotirador en 2014, sonríe en una foto.'],
    ['ru', 'Али, который был ранен снайпером и погиб, улыбается на семейном фото.'],
    ['fr', 'Ali, qui a été blessé par un tireur puis tué, sourit sur une photo de famille.'],
    ['de', 'Ali, der von einem Scharfschützen verletzt und getötet wurde, lächelt auf einem Foto.'],
    ['de', 'Ali, der von einem Scharfschützen erschossen wurde, lächelt auf einem Familienfoto.'],
    ['fr', 'Ali, qui a été abattu par un tireur embusqué, sourit sur une photo de famille.'],
    ['es', 'Alí, que fue asesinado por un francotirador, sonríe en una foto familiar.'],
    ['ru', 'Али, который был убит снайпером, улыбается на семейном фото.'],
    ['ar', 'علي، الذي قتل برصاص قناص، يبتسم في صورة عائلية.'],
    ['en', 'The minister, who was shot by a sniper, was replaced in 2019.'],
    ['uk', 'Жінка, яка бачила свого чоловіка пораненим, плаче в лікарні.'],
    ['de', 'Die Mutter des Jungen, der bei dem Angriff verletzt wurde, spricht mit Reportern.'],
  ])('not covered by default, %s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
