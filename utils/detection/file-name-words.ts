// What an image's file name and class names say: the words of its slug, and hints that the
// picture is not a scene at all (a map, a logo, a building's exterior).

import { lazy } from '../lazy-regexp';

const FILE_EXT = lazy(() => /\.[a-z0-9]{2,5}$/i);
const FILE_SEPARATORS = lazy(() => /[_\-.+%0-9]+/g);

/**
 * Class/id/file-name hints that the picture is not a scene (no people in it: a map, a logo, a
 * building's exterior). Whole words (between non-letters:
 * "map", "ads", not "adaptive" or "graphic"), plus a few long stems that inflect ("infografik",
 * "satellitenbild").
 */
export const NON_SCENE_HINT = lazy(() => new RegExp(
  '(?:^|[^\\p{L}])(?:' +
    'maps?|carte|cartes|karte|karten|mapa|mapas|harita|карта|мапа|chart|charts|graph|graphs|logo|logos|brand|icon|icons|' +
    'avatar|author|authors|autor|auteur|byline|headshot|mugshot|portrait|porträt|retrato|portre|портрет|profile|sponsor|sponsored|' +
    'advert|ad|ads|promo|banner|diagram|emoji|badge|signature|خريطة|خريطه|شعار|' +
    // A building seen from outside or a city from above is a place, like a satellite image.
    'exterior|exteriors|facade|façade|fassade|fachada|cephe|фасад|fasad|واجهة|wajiha|wajihat|skyline|aerial' +
    ')(?![\\p{L}])|(?:^|[^\\p{L}])(?:infogra|grafik|grafic|gráfic|satellit|satélite|uydu|спутник|супутник|інфограф|инфограф)',
  'iu',
));

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
const LAYOUT_BODY = lazy(() => new RegExp(
  `(?<![\\p{L}])(?:(?:${LAYOUT_WORDS})\\s+(?:body|corps|cuerpo)|(?:body|corps|cuerpo)\\s+(?:(?:de|du|del)\\s+)?(?:${LAYOUT_WORDS}))(?![\\p{L}])`,
  'giu',
));
const BODY_WORD = lazy(() => /(?<![\p{L}])(?:body|corps|cuerpo)(?![\p{L}])/iu);
/**
 * Asked first, so that the two patterns above are compiled only for the rare name with a body
 * word in it: compiling them cost a new document ~2.7 ms in Chromium, before its first picture's
 * words could be read (first call 3.5 ms against 0.8 ms with this test, median of 12 pages).
 */
const MAY_NAME_BODY = lazy(() => /body|corps|cuerpo/i);

/** The words of a file name ("mass-grave_03.jpg" → "mass grave"), layout "body" words dropped. */
export function fileWords(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const words = fileName.replace(FILE_EXT(), '').replace(FILE_SEPARATORS(), ' ').trim();
  const kept = MAY_NAME_BODY().test(words) ? words.replace(LAYOUT_BODY(), (m) => m.replace(BODY_WORD(), ' ')) : words;
  return kept.replace(/\s+/g, ' ').trim() || undefined;
}
