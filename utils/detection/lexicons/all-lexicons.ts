import type { LexiconData } from './lexicon-types';
import { en } from './en';

/** Every language's data. Compiled lazily, one language at a time, by select-lexicons.ts. */
export const ALL_LEXICONS: Record<string, LexiconData> = { en };
