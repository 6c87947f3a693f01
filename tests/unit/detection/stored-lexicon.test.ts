import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import { compileLexicon, type CompiledLexicon } from '../../../utils/detection/compile-lexicon';
import type { ImageTextContext, PageTextContext, Verdict } from '../../../utils/detection/detection-types';
import { clearLexiconLibrary, LEXICON_LANGUAGES, registerLexicon } from '../../../utils/detection/lexicon-library';
import { findCaptionWords, findPictureWords, findTerms } from '../../../utils/detection/find-terms';
import { PICTURE_WORD_KINDS } from '../../../utils/detection/lexicon-sections';
import { lexiconData } from '../../../utils/detection/lexicons/all-lexicons';
import { measureArticleViolence } from '../../../utils/detection/measure-article-violence';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { fromStoredLexicon, STORED_LEXICON_FORMAT, toStoredLexicon } from '../../../utils/detection/stored-lexicon';

const CORPUS = join(import.meta.dirname, '../../corpus');

interface CorpusFile {
  lang: string;
  pages: Record<string, { title?: string; description?: string; text?: string; lang?: string }>;
  cases: { id: string; page: string; image: Omit<ImageTextContext, 'placement'> & { placement?: ImageTextContext['placement'] } }[];
}
const corpora: CorpusFile[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as CorpusFile);

/** Every corpus case classified with whatever lexicons are registered now (as scripts/eval.mjs does). */
function classifyCorpus(): { pages: PageTextContext[]; verdicts: Verdict[] } {
  const pages: PageTextContext[] = [];
  const verdicts: Verdict[] = [];
  for (const corpus of corpora) {
    const byKey: Record<string, PageTextContext> = {};
    for (const [key, p] of Object.entries(corpus.pages)) {
      const lang = p.lang ?? corpus.lang;
      byKey[key] = { title: p.title, description: p.description, lang, ...measureArticleViolence(p.text ?? '', lang) };
      pages.push(byKey[key]);
    }
    for (const c of corpus.cases) verdicts.push(classifyImageContext({ placement: 'article-body', ...c.image }, byKey[c.page]!));
  }
  return { pages, verdicts };
}

const roundTrip = (lex: CompiledLexicon) => fromStoredLexicon(JSON.stringify(toStoredLexicon(lex)));
const withoutStem = ({ stem: _stem, ...rest }: CompiledLexicon) => rest;

afterAll(() => {
  clearLexiconLibrary();
  registerBundledLexicons();
});

