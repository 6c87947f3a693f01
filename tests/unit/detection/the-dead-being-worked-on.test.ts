import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../utils/detection/find-terms';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// Round 127: the dead being worked on. A caption names the dead shown by the work done on them:
// the victims as the object of a verb of examining ("Experten inspizieren die Mordopfer",
// "experts examine the victims", "des experts examinent les victimes", "эксперты осматривают
// жертв"), the remains as the subject of its passive ("Die Überreste werden verpackt", "the remains
// are packed", "les restes sont emballés"). Alone, "victims" and "remains" are a topic or a ruin;
// examined, they are the bodies in the picture: one `[injury dead-bodies]` hit, covered from
// balanced. A thing examined after the victims, or a genitive naming whose remains, is no body.
// Sentences written for these tests, on a page that says nothing violent.

const WORKED_ON: [string, string][] = [
  ['de', 'Experten des Roten Kreuzes inspizieren die Mordopfer.'],
  ['de', 'Ein Gerichtsmediziner untersucht die Opfer.'],
  ['de', 'Die Überreste werden für den Transport verpackt.'],
  ['de', 'Die Opfer wurden im Krankenhaus obduziert.'],
  ['en', 'Forensic experts examine the victims of the massacre.'],
  ['en', 'The remains are packed for transport.'],
  ['fr', 'Un expert examine les victimes.'],
  ['fr', 'Les restes sont emballés pour le transport.'],
  ['es', 'Expertos forenses examinan a las víctimas de la masacre.'],
  ['es', 'Los restos son embalados para su traslado.'],
  ['ru', 'Эксперты осматривают жертв.'],
  ['uk', 'Експерт оглядає жертв.'],
  ['ar', 'خبراء الطب الشرعي يفحصون الضحايا.'],
];

const NO_BODY: [string, string][] = [
  ['de', 'Die Mutter, deren Sohn als Mordopfer identifiziert wurde, bei einer Pressekonferenz.'],
  ['de', 'Ein Foto der Mordopfer vor dem Krieg.'],
  ['de', 'Die Überreste des Flugzeugs werden untersucht.'],
  ['de', 'Polizisten untersuchen das Auto der Opfer.'],
  ['de', 'Die Staatsanwaltschaft untersucht, wer die Opfer waren.'],
  ['de', 'Angehörige der Opfer untersuchen die Liste.'],
  ['en', "Police examine the victims' car."],
  ['en', 'Relatives hold portraits of the murder victims.'],
  ['en', "A man walks past a mural. His brother was killed in Monday's explosions."],
  ['fr', 'Les proches des victimes examinent les listes.'],
  ['fr', 'Les restes du repas sont emballés.'],
  ['es', 'Los investigadores examinan el coche de las víctimas.'],
  ['ru', 'Следователи осматривают машину жертв.'],
  ['uk', 'Слідчі оглядають автомобіль жертв.'],
  ['ar', 'خبراء يفحصون سيارة الضحايا.'],
];

describe('the victims examined, or the remains packed, are the dead shown at balanced', () => {
  it.each(WORKED_ON)('%s: %s', (lang, caption) => {
    expect(captionCoverAt(caption, lang)).toBe('balanced');
  });

  it('reads the verb and the victims as one dead-bodies hit spanning them', () => {
    const text = 'Experten des Roten Kreuzes inspizieren die Mordopfer von Katyn.';
    const hits = findTerms(text, selectLexicons(text, 'de'));
    expect(hits.map((h) => [h.kind, h.category, h.text])).toContainEqual(['injury', 'dead-bodies', 'inspizieren die Mordopfer']);
  });
});

describe('a thing examined, whose remains a genitive names, or the victims as background, is no body shown', () => {
  it.each(NO_BODY)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});
