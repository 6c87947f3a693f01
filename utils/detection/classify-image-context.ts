import type { Category, ContextSource, ImageTextContext, PageTextContext, Verdict } from './detection-types';
import { CATEGORIES } from './detection-types';
import { NON_SCENE_HINT, fileWords } from './file-name-words';
import type { TermHit } from './find-terms';
import { OWN_KINDS, STRONG_KINDS, VIOLENT_KINDS, lower, readField, type FieldReading, type Level } from './read-own-text';
import { headingNamesArtwork, readCard, readNearby, readPage } from './read-surroundings';
import { transliterateSlug } from './transliterate-slug';
import { humanBones } from './whose-bones';
import { lazy } from '../lazy-regexp';
import { squash } from './squash';

// How a verdict is reached (ARCHITECTURE.md, "How a verdict is reached"): the picture's own words
// first (read-own-text.ts: its first sentence, warnings, what the words are said of), then for a
// picture they do not describe, what the page says around it (read-surroundings.ts).

export { VIOLENT_ARTICLE_SHARE, NEARBY_CAP } from './read-surroundings';
export { DESCRIBED_MIN_WORDS } from './read-own-text';
/** Images smaller than this (either side, CSS px) are icons, never covered from context alone. */
export const MIN_CONTEXT_IMAGE_SIDE = 100;
/**
 * A teaser's picture is a thumbnail by design: below this side it is an icon (a play button, a
 * section glyph); above it, the card's words may cover it.
 */
export const MIN_TEASER_IMAGE_SIDE = 48;

const CONTEXT_PLACEMENTS = new Set(['article-body', 'lead']);
/** How many of the article's categories and words a verdict drawn from the article names. */
export const PAGE_WORDS_NAMED = 2;

/** Cards of other stories: judged on their own headline and standfirst, never on the page. */
const TEASER_PLACEMENTS = new Set(['teaser', 'related']);
// Related teasers are not here: a teaser's alt may well describe its picture ("exhuming bodies").
const OUTSIDE_ARTICLE = new Set(['author', 'navigation', 'advertisement', 'logo']);
/** A line's end in a place and a date, after a comma: ", 5 червня 2022 року.", ", le 5 juin 2022", ", June 5, 2022." */
const WIRE_DATELINE = lazy(() => /[,،]\s*(?:le\s+)?\p{Nd}{1,2}\.?\s+(?:de\s+)?\p{L}+\s+(?:de\s+)?\p{Nd}{4}(?:\s+\p{L}+)?\.?$|[,،]\s*\p{L}+\s+\p{Nd}{1,2},\s+\p{Nd}{4}\.?$/u);
const SAFE: Verdict = { categories: [], coverAt: null, reason: null };

/** The page's title squashed, kept for the next picture: a page's pictures are read one after another. */
let lastTitle: { title: string; squashed: string } | undefined;
function squashedTitle(title: string): string {
  if (lastTitle?.title !== title) lastTitle = { title, squashed: squash(title) };
  return lastTitle.squashed;
}

/** Whether an alt or title is the page's headline (or most of it) rather than a description. */
function isHeadline(text: string | undefined, headline: string): boolean {
  if (!text || !headline || text.length < 16) return false;
  const t = squash(text);
  return t.length >= 16 && (headline.includes(t) || t.includes(headline));
}

function categoriesOf(hits: readonly TermHit[], kinds: ReadonlySet<TermHit['kind']>): Category[] {
  const found = new Set<Category>();
  for (const h of hits) if (h.category && kinds.has(h.kind)) found.add(h.category);
  return CATEGORIES.filter((c) => found.has(c));
}

function isSmall(image: ImageTextContext, side: number): boolean {
  return (
    (image.width !== undefined && image.width > 0 && image.width < side) ||
    (image.height !== undefined && image.height > 0 && image.height < side)
  );
}

/**
 * Whether the page's article is never weighed for this picture, whatever its words: a teaser
 * card (its own story), an author photo, ad, logo or menu icon, or an icon-sized picture. Its
 * verdict rests on its own words (and its card's) alone.
 */
export function judgedOnOwnWords(image: ImageTextContext): boolean {
  const placement = image.placement ?? 'other';
  return TEASER_PLACEMENTS.has(placement) || OUTSIDE_ARTICLE.has(placement) || isSmall(image, MIN_CONTEXT_IMAGE_SIDE);
}

/** The verdict being built: the lowest level so far, and what it rests on. */
interface Decision {
  level: Level;
  source: ContextSource | null;
  hits: TermHit[];
  categories: Category[];
}

