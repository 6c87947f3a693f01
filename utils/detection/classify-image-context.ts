import type {
  Category,
  ContextSource,
  ImageTextContext,
  PageTextContext,
  Sensitivity,
  Verdict,
} from './detection-types';
import { CATEGORIES } from './detection-types';
import { findTerms, type TermHit } from './find-terms';
import { selectLexicons } from './select-lexicons';
import { transliterateSlug } from './transliterate-slug';

// Tunables, named so the evaluation can be read against them.
/** Share of violent sentences above which an article is "about such violence". */
export const VIOLENT_ARTICLE_SHARE = 0.25;
/** Images smaller than this (either side, CSS px) are icons, never covered from context alone. */
export const MIN_CONTEXT_IMAGE_SIDE = 100;
/** Own text with at least this many words describes the picture (so article context yields). */
export const DESCRIBED_MIN_WORDS = 4;
/** Nearby text is read up to this many characters per side. */
export const NEARBY_CAP = 400;
/**
 * A teaser's picture is a thumbnail by design: below this side it is an icon (a play button, a
 * section glyph); above it, the card's words may cover it.
 */
export const MIN_TEASER_IMAGE_SIDE = 48;

const GENERIC_ALT = /^(?:image|img|photo|picture|foto|bild|imagen|immagine|صورة|фото|изображение|зображення|resim|görsel|untitled|null|undefined|thumbnail|graphic|[\w-]+\.(?:jpe?g|png|gif|webp|avif|svg))\s*\d*$/i;
/** "Photo: Jane Doe/Reuters", "© AFP", "Foto: dpa" to the end of the text. */
const CREDIT_TAIL =
  /(?:©|\(c\)|(?:^|[^\p{L}])(?:photo(?:graph)?|photos|foto|fotos|fotografía|image|picture|credit|crédit|crédito|source|courtesy|copyright|bild|imagen|фото|صورة|الصورة|fotoğraf)\s*[:：|]).*$/iu;
const AGENCIES = /\b(?:AFP|Reuters|AP|Getty(?: Images)?|EPA|dpa|ANSA|Anadolu|EFE|Xinhua|UPI|REUTERS|SIPA|Shutterstock|Alamy)\b/g;
const FILE_EXT = /\.[a-z0-9]{2,5}$/i;
const FILE_SEPARATORS = /[_\-.+%0-9]+/g;
const WORD_COUNT = /[\p{L}\p{N}]+/gu;
/**
 * Class/id/file-name hints that the picture is not a scene (no people in it: a map, a logo, a
 * building's exterior). Whole words (between non-letters:
 * "map", "ads", not "adaptive" or "graphic"), plus a few long stems that inflect ("infografik",
 * "satellitenbild").
 */
const NON_SCENE_HINT = new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    'maps?|carte|cartes|karte|karten|mapa|mapas|harita|карта|мапа|chart|charts|graph|graphs|logo|logos|brand|icon|icons|' +
    'avatar|author|authors|autor|auteur|byline|headshot|mugshot|portrait|porträt|retrato|portre|портрет|profile|sponsor|sponsored|' +
    'advert|ad|ads|promo|banner|diagram|emoji|badge|signature|خريطة|خريطه|شعار|' +
    // A building seen from outside or a city from above is a place, like a satellite image.
    'exterior|exteriors|facade|façade|fassade|fachada|cephe|фасад|fasad|واجهة|wajiha|wajihat|skyline|aerial' +
    ')(?![\\p{L}])|(?:^|[^\\p{L}])(?:infogra|grafik|grafic|gráfic|satellit|satélite|uydu|спутник|супутник|інфограф|инфограф)',
  'iu',
);
const CONTEXT_PLACEMENTS = new Set(['article-body', 'lead']);
/** Cards of other stories: judged on their own headline and standfirst, never on the page. */
const TEASER_PLACEMENTS = new Set(['teaser', 'related']);
// Related teasers are not here: a teaser's alt may well describe its picture ("exhuming bodies").
const OUTSIDE_ARTICLE = new Set(['author', 'navigation', 'advertisement', 'logo']);
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

