import { describe, expect, it } from 'vitest';
import { captionCoverAt } from './test-pages';

// A morgue or the gallows named alone is where the dead lie or where an execution was done, as a
// mass grave is: the picture may show no one, so it is covered from balanced, not at minimal. The
// dead named in it (a body in the morgue, a man hanging from the gallows) are shown: minimal.

const placeAlone: [string, string][] = [
  ['en', 'The morgue consists of two floors and a basement.'],
  ['en', 'General Eisenhower views the gallows at Ohrdruf.'],
  ['de', 'Die Leichenhalle des Krankenhauses von Cherson.'],
  ['de', 'Der Galgen im Stammlager Auschwitz.'],
  ['fr', "La morgue de l'hôpital de Kherson."],
  ['fr', 'La potence dressée sur la place du village.'],
  ['es', 'El depósito de cadáveres del hospital de Jersón.'],
  ['es', 'La horca en la plaza del pueblo.'],
  ['ru', 'Морг городской больницы Херсона.'],
  ['ru', 'Виселица на площади в центре города.'],
  ['uk', 'Морг міської лікарні Херсона.'],
  ['uk', 'Шибениця на площі в центрі міста.'],
  ['tr', 'Herson şehir hastanesinin morgu.'],
  ['tr', 'Meydandaki darağacı.'],
  ['ar', 'مشرحة مستشفى خيرسون'],
  ['ar', 'المشنقة في ساحة المدينة'],
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
];

describe('a place or instrument of death named alone', () => {
  it.each(placeAlone)('%s: "%s" is covered from balanced, not at minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it.each(deadShown)('%s: "%s" names the dead in it: minimal', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('minimal');
  });
});
