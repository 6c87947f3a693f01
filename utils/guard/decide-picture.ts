import type { ImageTextContext, PageTextContext, Verdict } from '../detection/detection-types';
import { classifyImageContext, classifyImageReadingArticle, judgedOnOwnWords, type ClassifiedImage } from '../detection/classify-image-context';
import { readingLacks, triggerWords } from '../detection/lexicon-library';
import { shouldCover } from '../detection/should-cover';
import { pictureHasTrigger } from '../detection/trigger-words';
import type { EffectiveSettings } from '../settings/effective-settings';

// What to do with one picture, from everything that decides it. No DOM and no browser API: the
// guard gathers the inputs (utils/dom/) and applies the result; detection reads the lexicons
// registered in lexicon-library.ts, whose version the guard keeps among a picture's inputs.

export type HoldReason = 'lexicons' | 'parsing' | 'caption';

/** The settings a decision depends on (how revealed pictures look is the cover keeper's). */
export type DecisionSettings = Pick<EffectiveSettings, 'mode' | 'sensitivity' | 'categories'>;

/** The page's reading: its context, and the languages reading it went without. */
export interface PageReading {
  context: PageTextContext;
  lacking: readonly string[];
}

export interface PictureInputs {
  settings: DecisionSettings;
  /** The picture's words and surroundings; null where they are not read (lexicons loading). */
  words: ImageTextContext | null;
  page: PageReading | null;
  lexicons: {
    /** A lexicon is on its way: words read now could be read again differently in a moment. */
    loading: boolean;
    /** Whether a lexicon for `lang` can still be had here (a loader, not registered, not given up). */
    loadable(lang: string): boolean;
  };
  /** Whether the parser is still writing the document. */
  parsing: boolean;
  /** Whether the parser has moved past this picture's figure (its caption exists). Asked only while parsing. */
  settled(): boolean;
  /** An empty caption beside the picture that a script is still writing (and its wait is not over). */
  captionPending(): boolean;
  /** The reader opened this picture (and has not hidden it again). */
  revealed: boolean;
}

/**
 * `readsArticle` on a cover or a release: whether the verdict weighed the article's reading
 * (ClassifiedImage.readsArticle), so whether a new reading can change it.
 */
export type Decision =
  | { action: 'hold'; reason: HoldReason; lacking: string[] }
  | { action: 'cover'; verdict: Verdict; revealed: boolean; lacking: string[]; readsArticle: boolean }
  | { action: 'release'; verdict: Verdict; lacking: string[]; readsArticle: boolean };
type CoverDecision = Extract<Decision, { action: 'cover' }>;

/** The verdict of a site set to cover every image: nothing is read, so nothing is named. */
export const COVER_ALL_VERDICT: Verdict = {
  categories: [],
  coverAt: 'minimal',
  reason: { source: 'site-mode', terms: [] },
};

const SAFE_VERDICT: Verdict = { categories: [], coverAt: null, reason: null };

/**
 * Hold (with why), cover (with the verdict, opened or not by the reader) or release. Holds come
 * before covering only for lexicons: words read without their language could look safe. A
 * picture that looks safe is held while the page may still say otherwise (its caption is not
 * parsed yet, the article is about violence, a script is writing its caption), so it is never
 * shown and then covered.
 */