function squash(text: string): string {
  return text.toLowerCase().replace(NOT_LETTERS, ' ').trim();
}

/** Whether an alt or title is the page's headline (or most of it) rather than a description. */
function isHeadline(text: string | undefined, headline: string): boolean {
  if (!text || !headline || text.length < 16) return false;
  const t = squash(text);
  return t.length >= 16 && (headline.includes(t) || t.includes(headline));
}

type Level = Sensitivity | null;
const LEVEL_ORDER: Sensitivity[] = ['minimal', 'balanced', 'strict'];

function lower(a: Level, b: Level): Level {
  if (a === null) return b;
  if (b === null) return a;
  return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b;
}

interface FieldReading {
  source: ContextSource;
  level: Level;
  hits: TermHit[];
  nonScene: boolean;
  fiction: boolean;
  words: number;
}

function readField(source: ContextSource, text: string | undefined, lang: string | undefined): FieldReading | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!trimmed || GENERIC_ALT.test(trimmed)) return null;
  const hits = findTerms(trimmed, selectLexicons(trimmed, lang));
  const fiction = hits.some((h) => h.kind === 'fiction');
  // "One of the photos smuggled out by…", "…fotoğraflardan biri": a caption whose subject is the
  // picture as a document (at its start, or its end in head-final Turkish) and that never says
  // what it shows does not describe the picture; a court or file it names later is where the
  // picture went, not what it shows.
  const doc = source === 'credit' ? -1 : documentSubjectAt(trimmed, hits);
  const nonScene = hits.some((h) => h.kind === 'nonDepiction' && (doc < 0 || positionOf(trimmed, h) < doc));
  // A credit line says who took the picture, not what it shows.
  let words = trimmed.replace(CREDIT_TAIL, ' ').replace(AGENCIES, ' ').match(WORD_COUNT)?.length ?? 0;
  if (doc >= 0 && !hits.some((h) => OWN_KINDS.has(h.kind))) words = 0;
  let level: Level = null;
  if (!fiction) {
    const has = (k: TermHit['kind']) => hits.some((h) => h.kind === k);
    // Mourners, a funeral, a coffin: the dead being mourned or buried is the design's example of
    // borderline, even when the caption names the body; other graphic words still count.
    const mourning = hits.some((h) => h.kind === 'borderline' && h.category === 'dead-bodies');
    // …unless a word names a visible corpse ("the lifeless body … carried to a cemetery").
    const onlyTheDead = hits.every((h) => h.kind !== 'graphic' || (h.category === 'dead-bodies' && !h.explicit));
    if (has('graphic')) level = nonScene || (mourning && onlyTheDead) ? 'strict' : 'minimal';
    // The wounded being carried to an ambulance is the design's example of borderline.
    // A player limping off injured is sport, not the wounded of a war or an attack.
    else if (has('injury')) level = nonScene || has('evacuation') || mourning || has('sport') ? 'strict' : 'balanced';
    else if ((has('borderline') || has('evacuation')) && !nonScene) level = 'strict';
  }
  return { source, level, hits, nonScene, fiction, words };
}

/** Where a hit sits in the text it was found in (-1 when its written form cannot be found). */
function positionOf(text: string, hit: TermHit): number {
  const at = text.indexOf(hit.text);
  return at >= 0 ? at : text.toLowerCase().indexOf(hit.text.toLowerCase());
}

