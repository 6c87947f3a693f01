import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt, neutralPage } from './test-pages';

// Round 98: harm done to a restrained person, written without its noun. A person held still
// (`[restrained]`: bound, handcuffed, blindfolded, "maniatados", "со связанными руками", "مقيدا")
// and a violent act done to a person (`[harm-done]`: punches, kicked, hangs, "golpea", "бьет",
// "معلق") in one sentence, at most ten words apart, are torture or abuse shown: one `[injury
// torture]` hit, covered from balanced. Either alone is no harm: an arrest, a suspect in court,
// a match lost. Sentences written for these tests, on a page that says nothing violent.

describe('a restrained person on whom a violent act is done is covered at balanced', () => {
  it.each([
    ['en', 'A guard punches one of several bound prisoners lying on the floor.'],
    ['en', 'A handcuffed man is kicked by soldiers at a checkpoint.'],
    ['en', 'A blindfolded detainee hangs from a rope in a prison yard.'],
    ['es', 'Un guardia golpea en la cara a uno de los hombres maniatados que están en el suelo.'],
    ['fr', 'Un soldat gifle un prisonnier menotté.'],
    ['de', 'Ein Wärter schlägt einem gefesselten Gefangenen ins Gesicht.'],
    ['de', 'Ein Mann mit verbundenen Augen wird von Soldaten getreten.'],
    ['ru', 'Охранник бьет заключенного со связанными руками.'],
    ['ru', 'Человека в наручниках пинают солдаты.'],
    ['uk', "Охоронець б'є в'язня зі зв'язаними руками."],
    ['uk', "Чоловіка в кайданках б'ють солдати."],
    ['tr', 'Gözleri bağlı bir adam askerler tarafından tekmeleniyor.'],
    ['ar', 'رجل مكبل اليدين يركله جنود عند حاجز.'],
    ['ar', 'أسير مقيد فاغر الفم، وهو معلق في حبل.'],
  ])('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it('reads the two words as one torture hit spanning them', () => {
    const text = 'A guard punches one of several bound prisoners.';
    const hits = findTerms(text, selectLexicons(text, 'en'));
    expect(hits.map((h) => [h.kind, h.category, h.text])).toContainEqual(['injury', 'torture', 'punches one of several bound prisoners']);
    expect(hits.some((h) => h.kind === 'restrained' || h.kind === 'harmDone')).toBe(false);
  });

  it.each([
    ['ar', 'وتظهر إحدى الصور أسيرا عراقيا مقيدا فاغر الفم، وهو معلق في حبل يتدلى من شوكة رافعة جرار.'],
    ['en', 'One of the photos shows a guard punching a bound prisoner on the floor.'],
  ])('%s: the paragraph beside an uncaptioned picture that points at it: %s', (lang, after) => {
    expect(classifyImageContext({ after, placement: 'article-body' }, neutralPage(lang)).coverAt).toBe('balanced');
  });
});

describe('a restrained person alone, an act alone, or the two apart, keep their level (guards)', () => {
  it.each([
    // An arrest, a suspect in court.
    ['en', 'A handcuffed suspect is led into court in Madrid.'],
    ['en', 'Police detain a handcuffed protester after clashes in the capital.'],
    ['en', 'Handcuffed and blindfolded, the detainees wait in the yard.'],
    ['en', 'A hooded prisoner of war comforts his son behind barbed wire.'],
    ['es', 'Un detenido esposado llega a los juzgados de Madrid.'],
    ['fr', 'Un suspect menotté arrive au tribunal de Lyon.'],
    ['de', 'Ein gefesselter Verdächtiger wird in den Gerichtssaal geführt.'],
    ['ru', 'Подозреваемого в наручниках доставили в суд.'],
    ['uk', 'Підозрюваного в кайданках доставили до суду.'],
    ['tr', 'Kelepçeli şüpheli adliyeye getirildi.'],
    ['tr', 'Elleri bağlı şüpheli adliyeye sevk edildi.'],
    ['ar', 'وصول متهم مكبل اليدين الى المحكمة.'],
    // An act alone: a match lost, a storm, an earthquake.
    ['en', 'Arsenal were beaten 2-0 at home by Chelsea.'],
    ['es', 'La tormenta golpea la costa norte del país.'],
    ['fr', 'La tempête a frappé la côte atlantique.'],
    ['de', 'Bayern wurde in München geschlagen.'],
    ['ru', 'Люди, связанные с терактом, бьют тревогу.'],
    ['ar', 'زلزال يضرب الساحل الشمالي.'],
    // An arrest told with dragging: no act listed.
    ['en', 'Police drag a handcuffed protester to a van.'],
    ['es', 'La policía arrastra a un manifestante esposado hasta la furgoneta.'],
    ['ru', 'Полиция тащит задержанного в наручниках к автозаку.'],
    ['de', 'Ein gefesselter Demonstrant wird von Polizisten zum Wagen gezerrt.'],
    ['tr', 'Elleri kelepçeli bir eylemci polis tarafından araca sürükleniyor.'],
    // The two in different sentences, or far apart.
    ['en', 'A handcuffed suspect arrives at court. Outside, fans kicked a police car.'],
    ['en', 'A handcuffed suspect arrives at court in the northern city of Leeds on Monday morning, weeks after fans were beaten.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('an act the restrained person is accused of, or one of their own, is no harm done to them', () => {
  it.each([
    ['en', 'A handcuffed man accused of beating his wife appears in court.'],
    ['en', 'A handcuffed suspect, hanging his head, is led into court.'],
    ['en', 'A handcuffed fan is kicked out of the stadium before kick-off.'],
    ['es', 'El vídeo colgado en redes muestra a un hombre esposado.'],
  ])('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
