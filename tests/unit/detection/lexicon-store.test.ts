import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledStoredLexicon } from '../../../utils/detection/bundled-lexicons';
import {
  clearLexiconLibrary,
  hasLexicon,
  LEXICON_LANGUAGES,
  readingLacks,
  triggerWords,
} from '../../../utils/detection/lexicon-library';
import { selectLexicons } from '../../../utils/detection/select-lexicons';
import { STORED_LEXICON_FORMAT } from '../../../utils/detection/stored-lexicon';
import {
  answerLexiconRequest,
  lexiconStorageKey,
  loadLexicons,
  loadTriggerWords,
  storeAllLexicons,
  TRIGGERS_STORAGE_KEY,
  triggerWordsWith,
} from '../../../utils/detection-store/lexicon-store';
import { fromStoredTriggers } from '../../../utils/detection/trigger-words';
import { parseMessage } from '../../../utils/messages';

// The content script's side runs with an empty library (as on a fresh page); the background's
// side is played by a listener that answers the way entrypoints/background.ts does.

let requests: string[][] = [];
function answerLikeTheBackground(): void {
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    if (message?.type !== 'forewarn:get-lexicons') return undefined;
    requests.push(message.langs);
    return answerLexiconRequest(message.langs, bundledStoredLexicon);
  });
}
const local = () => fakeBrowser.storage.local;
const stored = async (key: string) => (await local().get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  clearLexiconLibrary();
  requests = [];
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('storeAllLexicons (background)', () => {
  it('writes every language under a key that names the format', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    const all = await local().get(null);
    expect(Object.keys(all).sort()).toEqual([...LEXICON_LANGUAGES.map((l) => `lexicon:v${STORED_LEXICON_FORMAT}:${l}`), TRIGGERS_STORAGE_KEY].sort());
    expect(JSON.parse(all[lexiconStorageKey('de')] as string).lang).toBe('de');
    const triggers = fromStoredTriggers(all[TRIGGERS_STORAGE_KEY]);
    expect(triggers?.in(LEXICON_LANGUAGES)).toHaveLength(LEXICON_LANGUAGES.length);
  });

  it('removes lexicon keys of other formats and leaves other keys alone', async () => {
    await local().set({
      [`lexicon:v${STORED_LEXICON_FORMAT - 1}:en`]: '{"old":true}',
      [`lexicon:v${STORED_LEXICON_FORMAT + 1}:fr`]: '{"new":true}',
      'lexicon:en': 'older still',
      settings: { version: 1 },
    });
    await storeAllLexicons(bundledStoredLexicon);
    const keys = Object.keys(await local().get(null));
    expect(keys.filter((k) => k.startsWith('lexicon:') && !k.startsWith(`lexicon:v${STORED_LEXICON_FORMAT}:`))).toEqual([]);
    expect(keys).toContain('settings');
    expect(keys).toContain(lexiconStorageKey('en'));
  });

  it('at start-up rewrites trigger words that are unreadable, and removes those of other formats', async () => {
    await local().set({ [TRIGGERS_STORAGE_KEY]: '{"format":', 'triggers:v0': '{}' });
    await storeAllLexicons(bundledStoredLexicon, { onlyMissing: true });
    expect(fromStoredTriggers(await stored(TRIGGERS_STORAGE_KEY))).not.toBeNull();
    expect(await stored('triggers:v0')).toBeUndefined();
  });

  it('at start-up rewrites only what is missing or unreadable', async () => {
    const en = JSON.stringify(bundledStoredLexicon('en'), null, 1); // readable, but not as it would be written
    await local().set({ [lexiconStorageKey('en')]: en, [lexiconStorageKey('fr')]: '{"format":' });
    await storeAllLexicons(bundledStoredLexicon, { onlyMissing: true });
    expect(await stored(lexiconStorageKey('en'))).toBe(en);
    expect(await stored(lexiconStorageKey('fr'))).toBe(JSON.stringify(bundledStoredLexicon('fr')));
    expect(await stored(lexiconStorageKey('tr'))).toBe(JSON.stringify(bundledStoredLexicon('tr')));
  });
});

