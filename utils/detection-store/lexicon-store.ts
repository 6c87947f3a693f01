import { browser } from 'wxt/browser';
import {
  giveUpOnLexicon,
  hasLexicon,
  isLexiconLanguage,
  LEXICON_LANGUAGES,
  lexiconLanguageOf,
  registerLexicon,
  registerTriggerWords,
  triggerWords,
} from '../detection/lexicon-library';
import { fromStoredLexicon, STORED_LEXICON_FORMAT, type StoredLexicon } from '../detection/stored-lexicon';
import { fromStoredTriggers, STORED_TRIGGERS_FORMAT, toStoredTriggers } from '../detection/trigger-words';

// The one module that touches browser.storage for lexicons. The background writes each
// language's compiled lexicon, in its stored form, to storage.local; the content script reads
// only the languages a page needs, so it neither bundles nor compiles lexicon data.
// Keys carry the format ("lexicon:v1:en"): an update that changes the format writes new keys
// and removes the old ones, and never reads an old value as a new one. Values are the stored
// form's JSON text: one string to hand over instead of thousands of small values, parsed by the
// browser's native JSON.parse inside fromStoredLexicon.

const PREFIX = 'lexicon:';

export function lexiconStorageKey(lang: string): string {
  return `${PREFIX}v${STORED_LEXICON_FORMAT}:${lang}`;
}

/** The stored form of a language, from the bundled data (the background's bundledStoredLexicon). */
export type StoredLexiconSource = (lang: string) => StoredLexicon | null;

/** What the background answers to {type:'forewarn:get-lexicons'}: stored forms' JSON text by language. */
export type LexiconsAnswer = Record<string, string>;

async function storageKeys(): Promise<string[]> {
  const local = browser.storage.local;
  // getKeys (Chrome 130+) avoids reading every stored value just to learn the names.
  return typeof local.getKeys === 'function' ? await local.getKeys() : Object.keys(await local.get(null));
}

/** Where the first pass's trigger words of every language are kept (one value, read at once). */
export const TRIGGERS_STORAGE_KEY = `triggers:v${STORED_TRIGGERS_FORMAT}`;
const TRIGGERS_PREFIX = 'triggers:';

/**
 * Background, on install and update (`onlyMissing` false): write every language's stored form.
 * On browser start-up (`onlyMissing` true): write only those missing or unreadable. Both remove
 * lexicon keys of other formats. Rejects when storage fails; the content script then asks.
 */
export async function storeAllLexicons(source: StoredLexiconSource, { onlyMissing = false } = {}): Promise<void> {
  const current = new Set([...LEXICON_LANGUAGES.map(lexiconStorageKey), TRIGGERS_STORAGE_KEY]);
  const stale = (await storageKeys()).filter((key) => (key.startsWith(PREFIX) || key.startsWith(TRIGGERS_PREFIX)) && !current.has(key));
  if (stale.length) await browser.storage.local.remove(stale);
  let langs = [...LEXICON_LANGUAGES];
  let triggersMissing = true;
  if (onlyMissing) {
    const stored = await browser.storage.local.get([...current]);
    langs = langs.filter((lang) => fromStoredLexicon(stored[lexiconStorageKey(lang)])?.lang !== lang);
    triggersMissing = fromStoredTriggers(stored[TRIGGERS_STORAGE_KEY]) === null;
  }
  // Each language's stored form is made once, for its own key and the trigger words alike.
  const forms = new Map<string, StoredLexicon | null>();
  const formOf = (lang: string) => {
    if (!forms.has(lang)) forms.set(lang, source(lang));
    return forms.get(lang) ?? null;
  };
  const writes: Record<string, string> = {};
  for (const lang of langs) {
    const form = formOf(lang);
    if (form) writes[lexiconStorageKey(lang)] = JSON.stringify(form);
  }
  if (triggersMissing) {
    const all = LEXICON_LANGUAGES.map(formOf).filter((form) => form !== null);
    const triggers = all.map(({ lang, entries, inflection, endings, proclitics, minStem }) => ({ lang, entries, rule: { inflection, endings, proclitics, minStem } }));
    if (all.length === LEXICON_LANGUAGES.length) writes[TRIGGERS_STORAGE_KEY] = JSON.stringify(toStoredTriggers(triggers));
  }
  if (Object.keys(writes).length) await browser.storage.local.set(writes);
}