/** Characters a document phrase may start after ("A ", "Una ", "Eines der "). */
const DOCUMENT_LEAD = 12;
/** "of"/"von" right after a document phrase introduces what the picture shows (not in Romance languages, where "de" also says where from). */
const OF_AFTER = /^\s+(?:of|von|vom)\s/i;
const DESCRIPTION_AFTER = /[:：—–]\s*[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]/u;
const TRAILING = /[\s.!?…:;,"'»”)\]]+$/u;

/**
 * Position of a document phrase that is the caption's subject (opens it, or closes it), when no
 * depiction verb says what the picture shows; -1 otherwise.
 */
function documentSubjectAt(text: string, hits: TermHit[]): number {
  let at = -1;
  for (const h of hits) {
    if (h.kind === 'depicts') return -1;
    if (h.kind !== 'document' || at >= 0) continue;
    const p = positionOf(text, h);
    if (p < 0) continue;
    // "One of the last photos of Ahmed…" names who is shown, and "…shared by the family: Ahmed at
    // his wedding" says it after a colon or dash: either describes the picture.
    const rest = text.slice(p + h.text.length);
    if (OF_AFTER.test(rest) || DESCRIPTION_AFTER.test(rest)) return -1;
    if (p <= DOCUMENT_LEAD || p + h.text.length >= text.replace(TRAILING, '').length) at = p;
  }
  return at;
}

/**
 * Page-layout vocabulary in file names: "article-body-3.jpg", "hero-body.jpg", "body-copy.png",
 * "corps-article.jpg", "cuerpo-noticia.jpg" name a slot of the template (the body of the page),
 * not a dead body. The body word next to a layout word is dropped before the file name is read;
 * "bodies-in-street", "mass-grave-bodies", "dead-body" keep theirs.
 */
const LAYOUT_WORDS =
  'article|articles|story|post|page|hero|main|content|entry|blog|news|section|card|teaser|lead|inline|html|email|site|layout|template|' +
  // Not "left", "top", "found": "body-left-on-roadside" names a scene.
  'copy|text|txt|image|img|pic|width|bg|background|module|banner|header|footer|wrap|wrapper|column|col|' +
  'texte|noticia|texto|articulo|artículo|nota|pagina|página';
const LAYOUT_BODY = new RegExp(
  `(?<![\\p{L}])(?:(?:${LAYOUT_WORDS})\\s+(?:body|corps|cuerpo)|(?:body|corps|cuerpo)\\s+(?:(?:de|du|del)\\s+)?(?:${LAYOUT_WORDS}))(?![\\p{L}])`,
  'giu',
);
const BODY_WORD = /(?<![\p{L}])(?:body|corps|cuerpo)(?![\p{L}])/iu;

function fileWords(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const words = fileName.replace(FILE_EXT, '').replace(FILE_SEPARATORS, ' ').trim();
  return words.replace(LAYOUT_BODY, (m) => m.replace(BODY_WORD, ' ')).replace(/\s+/g, ' ').trim() || undefined;
}

function categoriesOf(hits: TermHit[], kinds: ReadonlySet<TermHit['kind']>): Category[] {
  const found = new Set<Category>();
  for (const h of hits) if (h.category && kinds.has(h.kind)) found.add(h.category);
  return CATEGORIES.filter((c) => found.has(c));
}

const OWN_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'borderline', 'evacuation']);
const STRONG_KINDS = new Set<TermHit['kind']>(['graphic', 'injury']);
const VIOLENT_KINDS = new Set<TermHit['kind']>(['graphic', 'injury', 'topic']);

/** Whether the page is about graphic violence; cached per page object. */
const pageReadings = new WeakMap<PageTextContext, { violent: boolean; hits: TermHit[] }>();
function readPage(page: PageTextContext): { violent: boolean; hits: TermHit[] } {
  let reading = pageReadings.get(page);
  if (!reading) {
    const head = [page.title, page.description].filter(Boolean).join('. ');
    const hits = head ? findTerms(head, selectLexicons(head, page.lang)) : [];
    // A review of a play or a crime series is not an article about real violence.
    const fiction = hits.some((h) => h.kind === 'fiction');
    if (fiction) {
      reading = { violent: false, hits };
      pageReadings.set(page, reading);
      return reading;
    }
    const strongHead = !fiction && hits.some((h) => STRONG_KINDS.has(h.kind));
    const topicHead = !fiction && hits.some((h) => h.kind === 'topic');
    const violent =
      page.violenceShare >= VIOLENT_ARTICLE_SHARE ||
      (strongHead && page.violenceShare >= VIOLENT_ARTICLE_SHARE / 4) ||
      (topicHead && page.violenceShare >= VIOLENT_ARTICLE_SHARE / 2);
    reading = { violent, hits };
    pageReadings.set(page, reading);
  }
  return reading;
}

const SAFE: Verdict = { categories: [], coverAt: null, reason: null };