/** Lowers the decision to `level` when that is lower, resting it on `source` and `hits`. */
function consider(d: Decision, level: Level, source: ContextSource, hits: TermHit[], categories: Category[]): void {
  if (!level || lower(level, d.level) === d.level) return;
  d.level = level;
  d.source = source;
  d.hits = hits;
  d.categories = categories;
}

function verdictOf(d: Decision, lang: string | undefined): Verdict {
  if (!d.level || !d.source) return SAFE;
  return { categories: d.categories, coverAt: d.level, reason: { source: d.source, terms: uniqueTerms(d.hits), lang } };
}

/** A verdict, and whether reaching it read the article (see classifyImageReadingArticle). */
export interface ClassifiedImage {
  verdict: Verdict;
  /**
   * Whether the article's reading (its share of violent sentences, warnings, categories and
   * words) was weighed. A verdict that did not weigh it is drawn from the picture's words, the
   * page's title and its language only, so it stands however the rest of the article reads.
   */
  readsArticle: boolean;
}

/**
 * Decide whether one image is graphic, from its text context and the page's.
 * The image's own text decides first (minimal); article context covers undescribed pictures in
 * the body of a violent article (balanced); borderline scenes and described-but-neutral pictures
 * in a violent article wait for strict.
 */
export function classifyImageContext(image: ImageTextContext, page: PageTextContext): Verdict {
  return classifyImageReadingArticle(image, page).verdict;
}

/**
 * classifyImageContext, telling whether the article's reading was weighed: the guard decides a
 * picture again when the reading changes only if it was (a front page's teaser cards never are,
 * and were all classified twice, once while parsing and once when it ended).
 */
