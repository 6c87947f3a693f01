// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { placeCover, styleCoverHost } from '../../../components/cover/place-cover';

// A cover host's style record is answered as the page's touch only when the host's style is no
// longer what Forewarn wrote. Where anchor positioning is missing (Firefox ESR 140) the cover is
// re-measured on every resize: if those writes counted as touches, each would put the cover back
// and re-measure it again, spending the restore budget until real strips waited seconds.

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setUp(anchor: boolean) {
  vi.spyOn(CSS, 'supports').mockReturnValue(anchor);
  document.body.innerHTML = '<figure><img width="640" height="400"></figure>';
  const media = document.querySelector('img')!;
  const host = document.createElement('div');
  media.after(host);
  styleCoverHost(host, '1');
  return { media, host, placement: placeCover(media, host, window as unknown as Window & typeof globalThis) };
}

describe.each([
  ['measured (no anchor positioning)', false],
  ['anchored', true],
])('a cover placement, %s', (_, anchor) => {
  it('is intact as placed, and after its own re-measuring', () => {
    const { placement } = setUp(anchor);
    expect(placement.intact()).toBe(true);
    placement.update();
    expect(placement.intact()).toBe(true);
  });

  it('is not intact once the page restyles or strips the host', () => {
    const { host, placement } = setUp(anchor);
    host.style.setProperty('opacity', '0');
    expect(placement.intact()).toBe(false);
    host.removeAttribute('style');
    expect(placement.intact()).toBe(false);
  });
});

describe('an anchored cover placement', () => {
  it('is not intact once the page strips the anchor from the picture', () => {
    const { media, placement } = setUp(true);
    media.removeAttribute('style');
    expect(placement.intact()).toBe(false);
    placement.update();
    expect(placement.intact()).toBe(true);
  });
});