/**
 * Background, answering a content script that found a language missing or unreadable: the
 * stored forms of the supported `langs`, written back to storage for the next page.
 */
export async function answerLexiconRequest(langs: readonly string[], source: StoredLexiconSource): Promise<LexiconsAnswer> {
  const answer: LexiconsAnswer = {};
  const writes: Record<string, string> = {};
  for (const lang of new Set(langs)) {
    const form = isLexiconLanguage(lang) ? source(lang) : null;
    if (!form) continue;
    answer[lang] = writes[lexiconStorageKey(lang)] = JSON.stringify(form);
  }
  if (Object.keys(writes).length) await browser.storage.local.set(writes).catch(() => {});
  return answer;
}

function registerStored(lang: string, raw: unknown): boolean {
  const lexicon = fromStoredLexicon(raw);
  // A value under another language's key is as unusable as a corrupt one.
  if (!lexicon || lexicon.lang !== lang) return false;
  registerLexicon(lexicon);
  return true;
}

async function loadBatch(langs: string[]): Promise<void> {
  try {
    const stored = await browser.storage.local.get(langs.map(lexiconStorageKey));
    for (const lang of langs) registerStored(lang, stored[lexiconStorageKey(lang)]);
  } catch {
    // No storage (an invalidated context, a broken profile): the background may still answer.
  }
  const missing = langs.filter((lang) => !hasLexicon(lang));
  if (!missing.length) return;
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'forewarn:get-lexicons', langs: missing });
    if (typeof answer === 'object' && answer !== null) {
      for (const lang of missing) registerStored(lang, (answer as Record<string, unknown>)[lang]);
    }
  } catch {
    // The extension was updated or removed under this page: nothing more to ask.
  }
  // Not reported missing again, so a caller that re-decides after loading does not loop.
  for (const lang of missing) if (!hasLexicon(lang)) giveUpOnLexicon(lang);
}

/** The stored trigger words, read when a document's first picture is found. */
let triggersRead: Promise<unknown> | null = null;

function readTriggerWords(): Promise<unknown> {
  triggersRead ??= browser.storage.local.get(TRIGGERS_STORAGE_KEY).then(
    (stored) => stored[TRIGGERS_STORAGE_KEY],
    () => undefined,
  );
  return triggersRead;
}

/**
 * The trigger words come with `read`, a read that asked for TRIGGERS_STORAGE_KEY among others
 * (the content script's first, with its settings): loadTriggerWords takes them from it.
 */
export function triggerWordsWith(read: Promise<Record<string, unknown>>): void {
  triggersRead ??= read.then(
    (stored) => stored[TRIGGERS_STORAGE_KEY],
    () => undefined,
  );
}

/**
 * Content script, when the first picture is found: register the first pass's trigger words
 * (one storage read, no lexicon rebuilt). Resolves whether they are registered; never rejects.
 * Without them (storage unreadable, nothing stored yet) pictures are read in full, as before
 * there was a first pass.
 */
export async function loadTriggerWords(): Promise<boolean> {
  if (triggerWords()) return true;
  const triggers = fromStoredTriggers(await readTriggerWords());
  if (triggers && !triggerWords()) registerTriggerWords(triggers);
  // The value read is used once: registered now, or unusable, and then read again next time.
  triggersRead = null;
  return triggerWords() !== null;
}

/** Loads in flight, by language: pictures that want the same language share one load. */
const loading = new Map<string, Promise<void>>();

/**
 * Content script: register the lexicons of `langs` (codes or BCP 47 tags: 'fr-FR' loads 'fr')
 * from storage.local (one read), asking the background for any that are missing or unreadable.
 * Resolves with the codes of those registered afterwards; never rejects. A language that could not be loaded is given up on for this page
 * (readingLacks stops reporting it).
 */
export async function loadLexicons(langs: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(langs.map(lexiconLanguageOf))].filter((lang): lang is string => lang !== null);
  const fresh = wanted.filter((lang) => !hasLexicon(lang) && !loading.has(lang));
  if (fresh.length) {
    const batch = loadBatch(fresh)
      .catch(() => {})
      .finally(() => {
        for (const lang of fresh) if (loading.get(lang) === batch) loading.delete(lang);
      });
    for (const lang of fresh) loading.set(lang, batch);
  }
  await Promise.all(wanted.map((lang) => loading.get(lang)));
  return wanted.filter(hasLexicon);
}
