import DOMPurify from 'dompurify';

// Readability's output is still the page's markup: sanitize it before it comes near the reader.
// SVG and MathML are dropped whole (they carry their own script and link vectors), and so is
// anything interactive or embedded; only text structure, links and pictures remain.

const FORBID_TAGS = [
  'style', 'link', 'meta', 'base', 'template', 'slot', 'form', 'input', 'button', 'textarea',
  'select', 'option', 'dialog', 'iframe', 'frame', 'frameset', 'object', 'embed', 'video', 'audio',
  'source', 'track', 'canvas', 'map', 'area', 'noscript',
];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'target', 'ping', 'formaction', 'background'];

/** Parses and sanitizes in an inert document of `win`; nothing is loaded or run. */
export function sanitizeArticleHtml(html: string, win: Window): DocumentFragment {
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    // data-* survive so pictures keep the verdict and URL attributes the reader resolves next.
    ALLOW_DATA_ATTR: true,
    ALLOW_ARIA_ATTR: false,
    // DOMPurify's default URI rule stays: it also guards every non-URL attribute value (a
    // narrower pattern here silently dropped width and height). Links are narrowed to http(s)
    // and mailto when the article is rendered.
    RETURN_DOM_FRAGMENT: true,
  });
}