export function decidePicture(inputs: PictureInputs): Decision {
  const { settings } = inputs;
  if (settings.mode === 'off') return { action: 'release', verdict: SAFE_VERDICT, lacking: [], readsArticle: false };
  const coverAll: CoverDecision = { action: 'cover', verdict: COVER_ALL_VERDICT, revealed: inputs.revealed, lacking: [], readsArticle: false };
  // Covering every image covers at once, and still reads the words when it can, so that a
  // graphic picture's cover says what it hides (the map's says only that every image is hidden).
  if (settings.mode === 'cover-all') return coverEveryImage(inputs, coverAll);
  if (inputs.lexicons.loading) return { action: 'hold', reason: 'lexicons', lacking: [] };
  // Words that were not read cannot say a picture is safe.
  if (!inputs.words || !inputs.page) return coverAll;
  const page = inputs.page;
  const words = inputs.words;
  const reading = readPicture(words, page);
  const lacking = reading.lacking.filter((lang) => inputs.lexicons.loadable(lang));
  // Its words (or the page's) are in a language whose lexicon is not here yet.
  if (lacking.length > 0) return { action: 'hold', reason: 'lexicons', lacking };
  const { readsArticle } = reading.value;
  const verdict = withinChosenCategories(reading.value.verdict, settings);
  if (shouldCover(verdict, settings.sensitivity)) return { action: 'cover', verdict, revealed: inputs.revealed, lacking, readsArticle };
  if (inputs.parsing && (!inputs.settled() || (page.context.violenceShare > 0 && !safeWhateverFollows(words, page.context, settings)))) {
    return { action: 'hold', reason: 'parsing', lacking };
  }
  if (inputs.captionPending()) return { action: 'hold', reason: 'caption', lacking };
  return { action: 'release', verdict, lacking, readsArticle };
}

/**
 * Every image is covered; one that detection would cover on its own gets detection's verdict.
 * Nothing is held: words not read yet (lexicons loading, the caption not parsed) are read when
 * they come, and the cover's wording follows.
 */
function coverEveryImage(inputs: PictureInputs, coverAll: CoverDecision): Decision {
  const { words, page, settings } = inputs;
  if (inputs.lexicons.loading || !words || !page) return coverAll;
  const reading = readPicture(words, page);
  const lacking = reading.lacking.filter((lang) => inputs.lexicons.loadable(lang));
  const { readsArticle } = reading.value;
  const verdict = withinChosenCategories(reading.value.verdict, settings);
  if (shouldCover(verdict, settings.sensitivity)) {
    return { action: 'cover', verdict, revealed: inputs.revealed, lacking, readsArticle };
  }
  return { ...coverAll, lacking, readsArticle };
}

/**
 * The picture's verdict and the languages reading it (and its page) went without. A picture whose
 * words hold no trigger word (trigger-words.ts) is safe without the full reading, which is
 * neither run nor waited for, where the article cannot speak for it: the picture is judged on
 * its own words alone (a teaser card, an ad, an icon), or the page holds no trigger word either
 * (then its verdict is taken as weighing the article, so a new reading of the page decides it
 * again).
 */
function readPicture(words: ImageTextContext, page: PageReading): { value: ClassifiedImage; lacking: string[] } {
  const triggers = triggerWords();
  if (triggers && !pictureHasTrigger(words, triggers, page.context.lang)) {
    if (judgedOnOwnWords(words)) return { value: { verdict: SAFE_VERDICT, readsArticle: false }, lacking: [] };
    if (page.context.quiet) return { value: { verdict: SAFE_VERDICT, readsArticle: true }, lacking: [] };
  }
  const reading = readingLacks(() => classifyImageReadingArticle(words, page.context));
  return { value: reading.value, lacking: [...new Set([...page.lacking, ...reading.lacking])] };
}

/**
 * Whether a picture would stay uncovered however violent the rest of the article turns out: read
 * against the page as if every sentence still to come described violence. A picture its own
 * caption describes ("A test tram at the station") is shown while the parser goes on, rather than
 * waiting for the end of the document; one the article's violence could cover waits.
 */
function safeWhateverFollows(words: ImageTextContext, page: PageTextContext, settings: DecisionSettings): boolean {
  const worst = classifyImageContext(words, { ...page, violenceShare: 1 });
  return !shouldCover(withinChosenCategories(worst, settings), settings.sensitivity);
}

/** An image graphic only in categories the reader chose not to cover is shown. */
function withinChosenCategories(verdict: Verdict, settings: DecisionSettings): Verdict {
  const categories = verdict.categories.filter((c) => settings.categories.includes(c));
  if (verdict.categories.length > 0 && categories.length === 0) return { ...verdict, categories, coverAt: null };
  return { ...verdict, categories };
}
