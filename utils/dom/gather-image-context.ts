import type { ImagePlacement, ImageTextContext } from '../detection/detection-types';
import { OWN_TEXT_CAP } from '../detection/caption-sentences';
import { AFTER_CAP, MIN_NEARBY_PARAGRAPH, NEARBY_CAP } from '../detection/context-caps';
import { findTeaserCard } from './find-teaser-card';
import { hasAtMostChildren, isOnlyChild } from './element-children';
import { lazy } from '../lazy-regexp';
import { urlFileName } from './url-file-name';
import { clipText } from './clip-text';

// Reads the text around one media element for the detection core. Runs for every image on a
// page, so every walk is bounded and nothing here forces layout (no getComputedStyle, no
// getBoundingClientRect): sizes come from attributes or naturalWidth only.

/**
 * Characters kept of the picture's own words (caption, alt, title, described-by): a long caption
 * must not hide a graphic sentence or a warning past the first few hundred characters, and
 * detection bounds the work it does on them (caption-sentences.ts).
 */
const OWN_CAP = OWN_TEXT_CAP;
/** Ancestors inspected for captions, slides and hints. */
const CAPTION_DEPTH = 4;
/** Ancestors inspected for placement. */
const PLACEMENT_DEPTH = 14;
/** Siblings inspected before/after the image's block. */
const SIBLING_STEPS = 4;
/** Elements inspected backwards for the section heading. */
const HEADING_STEPS = 16;

const CAPTION_CLASS = lazy(() => /caption|legend|legende|légende|leyenda|bildunterschrift|subtitle|description|desc\b|photo-text|image-text|img-text|wp-caption-text/i);
const CREDIT_CLASS = lazy(() => /credit|copyright|photographer|source|byline-photo|attribution|fotograf/i);
const CAPTION_ATTRS = ['data-caption', 'data-title', 'data-description', 'data-alt', 'data-sub-html', 'data-lightbox-caption', 'data-credit'] as const;
/** Lazy-loading placeholders say nothing about the picture. */
const PLACEHOLDER = lazy(() => /^data:|(?:^|\/)(?:blank|spacer|placeholder|transparent|pixel|grey|gray|lazy|loading|1x1)[\w-]*\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)/i);
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-srcset', 'srcset', 'poster'] as const;
const HEADING = lazy(() => /^H[1-4]$/);
const TAGS = lazy(() => /<[^>]*>/g);
const BACKGROUND_URL = lazy(() => /background(?:-image)?\s*:[^;]*url\(\s*['"]?([^'")]+)/i);
const PROSE_TAGS = new Set(['P', 'BLOCKQUOTE', 'LI', 'DD']);

const AD = lazy(() => /(?:^|[\s_-])(?:ad|ads|advert|advertisement|adslot|ad-slot|sponsor|sponsored|promo|dfp|gpt|outbrain|taboola|commercial)(?:[\s_-]|$)/i);
const AUTHOR = lazy(() => /author|byline|avatar|contributor|writer|journalist|bio\b|profile-pic/i);
const LOGO = lazy(() => /logo|brand|masthead|site-title/i);
const RELATED = lazy(() => /related|recommend|more-stories|more-news|read-more|readmore|also-read|teaser|trending|popular|most-read|sidebar|rail|widget|newsletter|card-list|promo-list/i);
/** Stricter than RELATED: layout wrappers named "sidebar" or "rail" often hold the story itself. */
const TEASER_LIST = lazy(() => /related|recommend|more-stories|more-news|read-more|readmore|also-read|teaser|trending|most-read|popular/i);
const NAV = lazy(() => /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|breadcrumb|toolbar|social|share)(?:[\s_-]|$)/i);
const LEAD = lazy(() => /hero|lead|featured|top-image|main-image|article-image--main|splash|opener/i);
const BODY = lazy(() => /article-body|articlebody|story-body|storybody|entry-content|post-content|post-body|article-content|article__body|story-content|content-body|rich-text|prose|body-text|main-content/i);

/** Two letters: the end of a word, read on the last two characters of the text so far. */
const WORD_END = lazy(() => /^\p{L}{2}$/u);
/** A letter not lower-case: a piece that starts a new word rather than going on with one. */
const WORD_START = lazy(() => /^(?!\p{Ll})\p{L}/u);

/** Elements whose text a reader never sees: a page's script inside a caption is not its words. */
const UNSEEN = 'script, style, template, noscript';

/**
 * An element's text as printed: textContent without the text of scripts and styles inside it.
 * `apart`: a word and a capital that meet across elements are kept apart, as the page shows them
 * ("<span>…ate a rabbit</span><span>Credit: Getty</span>", "Bucha<br>Photo: AP"), where
 * textContent glues them into one word ("rabbitCredit"). A word styled in pieces goes on
 * lower-case ("un<b>believ</b>able", "<b>B</b>ucha") or follows one letter ("<i>i</i>Phone") and
 * stays whole; in a script without letter case, the element's edge alone is the sign.
 */
function printedText(el: Element, apart = false): string {
  if (!apart && !el.querySelector(UNSEEN)) return el.textContent ?? '';
  let text = '';
  let tail = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(UNSEEN) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : '';
    text += apart && WORD_START().test(piece) && WORD_END().test(tail) ? ` · ${piece}` : piece;
    // The text's last two characters kept apart: slicing the growing text would flatten it
    // once a piece, a caption of many small elements read in quadratic time.
    tail = (tail + piece).slice(-2);
  }
  return text;
}

function classOf(el: Element): string {
  const c = el.getAttribute('class');
  const id = el.id;
  return c ? (id ? `${c} ${id}` : c) : id;
}

function idRefsText(el: Element, attr: string): string | undefined {
  const ids = el.getAttribute(attr);
  if (!ids) return undefined;
  const doc = el.ownerDocument;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/).slice(0, 4)) {
    const target = id && doc.getElementById(id);
    if (target && target !== el) parts.push(printedText(target));
  }
  return clipText(parts.join(' '), OWN_CAP);
}

