import { describe, expect, it } from 'vitest';
import { neutralPage, violentPage } from './test-pages';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext } from '../../../utils/detection/detection-types';

// Round 69: an uncaptioned picture whose neighbouring line says what the photo shows ("as shown
// below", "the photo below shows") is described by the page, as a caption would describe it.
// When that line names no wound and its paragraph no graphic word, a violent article covers the
// picture at strict, not balanced. Invented paragraphs.
const coverAt = (image: ImageTextContext, lang: string) =>
  classifyImageContext({ placement: 'article-body', fileName: 'image17.png', ...image }, violentPage(lang)).coverAt;

const showing: [string, string][] = [
  ['en', 'Residents returned to the site of the strike on Tuesday. The photo below shows the water tower next to the site.'],
  ['fr', 'Les habitants sont revenus sur le lieu de la frappe mardi. La photo ci-dessous montre le château d’eau près du site.'],
  ['es', 'Los vecinos volvieron al lugar del ataque el martes. La foto de abajo muestra el depósito de agua junto al lugar.'],
  ['de', 'Die Bewohner kehrten am Dienstag an den Ort des Angriffs zurück. Das Foto unten zeigt den Wasserturm neben dem Ort.'],
  ['tr', 'Sakinler salı günü saldırının yapıldığı yere döndü. Aşağıdaki fotoğrafta alanın yanındaki su kulesi görülüyor.'],
  ['ar', 'عاد السكان إلى موقع الغارة يوم الثلاثاء، ونشاهد برج المياه قرب الموقع كما يظهر أدناه'],
];

describe('the line beside an uncaptioned picture says what it shows, and names no harm', () => {
  it.each(showing)('before it: strict, not balanced (%s)', (lang, before) => {
    expect(coverAt({ before }, lang)).toBe('strict');
  });

  it.each(showing)('on a page that is not about violence it stays uncovered (%s)', (lang, before) => {
    expect(classifyImageContext({ placement: 'article-body', fileName: 'image17.png', before }, neutralPage(lang)).coverAt).toBeNull();
  });
});

describe('what keeps the violent article speaking for the picture', () => {
  it.each([
    // The line names the wounded: the photo may show them.
    ['en', { before: 'Residents returned to the site of the strike. The photo below shows wounded men next to the water tower.' }],
    // The line that shows is not the one touching the picture.
    ['en', { before: 'The photo below shows the water tower next to the site. Residents returned to the site of the strike on Tuesday.' }],
    // No line says what the picture shows.
    ['en', { before: 'Residents returned to the site of the strike on Tuesday.' }],
  ])('balanced (%s: %o)', (lang, image) => {
    expect(coverAt(image, lang)).toBe('balanced');
  });

  it('a graphic word in the paragraph still covers it at balanced', () => {
    expect(coverAt({ before: 'Bodies lay in the street for hours. The photo below shows the water tower next to the site.' }, 'en')).toBe('balanced');
  });
});
