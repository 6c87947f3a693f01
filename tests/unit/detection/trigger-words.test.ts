import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRealCorpus } from '../../../scripts/lib/real-corpus';
import { bundledLexicon, registerBundledLexicons } from '../../../utils/detection/bundled-lexicons';
import { AFTER_CAP, NEARBY_CAP } from '../../../utils/detection/context-caps';
import { classifyImageContext, judgedOnOwnWords } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, ImagePlacement, PageTextContext } from '../../../utils/detection/detection-types';
import { clearLexiconLibrary, LEXICON_LANGUAGES } from '../../../utils/detection/lexicon-library';
import { measureArticleViolence } from '../../../utils/detection/measure-article-violence';
import { SENSITIVITIES } from '../../../utils/detection/detection-types';
import { plainLexicon, plainWord } from '../../../utils/detection/plain-lexicon';
import { shouldCover } from '../../../utils/detection/should-cover';
import {
  fromStoredTriggers,
  pageHasTrigger,
  pictureHasTrigger,
  textHasTrigger,
  toStoredTriggers,
  type StoredTriggers,
  type TriggerWords,
} from '../../../utils/detection/trigger-words';

// The first pass releases a picture without the full reading when neither its words nor its
// page's hold a trigger word. That is only right if the full reading would never cover such a
// picture: checked here on every case of both corpora (invented and real, every language), at
// every placement and sensitivity.

const CORPUS = join(import.meta.dirname, '../../corpus');

interface Case {
  id: string;
  image: ImageTextContext;
  page: { title?: string; description?: string; lang?: string; text?: string };
}

function corpusCases(): Case[] {
  const out: Case[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.json'))) {
    const corpus = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as {
      lang: string;
      pages: Record<string, Case['page']>;
      cases: { id: string; image: ImageTextContext; page: string }[];
    };
    for (const c of corpus.cases) out.push({ id: c.id, image: c.image, page: { lang: corpus.lang, ...corpus.pages[c.page] } });
  }
  for (const c of readRealCorpus(join(CORPUS, 'real'))?.cases ?? []) out.push({ id: c.id, image: c.image, page: c.page });
  return out;
}

let stored: StoredTriggers;
let triggers: TriggerWords;
beforeAll(() => {
  stored = toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang)!));
  triggers = fromStoredTriggers(JSON.stringify(stored))!;
  registerBundledLexicons();
});
afterAll(() => clearLexiconLibrary());

const PLACEMENTS: ImagePlacement[] = ['article-body', 'lead', 'teaser', 'related', 'other', 'advertisement', 'author', 'navigation', 'logo'];