export function classifyImageReadingArticle(given: ImageTextContext, page: PageTextContext): ClassifiedImage {
  const lang = page.lang;
  // Many sites repeat the headline as every picture's alt or title: that describes the article,
  // not this picture, so it counts as article context, not as the image's own text.
  const headline = page.title ? squashedTitle(page.title) : '';
  // A paragraph right after an uncaptioned picture that ends in a place and a date, as a wire
  // caption does ("Пожежники гасять пожежу…, Київ, 5 червня 2022 року."), is its caption set as a
  // line of the article: read as its own words, not as the story around it (round 136).
  const wire = !given.caption && given.after && WIRE_DATELINE().test(given.after.trim());
  const image = wire ? { ...given, caption: given.after, after: undefined } : given;
  const own = [
    readField('caption', image.caption, lang),
    readField('alt', isHeadline(image.alt, headline) ? undefined : image.alt, lang),
    readField('title', isHeadline(image.title, headline) ? undefined : image.title, lang),
    readField('aria', image.aria, lang),
    readField('credit', image.credit, lang),
  ].filter((f): f is FieldReading => f !== null);
  const slug = fileWords(image.fileName);
  let file = readField('file-name', slug, lang);
  const cyrillic = !file?.level && slug ? transliterateSlug(slug, lang) : undefined;
  if (cyrillic) file = readField('file-name', cyrillic, lang);

  const fiction = own.some((f) => f.fiction);
  const nonScene =
    own.some((f) => f.nonScene) ||
    (!!image.hints && NON_SCENE_HINT().test(image.hints)) ||
    (!!image.fileName && NON_SCENE_HINT().test(image.fileName));
  const described = own.some((f) => f.source !== 'credit' && f.describes);

  // 1. The image's own words.
  const d: Decision = { level: null, source: null, hits: [], categories: [] };
  for (const f of own) {
    const said = f.hits.filter((h) => OWN_KINDS.has(h.kind));
    // Categories follow the evidence (issue 12.5): graphic and injury words only. Mourners, a
    // coffin, ruins or a stretcher make a picture borderline and the cover gives those words as
    // its reason, not "Dead bodies" or "Human remains". A later sentence that covers the picture
    // from balanced (a body, a head wound) names what it covers for.
    const named = categoriesOf(said, STRONG_KINDS);
    if (named.length || !f.shownLater.length) consider(d, f.level, f.source, said, named);
    else consider(d, f.level, f.source, [...said, ...f.shownLater], categoriesOf(f.shownLater, STRONG_KINDS));
  }
  // A file name is often the headline's slug: it counts, but not as a description.
  if (file?.level && !fiction && d.level !== 'minimal') {
    const fileLevel: Level = file.level === 'minimal' && !nonScene ? 'balanced' : file.level === 'balanced' ? 'strict' : null;
    const hits = file.hits.filter((h) => OWN_KINDS.has(h.kind));
    consider(d, fileLevel, 'file-name', hits, categoriesOf(hits, STRONG_KINDS));
  }

  // A credit naming a satellite company or a map maker says what kind of picture it is, whatever
  // its caption names ("Mass grave near a church in Bucha" over "Maxar Technologies").
  if (d.level && own.some((f) => f.source === 'credit' && f.nonScene)) d.level = 'strict';
  // So does a section heading, the page's title or its standfirst that names its pictures as art
  // ("Dibujo de los cadáveres en una fosa común", "Drawings by Hiroshima survivors"): the pictures
  // under it are drawings, whatever their captions name.
  const art = headingNamesArtwork(image.heading, lang) || readPage(page).artwork;
  if (d.level && art) d.level = 'strict';

  // An author photo, ad, logo or menu icon carries a name or a slogan, not a description of a
  // scene: its own text alone covers it at strict only.
  const placement = image.placement ?? 'other';
  if (d.level && OUTSIDE_ARTICLE.has(placement)) d.level = 'strict';

  // 2a. A teaser card is its own story: its headline and standfirst speak for an undescribed
  // picture, the page and the neighbouring cards do not.
  if (TEASER_PLACEMENTS.has(placement)) {
    if (!fiction && !nonScene && !isSmall(image, MIN_TEASER_IMAGE_SIDE) && d.level !== 'minimal' && d.level !== 'balanced') {
      const card = readCard(image, lang);
      // Words naming graphic imagery or the wounded cover an undescribed picture at balanced; a
      // card that only speaks of killings, mourning or evacuations waits for strict. A picture
      // its own text describes otherwise ("Delegates arrive in Geneva") is covered at strict
      // only when the card names graphic imagery, never for a mention of killings.
      const strong = card?.level === 'minimal' || card?.level === 'balanced';
      const cardLevel: Level = !card ? null : !described ? (strong ? 'balanced' : 'strict') : strong ? 'strict' : null;
      if (card) {
        let categories = categoriesOf(card.hits, OWN_KINDS);
        if (!categories.length) categories = categoriesOf(card.hits, VIOLENT_KINDS);
        consider(d, cardLevel, card.source, card.hits, categories);
      }
    }
    return { verdict: verdictOf(d, lang), readsArticle: false };
  }

  // 2. What the page says around a picture its own words do not settle.
  const eligible = !fiction && !nonScene && !isSmall(image, MIN_CONTEXT_IMAGE_SIDE) && (CONTEXT_PLACEMENTS.has(placement) || placement === 'other');
  const readsArticle = eligible && d.level !== 'minimal' && d.level !== 'balanced';
  if (readsArticle) {
    const nearby = readNearby(image, lang);
    const pageReading = readPage(page);
    // Bones no word of the picture's says whose, beside remains or a place of the human dead named
    // by the picture's words or the page: human remains, from balanced (whose-bones.ts, round 174).
    const bones = humanBones(own, image, page, pageReading.violent, lang);
    if (bones) consider(d, 'balanced', bones.source, bones.hits, ['remains']);
    const inBody = CONTEXT_PLACEMENTS.has(placement);
    // A caption's background sentences (a death toll, what happened to the person shown) are
    // context about the story, like the paragraph beside the picture.
    const background = own.flatMap((f) => f.background);
    const backgroundStrong = background.some((h) => h.kind === 'graphic');
    const strongNearby = nearby.strong || backgroundStrong;
    const articleViolent = pageReading.violent && (inBody || strongNearby);
    // A caption that describes the picture without violence speaks for it; one that speaks of
    // killing without naming what is shown ("victims of the attack") is borderline.
    const ownTopic = own.some((f) => !f.fiction && (f.background.length > 0 || f.hits.some((h) => h.kind === 'topic')));
    // …and so is one beside a paragraph naming the wounded ("Omran was rescued from a house" over
    // "Many people are wounded every day"), or under a heading that speaks of killing ("A family
    // at their doorstep" under "5,000 Kurds massacred in Halabja"): the picture may well show
    // them, so strict covers it.
    const told = ownTopic || strongNearby || nearby.wounded || nearby.headingTells;
    const victimsShown = own.some((f) => !f.fiction && f.victimsShown);
    let contextLevel: Level = null;
    // An uncaptioned picture whose neighbouring line names it as a map, a satellite image, a
    // portrait or a sculpture is that kind of picture, not a scene of the violent article: strict.
    // So is one whose neighbouring line says what the photo shows and names no harm: the page
    // described it, as a caption would.
    if (articleViolent) {
      // A line beside it introducing a person by their age is a portrait's: the harm the
      // paragraph tells after it happened to that person, as after a portrait's life dates.
      // So is one beside a label line (a map's place name; not a counter or a byline), and one
      // beside the line telling a funeral or a burial, the rite a caption of those words shows
      // (round 105).
      if (!described) contextLevel = nearby.namesPerson || nearby.namesRite || ((nearby.namesNonScene || nearby.showsNoHarm || nearby.labelled) && !told) ? 'strict' : 'balanced';
      // A caption that opens with the victims ("One of the victims who appeared in the Caesar
      // photos") names them as who is shown, as "the dead" does: balanced, unless its own words
      // name a scene (mourners, a stretcher), which waits for strict.
      else if (told) contextLevel = victimsShown && !d.level ? 'balanced' : 'strict';
    } else if (strongNearby && inBody) contextLevel = 'strict';
    // A heading right over a picture in the article's body, with no paragraph between, titles it
    // (a photo page's or a gallery's title: "Ramassage des cadavres par les soldats…"), as a
    // caption would, when the picture's own words are none, a credit, or speak only of killing
    // ("Le mois le plus meurtrier de la guerre, septembre 1914"). A caption that names a scene
    // ("Investigators outside the police station"), or hangs the killing on one by a genitive
    // ("the scene of the massacre", "le lieu du massacre"), speaks for its picture; a headline
    // over the lead picture tells the story, not the picture (placement 'lead').
    const titledByHeading =
      placement === 'article-body' &&
      !image.before &&
      nearby.headingStrong &&
      !d.level &&
      !art &&
      own.every((f) => f.source === 'credit' || f.words === 0 || speaksOnlyOfKilling(f.hits));
    if (titledByHeading) contextLevel = 'balanced';
    // The page says in words what this photo shows ("Das Foto zeigt einen toten Mann"), or the
    // publisher warns right beside it or in the page's title, or a page about violence calls the
    // picture beside the paragraph harrowing ("Una imagen desgarradora ha surgido…"): as strong
    // as a description, unless a line beside it says what kind of picture or what thing it is
    // ("На фото нижче – зруйнований будинок"): the horror is then at other pictures (round 172).
    if (nearby.describes || nearby.warned || (nearby.appraised && pageReading.violent && !nearby.namesNonScene) || (pageReading.warned && inBody)) contextLevel = 'balanced';
    // A caption that names the picture as a document ("A scene from the video CNN filmed", "One
    // of the leaked photos") and not what it shows leaves that to the page beside it: a graphic
    // word there, or in its heading, is what the picture shows.
    if (strongNearby && own.some((f) => f.aboutPicture)) contextLevel = 'balanced';
    if (contextLevel && lower(contextLevel, d.level) !== d.level) {
      if (strongNearby && (nearby.source || backgroundStrong)) {
        const hits = nearby.strong ? nearby.hits : background;
        let categories = categoriesOf(hits, STRONG_KINDS);
        if (!categories.length) categories = page.categories.slice(0, PAGE_WORDS_NAMED);
        consider(d, contextLevel, nearby.strong && nearby.source ? nearby.source : 'caption', hits, categories);
      } else {
        const hits: TermHit[] = (page.terms ?? []).slice(0, PAGE_WORDS_NAMED).map((text) => ({ kind: 'topic', category: null, text, at: -1 }));
        consider(d, contextLevel, 'article', hits, page.categories.slice(0, PAGE_WORDS_NAMED));
      }
    }
    // What the page says beside a picture under art's heading or title describes the artwork too
    // ("Хромолитография. Суд Пугачева…" over "Изображена сцена казни…"): strict, as its own words.
    if (d.level && art) d.level = 'strict';
  }
  return { verdict: verdictOf(d, lang), readsArticle };
}


/** A killing word in the picture's own words that is not hung by a genitive on what is shown ("the scene of the massacre"). */
function speaksOnlyOfKilling(hits: readonly TermHit[]): boolean {
  return hits.some((h) => h.kind === 'topic' && !hits.some((j) => j.kind === 'join' && j.at < h.at && h.at - (j.at + j.text.length) <= 1));
}

function uniqueTerms(hits: readonly TermHit[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    const key = h.text.toLowerCase();
    if (!seen.has(key) && (OWN_KINDS.has(h.kind) || h.kind === 'topic')) {
      seen.add(key);
      out.push(h.text);
    }
  }
  return out.slice(0, 3);
}
