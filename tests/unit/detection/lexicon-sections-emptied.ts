import { afterEach } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { compileLexicon } from '../../../utils/detection/compile-lexicon';
import { LEXICON_LANGUAGES, registerLexicon } from '../../../utils/detection/lexicon-library';
import { lexiconData } from '../../../utils/detection/lexicons/all-lexicons';

// Tests that a rule's words come from a lexicon section: empty the section, and the verdict the
// words gave must go.

/** Register `lang`'s lexicon with `sections` emptied in place of the bundled one (until the test ends). */
export function withoutSection(lang: string, ...sections: string[]): void {
  const data = lexiconData(lang)!;
  registerLexicon(compileLexicon({ ...data, sections: { ...data.sections, ...Object.fromEntries(sections.map((s) => [s, []])) } }));
}

/** Put every bundled lexicon back after each test of the file that calls it. */
export function restoreLexiconsAfterEach(): void {
  afterEach(() => {
    for (const lang of LEXICON_LANGUAGES) registerLexicon(bundledLexicon(lang)!);
  });
}
