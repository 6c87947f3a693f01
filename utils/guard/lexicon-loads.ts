import { giveUpOnLexicon, hasLexicon, lexiconLanguageOf } from '../detection/lexicon-library';

// The lexicons this page is waiting for. The content script bundles none: it reads them from
// storage when the first picture is found (lexicon-store.ts), and again when a decision says a
// picture's words (or the page's) are in a language not loaded yet. Pictures wait meanwhile
// (held for lexicons), and are decided again when every load in flight has settled.

export type LoadLexicons = (langs: string[]) => Promise<unknown>;
/** Registers the first pass's trigger words (trigger-words.ts); resolves whether it could. */
export type LoadTriggerWords = () => Promise<boolean>;

/** What `loading` waits for while the trigger words are read (not a language). */
const TRIGGERS = '#triggers';

export class LexiconLoads {
  readonly #inFlight = new Set<string>();
  #primed = false;
  readonly #load: LoadLexicons | undefined;
  /** Called once no load is in flight any more. */
  readonly #onSettled: () => void;
  readonly #loadTriggers: LoadTriggerWords | undefined;

  constructor(load: LoadLexicons | undefined, onSettled: () => void, loadTriggers?: LoadTriggerWords) {
    this.#load = load;
    this.#onSettled = onSettled;
    this.#loadTriggers = loadTriggers;
  }

  /** A load is in flight: words read now may read differently once it lands. */
  get loading(): boolean {
    return this.#inFlight.size > 0;
  }

  /** Whether asking for `lang` could still bring it (a loader, not here, not given up on). */
  readonly loadable = (lang: string): boolean => this.#load !== undefined && !hasLexicon(lang);

  /**
   * As soon as the first picture is found (while settings are still on their way), not before:
   * a frame without pictures reads nothing. The first pass's trigger words where there is a
   * loader for them: a picture whose words hold none needs no lexicon, and one that does asks
   * for its languages when it is decided. Without them (or when they cannot be read), English
   * and the page's declared language.
   */
  prime(declaredLang: string | undefined): void {
    if (this.#primed || !this.#load) return;
    this.#primed = true;
    const declared = lexiconLanguageOf(declaredLang);
    const languages = declared && declared !== 'en' ? ['en', declared] : ['en'];
    const loadTriggers = this.#loadTriggers;
    if (!loadTriggers) {
      this.start(languages);
      return;
    }
    this.#inFlight.add(TRIGGERS);
    const settle = (loaded: boolean) => {
      this.#inFlight.delete(TRIGGERS);
      if (!loaded) this.start(languages);
      if (this.#inFlight.size === 0) this.#onSettled();
    };
    loadTriggers().then(settle, () => settle(false));
  }

  start(langs: readonly string[]): void {
    const load = this.#load;
    const asked = langs.filter((lang) => !this.#inFlight.has(lang) && !hasLexicon(lang));
    if (asked.length === 0 || !load) return;
    const loaded = load(asked);
    // A loader that had a language at hand (read ahead of the first picture) registered it
    // before returning: the picture is decided now, not after a wait.
    const wanted = asked.filter((lang) => !hasLexicon(lang));
    if (wanted.length === 0) {
      // A picture the caller holds for these languages is decided once it has returned.
      if (this.#inFlight.size === 0) queueMicrotask(this.#onSettled);
      return;
    }
    for (const lang of wanted) this.#inFlight.add(lang);
    const settle = () => {
      for (const lang of wanted) {
        this.#inFlight.delete(lang);
        // Whatever the loader did, a language still missing now is not asked for again: the
        // pictures are decided with the lexicons there are instead of waiting in a loop.
        if (!hasLexicon(lang)) giveUpOnLexicon(lang);
      }
      if (this.#inFlight.size === 0) this.#onSettled();
    };
    loaded.then(settle, settle);
  }
}
