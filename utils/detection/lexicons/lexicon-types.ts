/**
 * One language's detection vocabulary, as read from its file (`<lang>.lexicon`, parsed by
 * parse-lexicon-file.ts) and compiled by compile-lexicon.ts. The entry syntax and what each
 * section means are in README.md beside the files; a `$name` word has already been replaced by
 * its word set's alternatives here.
 */
export interface LexiconData {
  lang: string;
  /**
   * How words inflect: `suffix` strips the longest listed ending; `prefix` matches a stem at the
   * start of a word (agglutinative Turkish); `arabic` strips proclitics and suffixes.
   */
  inflection: 'suffix' | 'prefix' | 'arabic';
  /** Endings an inflected word may carry (any order: the stemmer tries the longest first). */
  endings?: readonly string[];
  /** Arabic proclitic clusters. */
  proclitics?: readonly string[];
  /** Shortest stem an ending may leave. */
  minStem: number;
  /**
   * Where an adjective stands beside its noun: `after` (Spanish, French, Arabic: "tanque ruso
   * carbonizado"): a word between a thing and the violent word after it is the thing's adjective;
   * `before` (the default): it is a noun of a chain ("dinosaur fossil skeleton"), and a possessor
   * there owns the violent word ("the bus driver's body", "otobüs şoförünün cesedi";
   * picture-subject.ts).
   */
  adjectives?: 'before' | 'after';
  /** Entries by section name (`graphic dead-bodies`, `traps`: lexicon-sections.ts), one entry each. */
  sections: Readonly<Record<string, readonly string[]>>;
}