/**
 * Decide whether one image is graphic, from its text context and the page's.
 * The image's own text decides first (minimal); article context covers undescribed pictures in
 * the body of a violent article (balanced); borderline scenes and described-but-neutral pictures
 * in a violent article wait for strict.
 */
export function classifyImageContext(image: ImageTextContext, page: PageTextContext): Verdict {
  const lang = page.lang;
  // Many sites repeat the headline as every picture's alt or title: that describes the article,
  // not this picture, so it counts as article context, not as the image's own text.
  const headline = page.title ? squash(page.title) : '';
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
    (!!image.hints && NON_SCENE_HINT.test(image.hints)) ||
    (!!image.fileName && NON_SCENE_HINT.test(image.fileName));
  const described = own.some((f) => f.source !== 'credit' && f.words >= DESCRIBED_MIN_WORDS);

  // 1. The image's own text.
  let best: FieldReading | null = null;
  for (const f of own) if (f.level && (!best || lower(f.level, best.level) !== best.level)) best = f;
  let level: Level = best?.level ?? null;
  let source: ContextSource | null = best?.source ?? null;
  let hits: TermHit[] = best ? best.hits.filter((h) => OWN_KINDS.has(h.kind)) : [];
  let categories = categoriesOf(hits, OWN_KINDS);

  // A file name is often the headline's slug: it counts, but not as a description.
  if (file?.level && !fiction && level !== 'minimal') {
    const fileLevel: Level = file.level === 'minimal' && !nonScene ? 'balanced' : file.level === 'balanced' ? 'strict' : null;
    if (fileLevel && lower(fileLevel, level) !== level) {
      level = fileLevel;
      source = 'file-name';
      hits = file.hits.filter((h) => OWN_KINDS.has(h.kind));
      categories = categoriesOf(hits, OWN_KINDS);
    }
  }

  // An author photo, ad, logo or menu icon carries a name or a slogan, not a description of a
  // scene: its own text alone covers it at strict only.
  const placement = image.placement ?? 'other';
  if (level && OUTSIDE_ARTICLE.has(placement)) level = 'strict';

  // 2a. A teaser card is its own story: its headline and standfirst speak for an undescribed
  // picture, the page and the neighbouring cards do not.
  if (TEASER_PLACEMENTS.has(placement)) {
    const small =
      (image.width !== undefined && image.width > 0 && image.width < MIN_TEASER_IMAGE_SIDE) ||
      (image.height !== undefined && image.height > 0 && image.height < MIN_TEASER_IMAGE_SIDE);
    if (!fiction && !nonScene && !small && level !== 'minimal' && level !== 'balanced') {
      const card = readCard(image, lang);
      // Words naming graphic imagery or the wounded cover an undescribed picture at balanced; a
      // card that only speaks of killings, mourning or evacuations waits for strict. A picture
      // its own text describes otherwise ("Delegates arrive in Geneva") is covered at strict
      // only when the card names graphic imagery, never for a mention of killings.
      const strong = card?.level === 'minimal' || card?.level === 'balanced';
      const cardLevel: Level = !card ? null : !described ? (strong ? 'balanced' : 'strict') : strong ? 'strict' : null;
      if (card && cardLevel && lower(cardLevel, level) !== level) {
        level = cardLevel;
        source = card.source;
        hits = card.hits;
        categories = categoriesOf(card.hits, OWN_KINDS);
        if (!categories.length) categories = categoriesOf(card.hits, VIOLENT_KINDS);
      }
    }
    if (!level || !source) return SAFE;
    return { categories, coverAt: level, reason: { source, terms: uniqueTerms(hits) } };
  }

  // 2. The article around it, for pictures their own text does not describe.
  const tiny =
    (image.width !== undefined && image.width > 0 && image.width < MIN_CONTEXT_IMAGE_SIDE) ||
    (image.height !== undefined && image.height > 0 && image.height < MIN_CONTEXT_IMAGE_SIDE);
  const eligible = !fiction && !nonScene && !tiny && (CONTEXT_PLACEMENTS.has(placement) || placement === 'other');
  if (eligible && level !== 'minimal' && level !== 'balanced') {
    const nearby = readNearby(image, lang);
    const pageReading = readPage(page);
    const inBody = CONTEXT_PLACEMENTS.has(placement);
    const articleViolent = pageReading.violent && (inBody || nearby.strong);
    // A caption that describes the picture without violence speaks for it; one that speaks of
    // killing without naming what is shown ("victims of the attack") is borderline.
    const ownTopic = own.some((f) => !f.fiction && f.hits.some((h) => h.kind === 'topic'));
    let contextLevel: Level = null;
    if (articleViolent) contextLevel = !described ? 'balanced' : ownTopic || nearby.strong ? 'strict' : null;
    else if (nearby.strong && inBody) contextLevel = 'strict';
    if (contextLevel && lower(contextLevel, level) !== level) {
      level = contextLevel;
      if (nearby.strong && nearby.source) {
        source = nearby.source;
        hits = nearby.hits;
        categories = categoriesOf(nearby.hits, STRONG_KINDS);
      } else {
        source = 'article';
        hits = (page.terms ?? []).slice(0, 2).map((text) => ({ kind: 'topic', category: null, text }));
        categories = page.categories.slice(0, 2);
      }
      if (!categories.length) categories = page.categories.slice(0, 2);
    }
  }

  if (!level || !source) return SAFE;
  return {
    categories,
    coverAt: level,
    reason: { source, terms: uniqueTerms(hits) },
  };
}

