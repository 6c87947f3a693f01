import type { Category } from '../detection-types';

/**
 * One language's detection vocabulary, as compact data.
 *
 * Entry syntax (each string is a list of entries separated by `|`):
 * - an entry is one word or a phrase of words separated by spaces;
 * - a word is written in its dictionary form and reduced by the language's inflection rule, so
 *   "tortured", "torturing" and "tortures" all meet the entry "torture";
 * - `=word` matches that exact word form only (for short or ambiguous stems);
 * - `word-` matches any word starting with it (compound modifiers: German "Folter-opfer");
 * - `-word` matches any word ending with it after a modifier of 3+ letters ("Schuss-wunde");
 * - `a/b/c` is any of the alternatives; `*` is any one word;
 * - `word?` (or `*?`) may be left out: "fire on the/a? crowd" is "fire on crowd" and "fire on the crowd".
 */
export type TermList = Partial<Record<Category, string>>;

export interface LexiconData {
  lang: string;
  /**
   * How words inflect: `suffix` strips the longest listed ending; `prefix` matches a stem at the
   * start of a word (agglutinative Turkish); `arabic` strips proclitics and suffixes.
   */
  inflection: 'suffix' | 'prefix' | 'arabic';
  /** Endings (space separated), longest first is not required. */
  endings?: string;
  /** Arabic proclitic clusters (space separated). */
  proclitics?: string;
  /** Shortest stem an ending may leave. */
  minStem: number;
  /** The image's own text saying this means it is graphic: covered from `minimal`. */
  graphic: TermList;
  /** Depictions of the wounded: covered from `balanced`. */
  injury: TermList;
  /** Borderline scenes (mourning, evacuation): covered at `strict`. */
  borderline: TermList;
  /** Carrying the injured (stretcher, ambulance, medics): borderline, and makes an injury caption borderline. */
  evacuation: string;
  /** Words that make an article about violence without describing a picture. */
  topic: TermList;
  /** Ordinary phrases that contain a listed word and must not trigger ("bodies of water"). */
  traps: string;
  /** Words of sport: a player's injury is not a depiction of the wounded. */
  sport: string;
  /** Words that place violence in fiction: a play, a film, a game. */
  fiction: string;
  /** Words saying the picture is not a scene: portrait, map, chart, logo, court, document. */
  nonDepiction: string;
  /**
   * Words naming a visible corpse ("corpse", "lifeless body"): they keep a caption graphic even
   * beside funeral words, where a plain "body" being buried is borderline. Read as graphic dead bodies.
   */
  explicitDeath?: string;
  /**
   * A caption whose subject is the picture as a document ("one of the photos smuggled out…",
   * "an extract from the file"): it says where the picture came from, not what it shows.
   */
  document?: string;
  /** Verbs that introduce what a picture shows ("shows", "zeigt"): a document caption using one describes. */
  depicts?: string;
}
