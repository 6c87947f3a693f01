import { afterEach, describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { findPictureWords, findTerms } from '../../../utils/detection/find-terms';
import { LEXICON_LANGUAGES, registerLexicon } from '../../../utils/detection/lexicon-library';
import { lexiconData } from '../../../utils/detection/lexicons/all-lexicons';
import { byDefault, captionCoverAt } from './test-pages';

// The closed word classes a caption's grammar is read by are lexicon sections, read apart as the
// picture words are (findPictureWords), so a translator edits them one word a line: each case
// below is read by its language's section, and reads otherwise once that section is emptied, so
// a word removed from a file is a word detection no longer knows, and none is left in the code
// (caption-sentences.ts).

/** Register `lang`'s lexicon with `section` emptied in place of the bundled one (until the test ends). */
function withoutSection(lang: string, section: string): void {
  const data = lexiconData(lang)!;
  registerLexicon(compileLexicon({ ...data, sections: { ...data.sections, [section]: [] } }));
}

afterEach(() => {
  for (const lang of LEXICON_LANGUAGES) registerLexicon(bundledLexicon(lang)!);
});

describe('[possessive-determiners]: a clause on the person shown whose harm is someone of theirs', () => {
  const cases: [string, string][] = [
    ['en', 'A woman, who saw her husband wounded, cries at the hospital.'],
    ['de', 'Eine Frau, die ihren Mann verwundet sah, weint im Krankenhaus.'],
    ['fr', "Une femme, qui a vu son mari blessé, pleure à l'hôpital."],
    ['es', 'Una mujer, que vio a su marido herido, llora en el hospital.'],
    ['ru', 'Женщина, которая видела своего мужа раненым, плачет в больнице.'],
    ['uk', 'Жінка, яка бачила свого чоловіка пораненим, сидить у лікарні.'],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
    withoutSection(lang, 'possessive-determiners');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
  });

  it('is read apart: "lost her leg" stays a term, and holds the possessive', () => {
    const en = [bundledLexicon('en')!];
    const text = 'A woman who lost her leg sits in her bed.';
    expect(findTerms(text, en).some((h) => h.kind === 'possessiveDeterminer')).toBe(false);
    expect(findPictureWords(text, en).filter((h) => h.kind === 'possessiveDeterminer').map((h) => [h.at, h.text])).toEqual([[17, 'her'], [33, 'her']]);
  });
});