function fileNameOf(el: Element): string | undefined {
  const img = el as HTMLImageElement;
  // A lazy loader's real URL (data-src …) names the picture; src may still be a placeholder.
  let url: string | null | undefined = el.getAttribute('data-src') || el.getAttribute('data-lazy-src') || el.getAttribute('data-original');
  if (!url || PLACEHOLDER().test(url)) url = img.currentSrc || el.getAttribute('src');
  if (!url || url.startsWith('data:') || PLACEHOLDER().test(url)) {
    for (const attr of SRC_ATTRS) {
      url = el.getAttribute(attr);
      if (url && !PLACEHOLDER().test(url)) break;
    }
  }
  // CSS background pictures: the URL sits in the inline style (no computed style is read).
  if (!url) url = BACKGROUND_URL().exec(el.getAttribute('style') ?? '')?.[1];
  if (!url || url.startsWith('data:')) return undefined;
  // A srcset's first candidate.
  return urlFileName(url.trim().split(/[\s,]/, 1)[0] ?? '');
}

function sizeOf(el: Element, attr: 'width' | 'height'): number | undefined {
  const declared = Number.parseFloat(el.getAttribute(attr) ?? '');
  if (declared > 0) return declared;
  const img = el as HTMLImageElement;
  const natural = attr === 'width' ? img.naturalWidth : img.naturalHeight;
  return typeof natural === 'number' && natural > 0 ? natural : undefined;
}

const MEDIA = 'img, picture, video, iframe';

/** Text of a caption-like element right next to `node`; another picture's block does not count. */
function siblingCaption(node: Element, pattern: RegExp): string | undefined {
  for (let s = node.nextElementSibling, i = 0; s && i < 2; s = s.nextElementSibling, i++) {
    if (pattern.test(classOf(s)) && !s.querySelector(MEDIA)) return clipText(printedText(s), OWN_CAP);
  }
  const prev = node.previousElementSibling;
  if (prev && pattern.test(classOf(prev)) && !prev.querySelector(MEDIA)) return clipText(printedText(prev), OWN_CAP);
  return undefined;
}

interface Captions {
  caption?: string;
  credit?: string;
  block: Element;
}

