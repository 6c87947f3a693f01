import { describe, expect, it } from 'vitest';
import { besideCoveredByDefault, captionCoverAt, coveredByDefault } from './test-pages';

// Round 109: vocabulary the newest real captions use and no entry reached. A gunshot wound named
// by where it hit ("un balazo en el brazo", "une balle dans la jambe", "ein Schuss in den Bauch"),
// a body said to lie dead ("yace muerto", "ölü yatıyor", "يرقد ميتا"), the person just named said
// dead by a pronoun in the present ("Ein Kind liegt am Strand. Es ist tot."), burns on the skin
// and burning clothes on a person (graphic, covered by default), and starvation shown (the corpus's
// rule B3: borderline, covered at strict only). Traps: the idioms that hold the same words.

const covered = (caption: string, lang: string) => coveredByDefault(caption, lang);

describe('a gunshot wound named by where it hit is the wounded seen', () => {
  it.each([
    ['en', 'A boy with a bullet lodged in his leg waits at the clinic.'],
    ['en', 'A soldier shot through the chest is carried to a medic.'],
    ['es', 'Un hombre con un balazo en el brazo espera en el hospital.'],
    ['es', 'Un soldado con un disparo en la pierna derecha llega al hospital.'],
    ['fr', 'Un homme avec une balle dans la jambe attend à l’hôpital.'],
    ['fr', 'Un manifestant touché d’une balle au ventre est soigné.'],
    ['de', 'Ein Mann mit einem Schuss in den Bauch wird behandelt.'],
    ['ru', 'Мужчина с пулей в ноге ждёт в больнице.'],
    ['uk', 'Чоловік з кулею в нозі чекає в лікарні.'],
    ['tr', 'Karnına kurşun isabet eden bir asker çadırda yatıyor.'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });
});

describe('a body said to lie dead, and the person just named said dead by a pronoun, is shown', () => {
  it.each([
    ['es', 'Un hombre con una mascarilla yace muerto en una calle.'],
    ['tr', 'Maskeli bir adam sokakta ölü yatıyor.'],
    ['ar', 'رجل يرقد ميتا في أحد الشوارع.'],
    ['de', 'Ein Kind liegt am Strand. Es ist tot.'],
    ['en', 'A child lies on the beach. He is dead.'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });

  it.each([
    ['fr', 'Un homme gît mort dans une rue.'],
    ['es', 'Un hombre yace muerto en una calle.'],
  ])('%s, lying dead is a body from minimal: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});

describe('burns on the skin and burning clothes on a person are an injury shown', () => {
  it.each([
    ['en', 'The pattern of her kimono was burned into her skin.'],
    ['es', 'Una mujer con el dibujo del kimono quemado en la piel.'],
    ['fr', 'Le motif de son kimono s’est imprimé dans sa peau brûlée.'],
    ['de', 'Das Muster ihres Kimonos hat sich in ihre Haut eingebrannt.'],
    ['tr', 'Kimonosunun deseni derisine yanmış.'],
    ['ru', 'Узор кимоно выжжен на её коже.'],
    ['uk', 'Візерунок кімоно випалений на її шкірі.'],
    ['uk', 'Кім зриває палаючий одяг.'],
    ['ru', 'Ким срывает горящую одежду.'],
    ['de', 'Kim reißt sich die brennende Kleidung vom Leib.'],
    ['fr', 'Kim arrache ses vêtements en feu.'],
    ['es', 'Kim se arranca la ropa en llamas.'],
    ['tr', 'Kim yanan elbiselerini çıkarıyor.'],
    ['ar', 'كيم تمزق ملابسها المحترقة.'],
  ])('%s: %s', (lang, caption) => {
    expect(covered(caption, lang)).toBe(true);
  });
});

describe('starvation shown is borderline: covered at strict, not by default', () => {
  it.each([
    ['de', 'Ein halb verhungertes Kind in einem Lager.'],
    ['en', 'A half-starved child in a camp.'],
    ['en', 'An emaciated prisoner stands by the fence.'],
    ['es', 'Un niño famélico en un campo de refugiados.'],
    ['fr', 'Un enfant décharné dans un camp.'],
    ['ru', 'Истощённый ребёнок в лагере.'],
    ['uk', 'Дитина, виснажена від голоду, у таборі.'],
    ['tr', 'Bir kampta bir deri bir kemik kalmış bir çocuk.'],
    ['ar', 'طفل هزيل في مخيم.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('strict');
  });
});

describe('guards: the idioms and the news that hold the same words', () => {
  it.each([
    ['es', 'El ministro se pegó un tiro en el pie con la reforma.'],
    ['fr', 'Le projet a pris une balle dans le pied avec ce vote.'],
    ['de', 'Die Reform war ein Schuss ins Knie für die Regierung.'],
    ['de', 'Das Bild hat sich in mein Gedächtnis eingebrannt.'],
    ['en', 'He shot himself in the foot with that speech.'],
    ['en', 'The image was burned into my memory.'],
    ['en', 'The team is starving for attention after the defeat.'],
    ['en', 'The street is a dead end near the station.'],
    ['en', 'The deal is dead, the minister said.'],
    ['de', 'Der Präsident ist tot, meldet das Fernsehen.'],
    ['ru', 'Он пустил себе пулю в лоб, говорит критик о реформе.'],
    ['ru', 'Истощённые запасы зерна на складе.'],
    ['es', 'Aquí yace el poeta, dice la lápida.'],
    ['tr', 'Takım gol için açlık çekiyor.'],
    ['ar', 'نتائج هزيلة للفريق هذا الموسم.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang) ?? null).toBe(null);
  });

  it('a portrait beside a line about a wound is not that wound', () => {
    expect(besideCoveredByDefault('en', 'Portrait of the minister.', { after: 'The proposal took a bullet in the foot.' }, false)).toBe(false);
  });
});
