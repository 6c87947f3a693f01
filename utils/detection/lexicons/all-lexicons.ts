import type { LexiconData } from './lexicon-types';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';

/**
 * Every language's data, bundled together (about 10 KB gzipped for all eight) and compiled
 * lazily, one language at a time, the first time a page in that language or script needs it.
 */
export const ALL_LEXICONS: Record<string, LexiconData> = { en, ar, fr, es, de, uk, ru, tr };