describe('trigger words', () => {
  it('release only pictures the full reading would never cover (every corpus case, placement and level)', () => {
    const cases = corpusCases();
    expect(cases.length).toBeGreaterThan(2_000);
    let quiet = 0;
    let ownWordsOnly = 0;
    const wrong: string[] = [];
    for (const c of cases) {
      const lang = c.page.lang;
      if (pictureHasTrigger(c.image, triggers, lang)) continue;
      const pageQuiet = !pageHasTrigger(c.page, triggers, lang);
      const page: PageTextContext = { title: c.page.title, description: c.page.description, lang: c.page.lang, ...measureArticleViolence(c.page.text ?? '', c.page.lang) };
      if (pageQuiet) quiet++;
      // Where the case says where the picture sits, there; otherwise everywhere, and as an icon.
      const images = c.image.placement ? [c.image] : [...PLACEMENTS.map((placement) => ({ ...c.image, placement })), { ...c.image, width: 80, height: 60 }];
      for (const image of images) {
        // The first pass releases it on a quiet page, or anywhere when the article is never weighed for it.
        if (!pageQuiet && !judgedOnOwnWords(image)) continue;
        if (!pageQuiet) ownWordsOnly++;
        const verdict = classifyImageContext(image, page);
        if (SENSITIVITIES.some((level) => shouldCover(verdict, level))) wrong.push(`${c.id} (${image.placement}, ${image.width ?? '-'}): ${verdict.coverAt}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(ownWordsOnly).toBeGreaterThan(500);
    // A first pass that finds a trigger everywhere would be sound and useless (the corpora are
    // chosen for war reporting: 182 of their cases have a quiet picture on a quiet page; 77 when
    // one word stood for each entry).
    expect(quiet).toBeGreaterThan(150);
  });

  it('find the words that start a reason to cover, in every language, inflected', () => {
    expect(textHasTrigger('Relatives mourn beside the bodies', triggers, 'en')).toBe(true);
    expect(textHasTrigger('Des corps gisent dans la rue', triggers, 'fr')).toBe(true);
    expect(textHasTrigger('جثث في الشارع', triggers, 'ar')).toBe(true);
    expect(textHasTrigger('Тела погибших на улице', triggers, 'ru')).toBe(true);
    expect(textHasTrigger('Leichen liegen auf der Straße', triggers, 'de')).toBe(true);
    expect(textHasTrigger('A tram stops at the station in the morning sun', triggers, 'en')).toBe(false);
    expect(textHasTrigger('Winter breaks by the sea. Book now and save.', triggers, 'en')).toBe(false);
    expect(textHasTrigger('Die Straßenbahn hält am Bahnhof', triggers, 'de')).toBe(false);
  });

  it('ask a many-word entry by all its words: ordinary prose that shares one of them is quiet', () => {
    // One word of each entry ("remains" of "human remains", "squad" of "firing squad") made any
    // ordinary article a page to read in full.
    expect(textHasTrigger('Negotiators said talks had made progress but that important differences remained.', triggers, 'en')).toBe(false);
    expect(textHasTrigger('The coach praised his young squad after a season few had expected to go so well.', triggers, 'en')).toBe(false);
    expect(textHasTrigger('Volunteers sort donated clothes at a community centre', triggers, 'en')).toBe(false);
    expect(textHasTrigger('Investigators found human remains near the river', triggers, 'en')).toBe(true);
    expect(textHasTrigger('He was executed by firing squad at dawn', triggers, 'en')).toBe(true);
  });

  it('ask the title and the description joined, as the full reading reads them, and the article line by line', () => {
    const quiet = { title: 'Council approves new tram line', description: 'The line opens in 2030.', text: 'Trams will run every ten minutes.\nThe depot is being built.' };
    expect(pageHasTrigger(quiet, triggers, 'en')).toBe(false);
    expect(pageHasTrigger({ ...quiet, text: `${quiet.text}\nThe bodies of two men were found in the depot.` }, triggers, 'en')).toBe(true);
    expect(pageHasTrigger({ ...quiet, description: 'Relatives mourn beside the bodies' }, triggers, 'en')).toBe(true);
    // On a German page, a line is read in English too when any line of the article may be English.
    const german = { title: 'Neue Straßenbahn', text: 'Die Straßenbahn fährt ab Montag.\nBodies found.' };
    expect(pageHasTrigger(german, triggers, 'de')).toBe(false);
    expect(pageHasTrigger({ ...german, text: `${german.text}\nThe council met on Friday.` }, triggers, 'de')).toBe(true);
  });

  it('read the paragraphs beside a picture as far as the full reading does: a body named where neither reads is no reason to read in full', () => {
    const filler = ' The market reopened on Saturday and the ferry ran on time, the mayor said.';
    const farBefore = `The bodies of two men were found by the river.${filler.repeat(8)}`;
    expect(farBefore.length).toBeGreaterThan(NEARBY_CAP + 100);
    expect(pictureHasTrigger({ before: farBefore }, triggers, 'en')).toBe(false);
    expect(pictureHasTrigger({ before: farBefore.slice(-NEARBY_CAP + 50) + ' The bodies of two men.' }, triggers, 'en')).toBe(true);
    const farAfter = `${filler.repeat(10)} The bodies of two men were found by the river.`;
    expect(farAfter.length).toBeGreaterThan(AFTER_CAP + 10);
    expect(pictureHasTrigger({ after: farAfter }, triggers, 'en')).toBe(false);
  });

  it('read in full where a stored language cannot be built (nothing is ruled out with it)', () => {
    const english = stored.languages.find((l) => l.lang === 'en')!;
    const others = stored.languages.filter((l) => l.lang !== 'en');
    const broken = fromStoredTriggers({ ...stored, languages: [...others, { ...english, entries: `${english.entries}\n9corpse` }] })!;
    expect(broken).not.toBeNull();
    expect(textHasTrigger('A tram stops at the station', broken, 'en')).toBe(true);
    expect(textHasTrigger('A tram stops at the station', triggers, 'en')).toBe(false);
  });

  it('read a text in every language the full reading could: a wire caption in English on a French page, any script on an unknown one', () => {
    expect(textHasTrigger('Rescuers carry the bodies of two men', triggers, 'fr')).toBe(true);
    expect(textHasTrigger('Rescuers carry the bodies of two men', triggers, undefined)).toBe(true);
    expect(textHasTrigger('Тела погибших на улице', triggers, 'en')).toBe(true);
    expect(textHasTrigger('جثث في الشارع', triggers, 'de')).toBe(true);
  });

  it('read a picture’s file name as the full reading does, transliterated slugs included', () => {
    expect(pictureHasTrigger({ fileName: 'bucha-tela-ubityh.jpg' }, triggers, 'ru')).toBe(true);
    expect(pictureHasTrigger({ fileName: 'dead-bodies-street.jpg' }, triggers, 'en')).toBe(true);
    expect(pictureHasTrigger({ fileName: 'holiday-offer-300x250.png' }, triggers, 'en')).toBe(false);
    expect(pictureHasTrigger({ alt: 'Holiday offer', before: 'Winter breaks by the sea.' }, triggers, 'en')).toBe(false);
    expect(pictureHasTrigger({ alt: 'Holiday offer', heading: 'Wounded soldiers evacuated' }, triggers, 'en')).toBe(true);
  });

  it('read a text written without marks with a plain copy made from the stored text, finding all the full reading finds', () => {
    expect(textHasTrigger('iskence goren mahkum', triggers, 'tr')).toBe(true);
    expect(textHasTrigger('Oldurulen siviller sokakta yatiyor', triggers, 'tr')).toBe(true);
    expect(textHasTrigger('getoetete Zivilisten in Butscha', triggers, 'de')).toBe(true);
    expect(textHasTrigger('Ein Bus hält an der Haltestelle', triggers, 'de')).toBe(false);
    // Every caption of the real corpus in a language with marked letters, written without them:
    // where the first pass finds no trigger, the full reading covers it at no level.
    const wrong: string[] = [];
    let read = 0;
    for (const c of corpusCases()) {
      const lang = c.page.lang ?? '';
      if (!['de', 'fr', 'es', 'tr'].includes(lang) || !c.image.caption) continue;
      const image: ImageTextContext = { caption: plainWord(c.image.caption.toLowerCase(), lang), placement: 'article-body' };
      read++;
      if (pictureHasTrigger(image, triggers, lang)) continue;
      const verdict = classifyImageContext(image, { lang, violenceShare: 0, categories: [], terms: [] });
      if (SENSITIVITIES.some((level) => shouldCover(verdict, level))) wrong.push(`${c.id}: ${verdict.coverAt}`);
    }
    expect(read).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('give a text with no letter outside ASCII the plain copies alone, built once and shared', () => {
    const fresh = fromStoredTriggers(stored)!;
    const [plainGerman] = fresh.in(['de'], true)!;
    const [german] = fresh.in(['de'])!;
    expect(plainGerman).not.toBe(german);
    expect(plainLexicon(german!)).toBe(plainGerman);
    expect(plainLexicon(plainGerman!)).toBe(plainGerman);
    expect(plainGerman!.entries.some((e) => e.slots.some((slot) => slot.some((k) => /[äöüß]/.test(k.text))))).toBe(false);
    expect(german!.entries.some((e) => e.slots.some((slot) => slot.some((k) => /[äöü]/.test(k.text))))).toBe(true);
    // English writes no marks: its plain copy is the lexicon itself.
    expect(fresh.in(['en'], true)![0]).toBe(fresh.in(['en'])![0]);
    expect(textHasTrigger('Getoetete Zivilisten liegen auf der Strasse', fresh, undefined)).toBe(true);
    expect(textHasTrigger('Winterurlaub am Meer: jetzt buchen', fresh, undefined)).toBe(false);
  });

  it('take no stored value that is not one (corrupt, old format, a language missing)', () => {
    expect(fromStoredTriggers(undefined)).toBeNull();
    expect(fromStoredTriggers('{not json')).toBeNull();
    expect(fromStoredTriggers({ ...stored, format: 0 })).toBeNull();
    expect(fromStoredTriggers({ ...stored, languages: stored.languages.slice(1) })).toBeNull();
    expect(fromStoredTriggers({ ...stored, languages: [{ ...stored.languages[0], lang: 'xx' }, ...stored.languages.slice(1)] })).toBeNull();
    expect(fromStoredTriggers({ ...stored, languages: [{ ...stored.languages[0], entries: 7 }, ...stored.languages.slice(1)] })).toBeNull();
    const read = fromStoredTriggers(stored);
    expect(LEXICON_LANGUAGES.map((lang) => read?.in([lang])?.map((lex) => lex.lang))).toEqual(LEXICON_LANGUAGES.map((lang) => [lang]));
  });
});
