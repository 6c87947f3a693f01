import { Fragment, h, type ComponentChildren, type JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../utils/cover-wording';
import { CATEGORIES, type Category } from '../../utils/detection/detection-types';
import type { ReaderImageState } from '../../utils/reader/image-verdict';
import { CATEGORIES_ATTR, REASON_ATTR, UNLOADED_ATTR, VERDICT_ATTR } from '../../utils/reader/media-mark';
import { FoldedPassage } from './folded-passage';
import { ReaderImage } from './reader-image';

// Turns the sanitized article into Preact elements. A second allow-list, on top of DOMPurify's:
// only these tags and attributes are rendered, and every <img> becomes a ReaderImage.

const TAGS = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'q', 'cite', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'br', 'hr', 'pre', 'code', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'sup', 'sub', 'small', 'mark', 'abbr', 'time', 'bdi', 'bdo',
  'span', 'div', 'section', 'article', 'header', 'footer', 'kbd', 'samp', 'var', 'del', 'ins',
]);
/**
 * Tags drawn as another: the article's title is the page's only h1, and the reader page has its
 * own landmarks, so a page's <main> or <aside> copied into the article would be a second main
 * landmark, or one nested in another (axe: landmark-no-duplicate-main and the like).
 */
const RENDERED_AS: Record<string, string> = { h1: 'h2', main: 'div', aside: 'div' };
/** Blocks whose direction follows their own text, so mixed Arabic/English lines read right. */
const AUTO_DIR = new Set(['p', 'li', 'figcaption', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dd', 'dt', 'caption']);
const SAFE_HREF = /^(?:https?:|mailto:)/i;

export interface ArticleBodyProps {
  content: DocumentFragment;
  /** When set, paragraphs it accepts are folded behind "Show passage". */
  foldPassage?: (text: string) => boolean;
  /** The reader switched Forewarn off for this site: pictures appear as on the page. */
  siteOff?: boolean;
  t: Translate;
}

export function ArticleBody(props: ArticleBodyProps): JSX.Element {
  // Converted once per article and fold setting, so reveals survive other re-renders.
  const children = useMemo(() => convertChildren(props.content, props), [props.content, props.foldPassage, props.siteOff, props.t]);
  return <div class="reader-body">{children}</div>;
}

function convertChildren(parent: Node, props: ArticleBodyProps): ComponentChildren[] {
  return Array.from(parent.childNodes, (child, index) => convert(child, props, index));
}

function convert(node: Node, props: ArticleBodyProps, key: number): ComponentChildren {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const tag = el.localName;
  if (tag === 'img') return image(el, props, key);
  const name = RENDERED_AS[tag] ?? tag;
  const children = convertChildren(el, props);
  if (!TAGS.has(name)) return h(Fragment, { key }, children);
  const attrs: Record<string, string | number> = { key };
  const dir = el.getAttribute('dir');
  if (dir === 'rtl' || dir === 'ltr' || dir === 'auto') attrs.dir = dir;
  else if (AUTO_DIR.has(name)) attrs.dir = 'auto';
  const lang = el.getAttribute('lang');
  if (lang) attrs.lang = lang;
  const title = el.getAttribute('title');
  if (title) attrs.title = title;
  if (name === 'a') {
    const href = el.getAttribute('href') ?? '';
    if (SAFE_HREF.test(href)) {
      attrs.href = href;
      attrs.rel = 'noopener noreferrer';
    }
  }
  for (const a of ['colspan', 'rowspan', 'datetime'] as const) {
    const value = el.getAttribute(a);
    if (value) attrs[a] = value;
  }
  const rendered = h(name, attrs, children);
  if (name === 'p' && props.foldPassage?.(el.textContent ?? '')) {
    return <FoldedPassage key={key} t={props.t}>{rendered}</FoldedPassage>;
  }
  return rendered;
}

function image(el: Element, props: ArticleBodyProps, key: number): ComponentChildren {
  const src = el.getAttribute('src');
  const state = el.getAttribute(VERDICT_ATTR) as ReaderImageState | null;
  if (!src || !state) return null;
  const categories = (el.getAttribute(CATEGORIES_ATTR) ?? '')
    .split(' ')
    .filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c));
  const size = (a: string) => {
    const n = Number(el.getAttribute(a));
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  return h(ReaderImage, {
    key,
    src,
    alt: el.getAttribute('alt') ?? '',
    width: size('width'),
    height: size('height'),
    loaded: !el.hasAttribute(UNLOADED_ATTR),
    verdict: {
      // Anything the pipeline did not settle is treated as unchecked, never as safe.
      state: props.siteOff ? 'safe' : state === 'safe' || state === 'covered' ? state : 'unchecked',
      categories,
      reason: el.getAttribute(REASON_ATTR) ?? '',
    },
    t: props.t,
  });
}
