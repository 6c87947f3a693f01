// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCaptionPending } from '../../../utils/dom/caption-pending';

function image(html: string): Element {
  document.body.innerHTML = html;
  return document.getElementById('a')!;
}

describe('isCaptionPending', () => {
  it('is pending while the figure has an empty figcaption', () => {
    expect(isCaptionPending(image('<figure><img id="a"><figcaption> </figcaption></figure>'))).toBe(true);
  });

  it('is not pending once the caption has text, or without any caption element', () => {
    expect(isCaptionPending(image('<figure><img id="a"><figcaption>Text</figcaption></figure>'))).toBe(false);
    expect(isCaptionPending(image('<figure><img id="a"></figure>'))).toBe(false);
  });

  it('finds a gallery caption box beside the slide stage', () => {
    const html = '<div class="gallery"><div class="stage"><img id="a"></div><p class="gallery__caption"></p></div>';
    expect(isCaptionPending(image(html))).toBe(true);
  });

  it('does not look past the article (an empty caption elsewhere is not this picture\'s)', () => {
    const html = '<article><p class="caption"></p><div><img id="a"></div></article>';
    expect(isCaptionPending(image(html))).toBe(false);
  });
});
