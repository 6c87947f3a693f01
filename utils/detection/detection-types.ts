// Shared vocabulary of the detection core. Pure data types: no DOM, no browser APIs.

/** What a cover can say it hides. Order is the order labels are shown in. */
export const CATEGORIES = [
  'dead-bodies',
  'torture',
  'execution',
  'injury',
  'remains',
  'sexual-violence',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** minimal < balanced < strict: a higher level covers everything a lower one does, and more. */
export const SENSITIVITIES = ['minimal', 'balanced', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Where a piece of context came from; used to explain a verdict ("caption mentions …"). */
export type ContextSource =
  | 'alt'
  | 'title'
  | 'aria'
  | 'caption'
  | 'credit'
  | 'file-name'
  | 'nearby-text'
  | 'heading'
  | 'article'
  | 'site-mode';

/** Where on the page the image sits; decides whether article-level context applies. */
export type ImagePlacement =
  | 'article-body'
  | 'lead'
  /** A card teasing another story on a front page or section front (its own headline, standfirst). */
  | 'teaser'
  /** A thumbnail in a related / most-read rail: a teaser too. */
  | 'related'
  | 'author'
  | 'navigation'
  | 'advertisement'
  | 'logo'
  | 'other';

/** Everything the detection core may read about one image: text only, gathered by DOM code. */
export interface ImageTextContext {
  /** The image's own text. */
  alt?: string;
  title?: string;
  /** aria-label, and the text of aria-labelledby / aria-describedby targets. */
  aria?: string;
  /** figcaption, caption-like neighbours and containers, data-caption attributes. */
  caption?: string;
  credit?: string;
  /** Last path segment of the image URL, without query. */
  fileName?: string;
  /**
   * Surroundings. For a 'teaser' or 'related' picture these are its own card's words only:
   * `heading` is the card's headline, `after` its standfirst, `before` empty (the text around a
   * card is other stories).
   */
  before?: string;
  after?: string;
  heading?: string;
  /** Class names / ids of the image and its containers, joined, for hints like "author", "map". */
  hints?: string;
  placement?: ImagePlacement;
  /** Rendered or declared size in CSS pixels, when known. */
  width?: number;
  height?: number;
}

/** Page-level context, computed once per page and refreshed as the article grows. */
export interface PageTextContext {
  title?: string;
  description?: string;
  lang?: string;
  /** Share (0..1) of the article's sentences that describe graphic violence. */
  violenceShare: number;
  /** Categories the article text is about, strongest first. */
  categories: Category[];
  /** Violence words of the article as written, most frequent first (for the cover's reason). */
  terms?: string[];
  /**
   * No word of the title, description or article can start a reason to cover (trigger-words.ts),
   * so the article was not measured and its pictures may be judged by their own words' first
   * pass alone. Set only where the first pass ran (the content script).
   */
  quiet?: boolean;
}

export interface VerdictReason {
  source: ContextSource;
  /** The words that triggered, as written in the page (for "caption mentions …"). */
  terms: string[];
  /** The page's language, the terms' own: German writes every noun with a capital. */
  lang?: string;
}

export interface Verdict {
  categories: Category[];
  /** Lowest sensitivity at which the image is covered; null when it is safe at every level. */
  coverAt: Sensitivity | null;
  reason: VerdictReason | null;
}
