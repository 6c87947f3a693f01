import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// A morgue or the gallows named alone is where the dead lie or where an execution was done, as a
// mass grave is, and a pool of blood with no one in it is where someone was hurt: the picture may
// show no one, so it is covered from balanced, not at minimal. The dead or wounded named in it (a
// body in the morgue, a man hanging from the gallows, a man lying in the blood) are shown: minimal.
// Round 176: the gallows named alone is no longer covered by its own words (a topic word, like the
// execution site); the condemned led to it is balanced: the-condemned-at-the-gallows.test.ts.

const placeAlone: [string, string][] = [
  ['en', 'The morgue consists of two floors and a basement.'],
  ['de', 'Die Leichenhalle des Krankenhauses von Cherson.'],
  ['fr', "La morgue de l'hôpital de Kherson."],
  ['es', 'El depósito de cadáveres del hospital de Jersón.'],
  ['ru', 'Морг городской больницы Херсона.'],
  ['uk', 'Морг міської лікарні Херсона.'],
  ['tr', 'Herson şehir hastanesinin morgu.'],
  ['ar', 'مشرحة مستشفى خيرسون'],
  ['en', 'A gun is left in a pool of blood at the scene of the shooting.'],
  ['de', 'Eine Blutlache auf dem Gehweg vor der Bar.'],
  ['es', 'Un charco de sangre en la acera frente al bar.'],
  ['fr', 'Une mare de sang sur le trottoir devant le bar.'],
  ['ru', 'Лужа крови на тротуаре у бара.'],
  ['uk', 'Калюжа крові на тротуарі біля бару.'],
  ['tr', 'Barın önündeki kaldırımda kan gölü.'],
  ['ar', 'بركة دماء على الرصيف أمام المقهى'],
];

const deadShown: [string, string][] = [
  ['en', 'The body of the boy in the morgue before his funeral.'],
  ['fr', 'Le corps du garçon à la morgue avant ses funérailles.'],
  ['es', 'El cuerpo del niño en la morgue antes del funeral.'],
  ['uk', 'Тіла загиблих у морзі перед похороном.'],
  ['en', 'A man hangs from the gallows in the main square.'],
  ['de', 'Zwei Männer hängen am Galgen.'],
  ['es', 'Un hombre colgado de la horca.'],
  ['ru', 'Повешенный на виселице мужчина.'],
  ['tr', 'Darağacında asılı duran iki adam.'],
  ['ar', 'رجلان معلقان على المشنقة'],
  ['en', 'A wounded man lying in a pool of his own blood.'],
  ['de', 'Ein Mann liegt in einer Blutlache auf der Straße.'],
  ['es', 'Un hombre tendido en un charco de sangre en la calle.'],
  ['fr', 'Un homme gît dans une mare de sang.'],
  ['ru', 'Мужчина лежит в луже крови на улице.'],
  ['uk', 'Чоловік лежить у калюжі крові на вулиці.'],
  ['tr', 'Sokakta kan gölü içinde yatan bir adam.'],
  ['ar', 'رجل ملقى في بركة من الدماء في الشارع'],
];

describe('a place or instrument of death, or blood, with no one named in it', () => {
  it.each(placeAlone)('%s: "%s" is covered from balanced, not at minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it.each(deadShown)('%s: "%s" names the dead in it: minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});
