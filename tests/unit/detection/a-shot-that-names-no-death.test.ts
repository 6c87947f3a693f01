import { describe, expect, it } from 'vitest';
import { byDefault, captionCoverAt } from './test-pages';

// Round 114: a person shot or hit by gunfire, with no death named, is a wound shown
// (`[shot-wounded]`, an injury word), in a caption's own words and in round 112–113's clause on
// the person shown (caption-sentences.ts, showsSubjectsState). A shot that kills ("shot dead",
// "erschossen", "застрелен", "vurularak öldürüldü", "قتل برصاص") is a death
// (`[injury dead-bodies]`), so the portrait of the killed stays uncovered; a shot at goal, a
// film "shot" and a shot in a film stay uncovered by default.

const never = (caption: string, lang: string) => captionCoverAt(caption, lang) ?? 'never';

describe('a shot that wounds: covered by default', () => {
  it.each([
    ['en', 'A man who was shot by a sniper lies in the street.'],
    ['en', 'A man, who was shot by police, lies on the pavement.'],
    ['en', 'A man shot by a sniper lies in the street.'],
    ['en', 'A protester hit by a bullet lies on the ground.'],
    ['en', 'A boy hit by sniper fire waits for treatment.'],
    ['fr', 'Un jeune homme atteint par balle est allongé dans la rue.'],
    ['fr', "Un homme, qui a été touché par un tir de sniper, attend à l'hôpital."],
    ['es', 'Un joven tiroteado espera en el hospital.'],
    ['es', 'Un hombre, que recibió un disparo de un francotirador, yace en la calle.'],
    ['de', 'Ein von einer Kugel getroffener Mann liegt auf der Straße.'],
    ['de', 'Ein Mann, der von Schüssen getroffen wurde, liegt im Krankenhaus.'],
    ['ru', 'Подстреленный мужчина лежит на улице.'],
    ['ru', 'Мужчина, который был подстрелен снайпером, лежит в больнице.'],
    ['uk', 'Підстрелений чоловік лежить на вулиці.'],
    ['uk', 'Чоловік, який був підстрелений снайпером, лежить у лікарні.'],
    ['ar', 'طفلان، اللذان أصيبا برصاص قناص، يرقدان في المستشفى.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });
});

describe('a shot that kills: the portrait of the killed stays uncovered', () => {
  it.each([
    ['de', 'Ali, der von einem Scharfschützen erschossen wurde, lächelt auf einem Familienfoto.'],
    ['ru', 'Али, который был застрелен снайпером, улыбается на семейном фото.'],
    ['ar', 'علي، الذي قتل برصاص قناص، يبتسم في صورة عائلية.'],
  ])('%s: %s', (lang, caption) => {
    expect(never(caption, lang)).toBe('never');
  });
});

describe('guards: wounds already read, deaths, sport and film', () => {
  it.each([
    ['en', 'A young man shot and wounded by soldiers lies in a hospital bed.'],
    ['fr', 'Un homme touché par balle attend les secours.'],
    ['fr', 'Un manifestant blessé par des tirs de la police gît dans la rue.'],
    ['es', 'Un joven herido de bala espera en el hospital.'],
    ['es', 'Un manifestante alcanzado por una bala yace en el suelo.'],
    ['de', 'Ein angeschossener Demonstrant liegt auf der Straße.'],
    ['ru', 'Мужчина, раненный пулей, лежит на улице.'],
    ['uk', 'Поранений кулею чоловік лежить на вулиці.'],
    ['tr', 'Kurşunla yaralanan genç hastanede tedavi görüyor.'],
    ['tr', 'Keskin nişancı tarafından vurularak yaralanan adam sokakta yatıyor.'],
    ['ar', 'رجل أصيب برصاص قناص يرقد في الشارع.'],
    ['ar', 'شاب أصيب بطلق ناري يرقد في المستشفى.'],
  ])('covered: %s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it.each([
    ['en', 'Smith, who was shot dead in 2014, smiles in a family photo.'],
    ['en', 'Ali, who was shot dead by a sniper, smiles in a family photo.'],
    ['en', 'Ali, who was shot by a sniper in 2014, smiles in a family photo.'],
    ['en', 'Ali, who was shot by a sniper and died, smiles in a family photo.'],
    ['en', 'Ali, who was shot by a sniper, smiles in a family photo.'],
    ['en', "Messi's shot hits the post."],
    ['en', "The striker's shot was saved by the goalkeeper."],
    ['en', 'The goalkeeper was hit by a shot from Messi.'],
    ['en', 'The film was shot in Morocco.'],
    ['en', 'The photo was shot by Jane Smith.'],
    ['en', 'Footage shot by a soldier shows the village.'],
    ['en', 'Video shot by a soldier shows the village.'],
    ['en', 'The player was hit by the ball.'],
    ['en', 'The actor plays a man shot by a sniper in the movie.'],
    ['fr', 'Ali, tué par balle en 2014, sourit sur une photo de famille.'],
    ['fr', 'Ali, qui a été abattu par un tireur, sourit sur une photo de famille.'],
    ['fr', 'Le tir de Mbappé touche le poteau.'],
    ['fr', "L'attaquant, touché par un tir de son coéquipier, reste au sol."],
    ['fr', 'Dans le film, un homme touché par balle gît dans la rue.'],
    ['es', 'Ali, que fue asesinado a tiros en 2014, sonríe en una foto familiar.'],
    ['es', 'Ali, que recibió un disparo mortal, sonríe en una foto familiar.'],
    ['es', 'El tiro de Messi pega en el poste.'],
    ['es', 'El portero recibió un tiro en el partido de fútbol.'],
    ['es', 'En la película, un joven tiroteado yace en la calle.'],
    ['de', 'Ali, der 2014 erschossen wurde, lächelt auf einem Familienfoto.'],
    ['de', 'Ein Torschuss von Müller trifft den Pfosten.'],
    ['de', 'Im Spielfilm liegt ein von einer Kugel getroffener Mann auf der Straße.'],
    ['ru', 'Али, застреленный в 2014 году, улыбается на семейном фото.'],
    ['ru', 'Выстрел в фильме звучит в финале.'],
    ['ru', 'Актер играет подстреленного героя в кино.'],
    ['uk', 'Алі, якого застрелив снайпер, усміхається на родинному фото.'],
    ['uk', 'Постріл у фільмі лунає у фіналі.'],
    ['uk', 'Актор грає підстреленого героя в кіно.'],
    ['tr', 'Vurularak öldürülen Ali aile fotoğrafında gülümsüyor.'],
    ['tr', "Messi'nin şutu direğe çarptı."],
    ['tr', 'Filmin son sahnesinde kurşunla yaralanan kahraman yerde yatıyor.'],
    ['ar', 'طفلان، اللذان قتلا برصاص قناص، يبتسمان في صورة عائلية.'],
    ['ar', 'تسديدة ميسي تصطدم بالقائم.'],
    ['ar', 'الممثل السينمائي يؤدي دور رجل أصيب برصاص قناص.'],
  ])('not by default: %s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