/** figcaption, data-caption attributes, caption-like neighbours, within a few ancestors. */
function findCaptions(media: Element): Captions {
  const parts: string[] = [];
  let credit: string | undefined;
  let block: Element = media;
  for (const attr of CAPTION_ATTRS) {
    const v = media.getAttribute(attr);
    if (v) parts.push(v);
  }
  let node: Element | null = media;
  for (let depth = 0; node && depth <= CAPTION_DEPTH; depth++, node = parentAcrossRoots(node)) {
    const tag = node.tagName;
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') break;
    if (node !== media) {
      for (const attr of CAPTION_ATTRS) {
        const v = node.getAttribute(attr);
        if (v && !parts.includes(v)) parts.push(v);
      }
    }
    if (tag === 'FIGURE') {
      const fc = node.querySelector('figcaption');
      if (fc) {
        // A credit inside the figcaption is read on its own as well.
        const cr = fc.querySelector('[class*="credit" i], [class*="copyright" i], small, cite');
        if (cr) credit = clipText(printedText(cr));
        parts.push(printedText(fc, true));
      }
      block = node;
      break;
    }
    if (!parts.length) {
      const sib = siblingCaption(node, CAPTION_CLASS());
      if (sib) {
        parts.push(sib);
        block = node;
      }
    }
    if (!credit) credit = siblingCaption(node, CREDIT_CLASS());
    // Wrappers that hold only this image (a > img, picture > img, div > img) belong to its block.
    if (block === node && isOnlyChild(node)) block = node.parentElement ?? node;
    if (parts.length && block !== node) break;
  }
  // Lightbox attributes (data-sub-html) hold markup: only its text is a caption.
  return { caption: clipText(parts.join(' · ').replace(TAGS(), ' '), OWN_CAP), credit, block };
}

/**
 * The parent, or past a shadow root's boundary its host: a picture a component shows in its
 * shadow root is captioned by the figure around the component (issue 16.5).
 */
function parentAcrossRoots(node: Element): Element | null {
  const parent = node.parentNode;
  return node.parentElement ?? (parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : null);
}

/** The nearest sizeable prose before or after `block`, climbing a few levels when needed. */
function nearbyProse(block: Element, forward: boolean): string | undefined {
  const heading = HEADING();
  let node: Element | null = block;
  for (let up = 0; node && up < 3; up++, node = node.parentElement) {
    let s = forward ? node.nextElementSibling : node.previousElementSibling;
    for (let i = 0; s && i < SIBLING_STEPS; i++, s = forward ? s.nextElementSibling : s.previousElementSibling) {
      if (heading.test(s.tagName)) {
        if (!forward) return undefined; // the section starts here
        continue;
      }
      if ((PROSE_TAGS.has(s.tagName) || (s.tagName === 'DIV' && hasAtMostChildren(s, 3))) && !s.querySelector(MEDIA)) {
        const text = blockText(s);
        if (text.length >= MIN_NEARBY_PARAGRAPH) return forward ? clipText(text, AFTER_CAP) : clipEnd(text);
      }
    }
    const tag = node.parentElement?.tagName;
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') break;
  }
  return undefined;
}

/**
 * Text of a small block with its children kept apart: textContent glues "<h3>Story 3889</h3>
 * <p>Shoppers…" into "Story 3889Shoppers", a word no lexicon knows (and "killed" + "Bodies" into
 * one), which also filled the word caches with junk: they grew with every picture a feed added.
 */
function blockText(block: Element): string {
  if (!block.firstElementChild) return block.textContent ?? '';
  let text = '';
  for (const child of block.childNodes) text += `${child.textContent ?? ''} `;
  return text;
}

function clipEnd(text: string): string | undefined {
  const squeezed = (text.length > NEARBY_CAP * 2 ? text.slice(-NEARBY_CAP * 2) : text).replace(/\s+/g, ' ').trim();
  return squeezed ? squeezed.slice(-NEARBY_CAP) : undefined;
}

/** The heading of the section the image sits in: the nearest preceding h1–h4, bounded. */
function sectionHeading(block: Element): string | undefined {
  const heading = HEADING();
  let node: Element | null = block;
  let steps = 0;
  while (node && steps < HEADING_STEPS) {
    let s = node.previousElementSibling;
    while (s && steps < HEADING_STEPS) {
      steps++;
      if (heading.test(s.tagName)) return clipText(s.textContent, 200);
      s = s.previousElementSibling;
    }
    node = node.parentElement;
    steps++;
    if (!node || node.tagName === 'BODY') break;
  }
  return undefined;
}