function uniqueTerms(hits: TermHit[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    const key = h.text.toLowerCase();
    if (!seen.has(key) && h.kind !== 'fiction' && h.kind !== 'nonDepiction' && h.kind !== 'sport' && h.kind !== 'document' && h.kind !== 'depicts') {
      seen.add(key);
      out.push(h.text);
    }
  }
  return out.slice(0, 3);
}

interface CardReading {
  /** Level the card's words alone would give a caption (graphic minimal, injury balanced …). */
  level: Level;
  source: ContextSource;
  hits: TermHit[];
}

/**
 * The card's headline, then its standfirst: the strongest reading, or a topic mention. A card is
 * one story: a crime drama in its headline makes its standfirst's murder fiction too, and a match
 * report's "perfect execution" or "shot" is sport (strong words wait for strict, mentions count
 * for nothing).
 */
function readCard(image: ImageTextContext, lang: string | undefined): CardReading | null {
  let best: CardReading | null = null;
  let topic: CardReading | null = null;
  let sport = false;
  const fields: [ContextSource, string | undefined][] = [
    ['heading', image.heading],
    ['nearby-text', image.after],
  ];
  for (const [source, text] of fields) {
    const f = readField(source, text, lang);
    if (!f) continue;
    if (f.fiction) return null;
    if (f.hits.some((h) => h.kind === 'sport')) sport = true;
    if (f.level && (!best || lower(f.level, best.level) !== best.level)) {
      best = { level: f.level, source, hits: f.hits.filter((h) => OWN_KINDS.has(h.kind)) };
    } else if (!topic && f.hits.some((h) => h.kind === 'topic')) {
      topic = { level: 'strict', source, hits: f.hits.filter((h) => VIOLENT_KINDS.has(h.kind)) };
    }
  }
  if (sport) return best ? { ...best, level: 'strict' } : null;
  return best ?? topic;
}

interface NearbyReading {
  strong: boolean;
  source: ContextSource | null;
  hits: TermHit[];
}

/** Paragraphs before/after and the section heading: do they describe graphic violence? */
function readNearby(image: ImageTextContext, lang: string | undefined): NearbyReading {
  const parts: [ContextSource, string | undefined][] = [
    ['nearby-text', image.before && image.before.slice(-NEARBY_CAP)],
    ['nearby-text', image.after && image.after.slice(0, NEARBY_CAP)],
    ['heading', image.heading],
  ];
  for (const [source, text] of parts) {
    if (!text) continue;
    const hits = findTerms(text, selectLexicons(text, lang));
    if (hits.some((h) => h.kind === 'fiction')) continue;
    const strong = hits.filter((h) => h.kind === 'graphic');
    if (strong.length) return { strong: true, source, hits: strong };
  }
  return { strong: false, source: null, hits: [] };
}