describe('stored lexicon round trip', () => {
  it('gives the same verdict for every case of the corpus as freshly compiled lexicons', () => {
    clearLexiconLibrary();
    const fresh = LEXICON_LANGUAGES.map((lang) => compileLexicon(lexiconData(lang)!));
    fresh.forEach(registerLexicon);
    const expected = classifyCorpus();

    clearLexiconLibrary();
    const stored = fresh.map((lex) => roundTrip(lex)!);
    stored.forEach(registerLexicon);
    // Detection really reads the rebuilt lexicons now.
    expect(selectLexicons('bodies', 'en')[0]).toBe(stored[0]);
    const actual = classifyCorpus();

    // The comparison means something only if the corpus covers pictures at all.
    expect(expected.verdicts.filter((v) => v.coverAt !== null).length).toBeGreaterThan(200);
    expect(actual.pages).toEqual(expected.pages);
    expect(actual.verdicts).toEqual(expected.verdicts);
  });

  it.each(LEXICON_LANGUAGES)('rebuilds %s entry for entry, bucket for bucket, with the same stemmer', (lang) => {
    const compiled = compileLexicon(lexiconData(lang)!);
    const rebuilt = roundTrip(compiled);
    expect(rebuilt).not.toBeNull();
    expect(withoutStem(rebuilt!)).toEqual(withoutStem(compiled));
    const words = corpora.flatMap((c) => Object.values(c.pages).flatMap((p) => (p.text ?? '').toLowerCase().split(/[^\p{L}]+/u)));
    expect(words.length).toBeGreaterThan(1000);
    expect(words.map(rebuilt!.stem)).toEqual(words.map(compiled.stem));
  });

  it('makes the stored form from the data as well as from a compiled lexicon', () => {
    expect(toStoredLexicon(lexiconData('de')!)).toEqual(toStoredLexicon(compileLexicon(lexiconData('de')!)));
  });

  it('is plain JSON that carries its format number', () => {
    const stored = toStoredLexicon(lexiconData('ar')!);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
    expect(stored.format).toBe(STORED_LEXICON_FORMAT);
    expect(stored.lang).toBe('ar');
  });

  it("keeps which things follow their adjectives' language (Spanish, not English)", () => {
    const things = (lang: string) => toStoredLexicon(lexiconData(lang)!).entries.filter((e) => e.kind === 'notHuman');
    expect(things('es').length).toBeGreaterThan(0);
    expect(things('es').every((e) => e.adjectivesAfter === true)).toBe(true);
    expect(things('en').some((e) => e.adjectivesAfter)).toBe(false);
  });

  it('keeps the picture named with what it shows (`[picture-of]`, format 8) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      expect(stored.entries.some((e) => e.kind === 'pictureOf')).toBe(true);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))).not.toBeNull();
    }
  });

  it('keeps a restrained person and the act done to them (`[restrained]`, `[harm-done]`, format 9) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      expect(stored.entries.some((e) => e.kind === 'restrained')).toBe(true);
      expect(stored.entries.some((e) => e.kind === 'harmDone')).toBe(true);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))).not.toBeNull();
    }
  });

  it('keeps the places the dead lie in (`[burial-place]`, format 10) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      expect(stored.entries.some((e) => e.kind === 'borderline' && e.burialPlace === true)).toBe(true);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.some((e) => e.burialPlace)).toBe(true);
    }
  });

  it('keeps the words about the picture itself, read apart (`[points-at-picture]` … `[photograph]`, format 11 and on) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      for (const kind of ['pointsAtPicture', 'photographed', 'above', 'aboutPicture', 'photograph'] as const) {
        expect(stored.entries.some((e) => e.kind === kind), `${lang} ${kind}`).toBe(true);
      }
      const rebuilt = fromStoredLexicon(JSON.parse(JSON.stringify(stored)));
      expect(rebuilt?.entries.filter((e) => PICTURE_WORD_KINDS.has(e.kind)).length).toBe(stored.entries.filter((e) => PICTURE_WORD_KINDS.has(e.kind)).length);
    }
    const en = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('en')!)))!;
    expect(findPictureWords('Residents photographed this photo.', [en]).map((h) => h.kind).sort()).toEqual(['aboutPicture', 'aboutPicture', 'photograph', 'photograph', 'photographed', 'pointsAtPicture']);
  });

  it('keeps the possessive relative pronouns (`[possessive-relatives]`, format 12) in de en es fr', () => {
    for (const lang of ['de', 'en', 'es', 'fr']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      expect(stored.entries.some((e) => e.kind === 'relative' && e.possessive === true)).toBe(true);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.some((e) => e.possessive)).toBe(true);
    }
  });

  it('keeps the possessive determiners, read apart (`[possessive-determiners]`, format 13) in de en es fr ru uk', () => {
    for (const lang of ['de', 'en', 'es', 'fr', 'ru', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      expect(stored.entries.some((e) => e.kind === 'possessiveDeterminer'), lang).toBe(true);
      const rebuilt = fromStoredLexicon(JSON.parse(JSON.stringify(stored)));
      expect(rebuilt?.entries.filter((e) => e.kind === 'possessiveDeterminer').length).toBe(stored.entries.filter((e) => e.kind === 'possessiveDeterminer').length);
    }
    const en = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('en')!)))!;
    expect(findPictureWords('A woman, who saw her husband wounded, sits.', [en]).filter((h) => h.kind === 'possessiveDeterminer').map((h) => h.text)).toEqual(['her']);
  });

  it('keeps the numerals, agent prepositions and plural auxiliaries, read apart (format 14), each hit with its language', () => {
    const kinds = { numeral: ['ru', 'uk'], agentPreposition: ['de', 'en', 'es', 'fr'], pluralAuxiliary: ['de', 'en'] } as const;
    for (const [kind, langs] of Object.entries(kinds)) {
      for (const lang of langs) {
        const stored = toStoredLexicon(lexiconData(lang)!);
        const count = stored.entries.filter((e) => e.kind === kind).length;
        expect(count, `${lang} ${kind}`).toBeGreaterThan(0);
        expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === kind).length).toBe(count);
      }
    }
    const uk = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('uk')!)))!;
    expect(findCaptionWords("П'ятеро дітей", [uk]).map((h) => [h.kind, h.text, h.lang])).toEqual([['numeral', "П'ятеро", 'uk']]);
  });

  it('keeps the parts of the body, read apart (`[body-parts]`, format 15) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'bodyPart').length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'bodyPart').length).toBe(count);
    }
    const es = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('es')!)))!;
    expect(findCaptionWords('un hombre herido en la cabeza', [es]).filter((h) => h.kind === 'bodyPart').map((h) => [h.kind, h.text, h.lang])).toEqual([['bodyPart', 'cabeza', 'es']]);
  });

  it('keeps the word for "below", read apart (`[below]`, format 16) in every language', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'below').length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'below').length).toBe(count);
    }
    const fr = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('fr')!)))!;
    expect(findPictureWords("Ci-dessous, l'église Sainte-Marie", [fr]).filter((h) => h.kind === 'below').map((h) => [h.kind, h.text])).toEqual([['below', 'Ci-dessous']]);
  });

  it('keeps a cloth laid over someone (`[covering]`, format 17) in every language, and reads it as a body only beside the dead', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'covering').length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'covering').length).toBe(count);
    }
    const ru = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('ru')!)))!;
    expect(findTerms('Жертва стрельбы, накрытая одеялом', [ru]).map((h) => [h.kind, h.category, h.text])).toEqual([['injury', 'dead-bodies', 'Жертва стрельбы, накрытая одеялом']]);
  });

  it('keeps the articles before a verb\'s object (`[object-articles]`, format 18) in de en es fr, read apart', () => {
    for (const lang of ['de', 'en', 'es', 'fr']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'article').length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'article').length).toBe(count);
    }
    const en = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('en')!)))!;
    expect(findTerms('killed and ate a rabbit', [en]).some((h) => h.kind === 'article')).toBe(false);
    expect(findCaptionWords('killed and ate a rabbit', [en]).filter((h) => h.kind === 'article').map((h) => h.text)).toEqual(['and ate a']);
    expect(STORED_LEXICON_FORMAT).toBeGreaterThanOrEqual(18);
  });

  it('keeps what a place was used for (`[used-for]`, its `use` flag, format 19) in every language but Turkish', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'relative' && e.use).length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'relative' && e.use).length).toBe(count);
    }
    const en = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('en')!)))!;
    expect(findTerms('rooms used for torture', [en]).some((h) => h.kind === 'relative' && h.use)).toBe(true);
    expect(STORED_LEXICON_FORMAT).toBeGreaterThanOrEqual(19);
  });

  it('keeps the person shown named again and a time before the picture (`[shown-again]`, `[time-before]`, format 20) in de en es fr', () => {
    for (const lang of ['de', 'en', 'es', 'fr']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      for (const kind of ['shownAgain', 'timeBefore']) {
        const count = stored.entries.filter((e) => e.kind === kind).length;
        expect(count, `${lang} ${kind}`).toBeGreaterThan(0);
        expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === kind).length).toBe(count);
      }
    }
    const fr = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('fr')!)))!;
    expect(findTerms('L’homme a reçu une balle la semaine dernière', [fr]).some((h) => h.kind === 'shownAgain' || h.kind === 'timeBefore')).toBe(false);
    expect(findCaptionWords('L’homme a reçu une balle la semaine dernière', [fr]).filter((h) => h.kind === 'shownAgain' || h.kind === 'timeBefore').map((h) => [h.kind, h.text])).toEqual([['shownAgain', 'L’homme'], ['timeBefore', 'la semaine dernière']]);
    expect(STORED_LEXICON_FORMAT).toBeGreaterThanOrEqual(20);
  });

  it('keeps the verbs of belonging and their `belongs` flag (`[belonging]`, format 21) in ar en es fr ru uk', () => {
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'join' && e.belongs).length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'join' && e.belongs).length).toBe(count);
    }
    const ru = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('ru')!)))!;
    expect(findTerms('Кости, принадлежащие мамонту', [ru]).some((h) => h.kind === 'join' && h.belongs)).toBe(true);
    expect(STORED_LEXICON_FORMAT).toBeGreaterThanOrEqual(21);
  });

  it('keeps the words of containing (`[containing]`, format 22) in every language, read apart', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const count = stored.entries.filter((e) => e.kind === 'containing').length;
      expect(count, lang).toBeGreaterThan(0);
      expect(fromStoredLexicon(JSON.parse(JSON.stringify(stored)))?.entries.filter((e) => e.kind === 'containing').length).toBe(count);
    }
    const en = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('en')!)))!;
    expect(findTerms('A car with dead passengers inside', [en]).some((h) => h.kind === 'containing')).toBe(false);
    expect(findCaptionWords('A car with dead passengers inside', [en]).filter((h) => h.kind === 'containing').map((h) => h.text)).toEqual(['with']);
    expect(STORED_LEXICON_FORMAT).toBeGreaterThanOrEqual(22);
  });

  it('keeps the bones and the places that tell whose they are (`[bones]`, `[remains-places]`, `[animal-places]`, format 23)', () => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'ru', 'tr', 'uk']) {
      const stored = toStoredLexicon(lexiconData(lang)!);
      const places = stored.entries.filter((e) => e.kind === 'bonePlace');
      expect(places.some((e) => e.category === 'remains'), lang).toBe(true);
      expect(places.some((e) => e.category === null), lang).toBe(true);
      const back = fromStoredLexicon(JSON.parse(JSON.stringify(stored)))!;
      expect(back.entries.filter((e) => e.kind === 'bonePlace' || e.kind === 'bones').length).toBe(stored.entries.filter((e) => e.kind === 'bonePlace' || e.kind === 'bones').length);
    }
    const de = fromStoredLexicon(JSON.stringify(toStoredLexicon(lexiconData('de')!)))!;
    expect(findTerms('Knochen in der Gruft, nicht im Naturkundemuseum', [de]).filter((h) => h.kind === 'bones' || h.kind === 'bonePlace').map((h) => [h.kind, h.category, h.text])).toEqual([
      ['bones', 'remains', 'Knochen'],
      ['bonePlace', 'remains', 'Gruft'],
      ['bonePlace', null, 'Naturkundemuseum'],
    ]);
    expect(STORED_LEXICON_FORMAT).toBe(23);
  });

  it('takes the parsed object as well as the JSON text', () => {
    const stored = toStoredLexicon(lexiconData('fr')!);
    expect(fromStoredLexicon(stored)?.entries.length).toBe(stored.entries.length);
  });
});

