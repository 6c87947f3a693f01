import { describe, expect, it } from 'vitest';
import { bundledLexicon } from '../../../utils/detection/bundled-lexicons';
import { findCaptionWords, findPictureWords, findTerms } from '../../../utils/detection/find-terms';
import { byDefault, captionCoverAt } from './test-pages';
import { restoreLexiconsAfterEach, withoutSection } from './lexicon-sections-emptied';

// The closed word classes a caption's grammar is read by are lexicon sections, read apart as the
// picture words are (findPictureWords), so a translator edits them one word a line: each case
// below is read by its language's section, and reads otherwise once that section is emptied, so
// a word removed from a file is a word detection no longer knows, and none is left in the code
// (caption-sentences.ts).

restoreLexiconsAfterEach();

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

// Round 113's other word lists (caption-sentences.ts): each language's words come from its own
// lexicon, and its hits say which (the numerals of Russian and Ukrainian differ).
describe('[numerals]: a lead opening with a numeral or a quantifier is no genitive of two nouns', () => {
  const cases: [string, string][] = [
    ['ru', 'Несколько детей, которые были ранены при обстреле, лежат в больнице.'],
    ['ru', 'Четверо детей, которые были ранены при обстреле, лежат в больнице.'],
    ['uk', 'Четверо дітей, які були поранені під час обстрілу, лежать у лікарні.'],
    ['uk', "П'ятеро дітей, які були поранені під час обстрілу, лежать у лікарні."],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
    withoutSection(lang, 'numerals');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('says its language: "несколько" is Russian, not Ukrainian', () => {
    const both = [bundledLexicon('ru')!, bundledLexicon('uk')!];
    expect(findCaptionWords('Несколько детей', both).filter((h) => h.kind === 'numeral').map((h) => [h.text, h.lang])).toEqual([['Несколько', 'ru']]);
    expect(findPictureWords('Несколько детей', both).some((h) => h.kind === 'numeral')).toBe(false);
  });
});

describe('[agent-prepositions]: a shooter named as the agent of a wound is its cause, not a death', () => {
  const cases: [string, string][] = [
    ['en', 'A man, who was wounded by a sniper, lies in the street.'],
    ['fr', 'Un homme, qui a été blessé par un tireur, est allongé dans la rue.'],
    ['es', 'Un hombre que fue herido por un francotirador yace en la calle.'],
    ['de', 'Ein Mann, der von einem Scharfschützen angeschossen wurde, liegt auf der Straße.'],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
    withoutSection(lang, 'agent-prepositions');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });
});

describe('[plural-auxiliaries]: a plural clause has its plural verb after it', () => {
  const cases: [string, string][] = [
    ['en', 'Two women, who were injured by shrapnel, wait for treatment.'],
    ['de', 'Zwei Jungen, die bei dem Angriff verletzt wurden, liegen im Krankenhaus.'],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
    withoutSection(lang, 'plural-auxiliaries');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('is read apart, never a term: "are" and "were" stay the clause\'s own words', () => {
    const en = [bundledLexicon('en')!];
    const text = 'Two women, who were injured by shrapnel, wait.';
    expect(findTerms(text, en).some((h) => h.kind === 'pluralAuxiliary' || h.kind === 'agentPreposition')).toBe(false);
    expect(findCaptionWords(text, en).map((h) => [h.kind, h.text, h.lang])).toEqual([['pluralAuxiliary', 'were', 'en'], ['agentPreposition', 'by', 'en']]);
  });
});

describe('[locative-prepositions]: a clause followed by a place and no verb is the picture\'s present', () => {
  const cases: [string, string][] = [
    ['en', 'Ali, 6, who lost both legs in the strike, in his hospital bed.'],
    ['de', 'Ein Junge, der bei dem Angriff verletzt wurde, im Krankenhaus von Gaza.'],
    ['fr', "Une fillette, qui a été blessée par des éclats, à l'hôpital de Gaza."],
    ['es', 'Una mujer, que fue herida por la metralla, en el hospital de Gaza.'],
    ['ru', 'Женщина, которая была ранена осколками, в больнице Газы.'],
    ['uk', 'Жінка, яка була поранена уламками, у лікарні Гази.'],
    ['ar', 'الطفل علي، الذي فقد ساقيه في الغارة، في المستشفى.'],
  ];
  it.each(cases)('%s: %s', (lang, caption) => {
    expect(byDefault(captionCoverAt(caption, lang))).toBe(true);
    withoutSection(lang, 'locative-prepositions');
    expect(byDefault(captionCoverAt(caption, lang))).toBe(false);
  });

  it('reads a word as written: "à" is not the verb "a", "على" not the name "علي"', () => {
    const fr = [bundledLexicon('fr')!];
    const ar = [bundledLexicon('ar')!];
    const locatives = (text: string, lexicons: typeof fr) => findCaptionWords(text, lexicons).filter((h) => h.kind === 'locative').map((h) => h.text);
    expect(locatives("Un garçon, a survécu, À l'hôpital, à Gaza.", fr)).toEqual(['À', 'à']);
    expect(locatives('علي، على السرير، في المستشفى.', ar)).toEqual(['على', 'في']);
    expect(byDefault(captionCoverAt('Un garçon, qui a été blessé par des éclats, a survécu.', 'fr'))).toBe(false);
  });
});