/** Where the image sits: the closest telling container wins. */
function placementOf(media: Element, hints: string[]): ImagePlacement {
  const [ad, logo, author, related, nav, lead, body] = [AD(), LOGO(), AUTHOR(), RELATED(), NAV(), LEAD(), BODY()];
  let underHeader = false;
  let node: Element | null = media;
  for (let depth = 0; node && depth < PLACEMENT_DEPTH; depth++, node = node.parentElement) {
    const tag = node.tagName;
    const cls = classOf(node);
    if (depth < 6 && cls) hints.push(cls);
    const role = node.getAttribute('role');
    if (tag === 'BODY' || tag === 'HTML') break;
    if (cls && ad.test(cls)) return 'advertisement';
    if (cls && logo.test(cls)) return 'logo';
    if (cls && author.test(cls)) return 'author';
    if (tag === 'ASIDE' || (cls && related.test(cls)) || role === 'complementary') return 'related';
    if (tag === 'NAV' || tag === 'FOOTER' || role === 'navigation' || role === 'contentinfo' || (cls && nav.test(cls))) return 'navigation';
    if (cls && lead.test(cls)) return 'lead';
    if (tag === 'HEADER' || role === 'banner') underHeader = true;
    if (tag === 'ARTICLE' || tag === 'MAIN' || role === 'main' || role === 'article' || (cls && body.test(cls)) || node.getAttribute('itemprop') === 'articleBody') {
      // Teaser cards are <article>s too: one inside a related list or a nav is not the story.
      return teaserContainer(node.parentElement, PLACEMENT_DEPTH - depth) ?? (underHeader ? 'lead' : 'article-body');
    }
  }
  return underHeader ? 'navigation' : 'other';
}

/** 'related' or 'navigation' when an ancestor is unmistakably a list of other stories or a menu. */
function teaserContainer(start: Element | null, steps: number): ImagePlacement | null {
  const teaserList = TEASER_LIST();
  for (let node = start, i = 0; node && i < steps; node = node.parentElement, i++) {
    const tag = node.tagName;
    if (tag === 'BODY' || tag === 'HTML') return null;
    if (tag === 'ASIDE') return 'related';
    if (tag === 'NAV' || tag === 'FOOTER') return 'navigation';
    const cls = classOf(node);
    if (cls && teaserList.test(cls)) return 'related';
  }
  return null;
}

/** The text context of one media element (img, video, picture's img, element with background). */
export function gatherImageContext(media: Element): ImageTextContext {
  const { caption, credit, block } = findCaptions(media);
  const aria = [
    media.getAttribute('aria-label') ?? undefined,
    idRefsText(media, 'aria-labelledby'),
    idRefsText(media, 'aria-describedby'),
  ]
    .filter(Boolean)
    .join(' · ');
  const hints: string[] = [];
  const card = findTeaserCard(media);
  let placement = placementOf(media, hints);
  // A teaser card anywhere (a front page's grid, its lead story, an inline "read also" box) is a
  // teaser unless an ancestor says more (a related rail, a menu, an ad).
  if (card && (placement === 'article-body' || placement === 'lead' || placement === 'other')) placement = 'teaser';
  // A teaser's surroundings are other stories: it gets its own card's words instead, and none
  // when no card was found (a bare thumbnail in a rail says nothing of its story).
  const teaser = placement === 'teaser' || placement === 'related';
  const ctx: ImageTextContext = {
    alt: clipText(media.getAttribute('alt'), OWN_CAP),
    title: clipText(media.getAttribute('title'), OWN_CAP),
    aria: clipText(aria, OWN_CAP),
    caption,
    credit,
    fileName: fileNameOf(media),
    before: teaser ? undefined : nearbyProse(block, false),
    after: teaser ? card?.standfirst : nearbyProse(block, true),
    heading: teaser ? card?.headline : sectionHeading(block),
    hints: hints.join(' ').slice(0, 300) || undefined,
    placement,
    width: sizeOf(media, 'width'),
    height: sizeOf(media, 'height'),
  };
  return ctx;
}