describe('fromStoredLexicon on values it must refuse', () => {
  const good = () => JSON.parse(JSON.stringify(toStoredLexicon(lexiconData('en')!))) as Record<string, unknown> & { entries: unknown[] };
  const spoilt = (change: (v: ReturnType<typeof good>) => void) => {
    const value = good();
    change(value);
    return value;
  };

  it('accepts the untouched value (so the refusals below are about the change)', () => {
    expect(fromStoredLexicon(good())).not.toBeNull();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['text that is not JSON', 'lexicon'],
    ['an empty object', {}],
  ])('returns null for %s', (_name, value) => {
    expect(fromStoredLexicon(value)).toBeNull();
  });

  it('returns null for truncated JSON text', () => {
    const text = JSON.stringify(good());
    for (const cut of [1, 100, text.length >> 1, text.length - 1]) expect(fromStoredLexicon(text.slice(0, cut))).toBeNull();
  });

  it('returns null for a value written in another format', () => {
    expect(fromStoredLexicon(spoilt((v) => (v.format = STORED_LEXICON_FORMAT - 1)))).toBeNull();
    expect(fromStoredLexicon(spoilt((v) => (v.format = STORED_LEXICON_FORMAT + 1)))).toBeNull();
    expect(fromStoredLexicon(spoilt((v) => delete v.format))).toBeNull();
  });

  it.each<[string, (v: ReturnType<typeof good>) => void]>([
    ['no entries', (v) => (v.entries = [])],
    ['entries cut off as an object', (v) => (v.entries = { 0: v.entries[0] } as never)],
    ['an unknown inflection', (v) => (v.inflection = 'infix')],
    ['endings that are not strings', (v) => (v.endings = [1, 2])],
    ['a negative minStem', (v) => (v.minStem = -1)],
    ['no language', (v) => (v.lang = '')],
    ['an entry that is an array', (v) => (v.entries[3] = ['graphic', 'torture', [['2tortur']]])],
    ['an unknown kind', (v) => ((v.entries[0] as { kind: string }).kind = 'gory')],
    ['an unknown category', (v) => ((v.entries[0] as { category: string }).category = 'gore')],
    ['explicit that is not true', (v) => ((v.entries[0] as { explicit: unknown }).explicit = 'yes')],
    ['adjectivesAfter that is not true', (v) => ((v.entries[0] as { adjectivesAfter: unknown }).adjectivesAfter = 1)],
    ['burialPlace that is not true', (v) => ((v.entries[0] as { burialPlace: unknown }).burialPlace = 'yes')],
    ['no slots', (v) => ((v.entries[5] as { slots: unknown }).slots = [])],
    ['an empty slot', (v) => ((v.entries[5] as { slots: unknown[][] }).slots.push([]))],
    ['a later slot that is not a list', (v) => ((v.entries[5] as { slots: unknown[] }).slots.push('body'))],
    ['a key of unknown type', (v) => ((v.entries[7] as { slots: { type: number }[][] }).slots[0]![0]!.type = 9)],
    ['a key of fractional type', (v) => ((v.entries[7] as { slots: { type: number }[][] }).slots[0]![0]!.type = 1.5)],
    ['a key without text', (v) => delete (v.entries[7] as { slots: { text?: string }[][] }).slots[0]![0]!.text],
  ])('returns null for %s', (_name, change) => {
    expect(fromStoredLexicon(spoilt(change))).toBeNull();
  });
});