describe('loadLexicons (content script)', () => {
  it('registers stored languages with one storage read and no message', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    answerLikeTheBackground();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await loadLexicons(['en', 'fr'])).toEqual(['en', 'fr']);
    expect(get).toHaveBeenCalledTimes(1);
    expect(requests).toEqual([]);
    expect(hasLexicon('en') && hasLexicon('fr')).toBe(true);
    expect(hasLexicon('de')).toBe(false);
    expect(selectLexicons('Les corps des victimes', 'fr').map((l) => l.lang)).toEqual(['fr']);
  });

  it('asks the background for a missing language, which also writes it back to storage', async () => {
    answerLikeTheBackground();
    expect(await loadLexicons(['de'])).toEqual(['de']);
    expect(requests).toEqual([['de']]);
    expect(await stored(lexiconStorageKey('de'))).toBe(JSON.stringify(bundledStoredLexicon('de')));
  });

  it('asks the background for a corrupt value, or one stored under the wrong language', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    await local().set({
      [lexiconStorageKey('en')]: '{"format":1,"lang":"en","entr',
      [lexiconStorageKey('ar')]: JSON.stringify(bundledStoredLexicon('uk')),
    });
    answerLikeTheBackground();
    expect(await loadLexicons(['en', 'ar', 'ru'])).toEqual(['en', 'ar', 'ru']);
    expect(requests).toEqual([['en', 'ar']]);
    expect(selectLexicons('جثث', 'ar').map((l) => l.lang)).toEqual(['ar']);
    // The Ukrainian form found under the Arabic key registered nothing.
    expect(hasLexicon('uk')).toBe(false);
  });

  it('asks for a value of another format instead of reading it', async () => {
    const old = { ...bundledStoredLexicon('es')!, format: STORED_LEXICON_FORMAT + 1 };
    await local().set({ [lexiconStorageKey('es')]: JSON.stringify(old) });
    answerLikeTheBackground();
    expect(await loadLexicons(['es'])).toEqual(['es']);
    expect(requests).toEqual([['es']]);
  });

  it('loads a language once for many pictures that want it at the same time', async () => {
    answerLikeTheBackground();
    const results = await Promise.all([loadLexicons(['tr']), loadLexicons(['tr']), loadLexicons(['tr', 'en'])]);
    expect(results).toEqual([['tr'], ['tr'], ['tr', 'en']]);
    expect(requests).toEqual([['tr'], ['en']]);
  });

  it('resolves with what it has when neither storage nor the background can help, and stops reporting those', async () => {
    // No listener: the background is gone (an extension updated under this page).
    expect(await loadLexicons(['fr'])).toEqual([]);
    expect(readingLacks(() => selectLexicons('Les corps des victimes', 'fr')).lacking).toEqual([]);
  });

  it('never rejects when the extension context is invalidated', async () => {
    const gone = new Error('Extension context invalidated.');
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(gone);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(gone);
    await expect(loadLexicons(['en'])).resolves.toEqual([]);
  });

  it('ignores codes it has no data for', async () => {
    answerLikeTheBackground();
    expect(await loadLexicons(['xx', 'en'])).toEqual(['en']);
    expect(requests).toEqual([['en']]);
  });

  it('takes page language tags as well as codes', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    expect(await loadLexicons(['fr-FR', 'EN', 'de_AT', 'en-GB'])).toEqual(['fr', 'en', 'de']);
    expect(hasLexicon('fr') && hasLexicon('en') && hasLexicon('de')).toBe(true);
  });
});

describe('the get-lexicons message', () => {
  it('is accepted for known-looking codes and refused otherwise', () => {
    expect(parseMessage({ type: 'forewarn:get-lexicons', langs: ['fr'] })).not.toBeNull();
    expect(parseMessage({ type: 'forewarn:get-lexicons', langs: [] })).toBeNull();
    expect(parseMessage({ type: 'forewarn:get-lexicons', langs: ['../settings'] })).toBeNull();
    expect(parseMessage({ type: 'forewarn:get-lexicons' })).toBeNull();
  });
});

describe('loadTriggerWords (content script)', () => {
  it('registers the stored trigger words without rebuilding any lexicon', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    expect(await loadTriggerWords()).toBe(true);
    expect(LEXICON_LANGUAGES.some(hasLexicon)).toBe(false);
    // Every language's trigger words are there, each building its own lexicon when first asked.
    expect(LEXICON_LANGUAGES.map((lang) => triggerWords()?.in([lang])?.map((lex) => lex.lang))).toEqual(LEXICON_LANGUAGES.map((lang) => [lang]));
  });

  it('answers false on a corrupt or missing value, and reads storage again next time', async () => {
    await local().set({ [TRIGGERS_STORAGE_KEY]: '{"format":1,"languages":[{"lang":"en"}]}' });
    expect(await loadTriggerWords()).toBe(false);
    expect(triggerWords()).toBeNull();
    await storeAllLexicons(bundledStoredLexicon);
    expect(await loadTriggerWords()).toBe(true);
  });

  it('takes them from a read asked with other keys (the first picture\'s settings) instead of reading again', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    triggerWordsWith(local().get(['settings', TRIGGERS_STORAGE_KEY]));
    const get = vi.spyOn(local(), 'get');
    expect(await loadTriggerWords()).toBe(true);
    expect(get).not.toHaveBeenCalled();
    expect(triggerWords()).not.toBeNull();
  });

  it('reads storage itself when that read failed', async () => {
    await storeAllLexicons(bundledStoredLexicon);
    triggerWordsWith(Promise.reject(new Error('no storage')));
    expect(await loadTriggerWords()).toBe(false);
    expect(await loadTriggerWords()).toBe(true);
  });
});
