// Finds the teaser card a picture belongs to: on front pages and in "related"/"most read" rails a
// picture sits in a small block with its own link, headline and standfirst that tells another
// story. Such a picture is judged on the card's words, never on the page's or the neighbouring
// cards' (a rail-strike teaser between two war teasers is about a rail strike).
// Bounded walks only, no layout reads: this runs for every picture on a page.

import { lazy } from '../lazy-regexp';
import { squash } from '../detection/squash';
/** Ancestors climbed looking for the card. */
const CARD_DEPTH = 6;
/** A card's whole text stays under this (headline, standfirst, tag, time); a story is longer. */
const CARD_TEXT_MAX = 700;
/** A card holds at most this many paragraphs. */
const CARD_PARAGRAPHS_MAX = 3;
/** A headline has at least this many characters. */
const HEADLINE_MIN = 12;
/** A link is prose, not a headline, when its paragraph is this much longer than the link. */
const PROSE_RATIO = 1.3;
/** Characters kept of the headline and of the standfirst. */
const TEXT_CAP = 400;

const PICTURES = 'img, video';
const HEADING_TAGS = 'h1, h2, h3, h4';
const LINKED_HEADING = ':is(h1, h2, h3, h4) a[href], a[href] :is(h1, h2, h3, h4)';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [class*="headline" i], [class*="title" i], [itemprop="headline"]';
/** Caption and credit classes: their text describes the picture, it is not the card's headline. */
const NOT_HEADLINE = lazy(() => /caption|legend|credit|subtitle|kicker|eyebrow|tag|label|category|meta|time|date/i);
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN']);

export interface TeaserCard {
  root: Element;
  /** The card's headline, as written. */
  headline: string;
  /** The rest of the card's own words (standfirst, tag), without the picture's caption. */
  standfirst?: string;
}

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `node` holds a picture other than the one in `from` (the child we climbed out of, which
 * holds only ours): each sibling subtree is asked for its first picture, so a long article body
 * is not counted whole for each of its pictures.
 */
function holdsAnotherPicture(node: Element, from: Element): boolean {
  for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
    if (child === from) continue;
    if (child.matches(PICTURES) || child.querySelector(PICTURES)) return true;
  }
  return false;
}

/** The card's headline element: a heading or headline-classed element, else its longest link. */
function headlineOf(root: Element): Element | null {
  for (const h of root.querySelectorAll(HEADINGS)) {
    if (h.closest('figcaption')) continue;
    if (!/^H[1-6]$/.test(h.tagName) && NOT_HEADLINE().test(h.getAttribute('class') ?? '')) continue;
    if (h.querySelector(PICTURES)) continue;
    if (squeeze(h.textContent).length >= HEADLINE_MIN) return h;
  }
  let best: Element | null = null;
  let bestLength = 0;
  // A link around picture and words ("<a><img><span>Headline</span></a>") counts by its words.
  const links = [...root.querySelectorAll('a[href]')];
  if (root.matches('a[href]')) links.unshift(root);
  for (const a of links) {
    if (a.closest('figcaption')) continue;
    const words = squeeze(a.textContent);
    const length = words.length;
    // A link inside a sentence of prose (a live-blog entry, a story paragraph) is not a headline.
    const prose = a.parentElement?.closest('p, blockquote, dd');
    if (prose && root.contains(prose) && squeeze(prose.textContent).length > length * PROSE_RATIO) continue;
    if (length >= HEADLINE_MIN && length > bestLength && /\s/.test(words)) {
      best = a;
      bestLength = length;
    }
  }
  return best;
}

/** Containers that hold a story of their own inside a card. */
const NESTED_STORY = new Set(['ARTICLE', 'ASIDE', 'LI', 'UL', 'OL', 'NAV']);

/**
 * The linked h1–h4 of a teaser <article> that also holds other stories' thumbnails: one that is
 * the article's own (not inside a nested list, rail or another picture's block).
 */
function ownLinkedHeading(article: Element, media: Element): Element | null {
  for (const found of article.querySelectorAll(LINKED_HEADING)) {
    const heading = found.closest(HEADING_TAGS);
    if (!heading || !article.contains(heading)) continue;
    let own = true;
    for (let up = heading.parentElement; up && up !== article; up = up.parentElement) {
      if (NESTED_STORY.has(up.tagName) || (!up.contains(media) && up.querySelector(PICTURES))) {
        own = false;
        break;
      }
    }
    if (own) return heading;
  }
  return null;
}

/** The card links to its story: through the picture, the headline, or a link around both. */
function linksAway(media: Element, root: Element, headline: Element): boolean {
  return !!(
    media.closest('a[href]') ||
    headline.closest('a[href]') ||
    headline.querySelector('a[href]') ||
    root.closest('a[href]')
  );
}

/**
 * Text of the card outside its headline and the picture's caption, children kept apart; a link
 * with its own thumbnail inside the card is another story and is left out.
 */
function restOf(root: Element, headline: Element, media: Element): string {
  if (headline.contains(root)) return '';
  const parts: string[] = [];
  // Below an element without pictures no descendant has one: asked once per subtree, not per
  // element (a card's text is walked for every picture on a front page).
  const walk = (node: Element, mayHoldPictures: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (el === headline || el.tagName === 'FIGCAPTION' || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        let childMayHoldPictures = false;
        if (mayHoldPictures && !el.contains(media)) {
          if (el.matches(PICTURES) || el.querySelector(PICTURES)) continue;
        } else childMayHoldPictures = mayHoldPictures;
        walk(el, childMayHoldPictures);
        parts.push(' ');
      }
    }
  };
  walk(root, true);
  return squeeze(parts.join(' '));
}

/**
 * The teaser card holding `media`, or null when the picture is part of a story (a figure in the
 * body, a hero under the article's own headline, a gallery slide).
 */
export function findTeaserCard(media: Element): TeaserCard | null {
  const pageTitle = squash(media.ownerDocument.title ?? '');
  let from: Element = media;
  let node: Element | null = media.parentElement;
  for (let depth = 0; node && depth < CARD_DEPTH; depth++, from = node, node = node.parentElement) {
    if (STOP_TAGS.has(node.tagName)) return null;
    // A block with two pictures is a list of cards, a gallery or a story, not one card; except
    // a teaser <article> whose linked headline leads a few links with their own thumbnails.
    const crowded = holdsAnotherPicture(node, from);
    const packageHeadline = crowded && node.tagName === 'ARTICLE' ? ownLinkedHeading(node, media) : null;
    if (crowded && !packageHeadline) return null;
    const headline = packageHeadline ?? headlineOf(node);
    if (!headline) {
      if (node.tagName === 'ARTICLE') return null;
      continue;
    }
    const all = squeeze(node.textContent);
    if (all.length > CARD_TEXT_MAX || node.getElementsByTagName('p').length > CARD_PARAGRAPHS_MAX) return null;
    if (!linksAway(media, node, headline)) return null;
    const title = squeeze(headline.textContent);
    // The article's own headline over its hero picture: that picture belongs to the page's story.
    const own = squash(title);
    if (pageTitle && own.length >= 16 && pageTitle.includes(own)) return null;
    const rest = restOf(node, headline, media);
    return { root: node, headline: title.slice(0, TEXT_CAP), standfirst: rest ? rest.slice(0, TEXT_CAP) : undefined };
  }
  return null;
}
