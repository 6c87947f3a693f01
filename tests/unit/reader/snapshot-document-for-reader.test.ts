// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotDocumentForReader } from '../../../utils/reader/snapshot-document-for-reader';

function page(): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  doc.documentElement.setAttribute('lang', 'ar');
  doc.documentElement.setAttribute('dir', 'rtl');
  doc.body.innerHTML = `
    <img id="a" src="/a.jpg" data-fw-verdict="safe">
    <img id="b" src="/b.jpg" aria-hidden="true" style="visibility: hidden !important; opacity: 0 !important; width: 50%" data-forewarn="covered"><forewarn-cover data-forewarn-state="covered"></forewarn-cover>
    <picture id="p"><source srcset="/c.webp"><img id="c" src="/c.jpg"></picture>
    <script>window.x = 1</script><template><img src="/t.jpg"></template>
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Hana Vos"}}</script>`;
  return doc;
}

describe('snapshotDocumentForReader', () => {
  it('marks every picture with its verdict on a clone, and leaves the live page alone', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const snapshot = snapshotDocumentForReader(doc, (el) =>
      el.id === 'b' ? { state: 'covered', categories: ['torture', 'dead-bodies'], reason: 'Caption mentions torture' }
      : el.id === 'a' ? { state: 'safe', categories: [] }
      : undefined,
    );
    expect(doc.documentElement.outerHTML).toBe(before);
    expect([snapshot.lang, snapshot.dir, snapshot.title]).toEqual(['ar', 'rtl', 'Story']);

    const clone = new DOMParser().parseFromString(snapshot.html, 'text/html');
    const b = clone.getElementById('b')!;
    expect(b.getAttribute('data-fw-verdict')).toBe('covered');
    expect(b.getAttribute('data-fw-categories')).toBe('torture dead-bodies');
    expect(b.getAttribute('data-fw-reason')).toBe('Caption mentions torture');
    // The cover's aria-hidden would make Readability drop the picture.
    expect(b.hasAttribute('aria-hidden')).toBe(false);
    expect([b.style.visibility, b.style.opacity, b.style.width]).toEqual(['', '', '50%']);
    expect(clone.getElementById('a')!.getAttribute('data-fw-verdict')).toBe('safe');
    // Nobody judged these: no verdict, so the reader covers them.
    expect(clone.getElementById('c')!.hasAttribute('data-fw-verdict')).toBe(false);
    expect(clone.querySelector('script:not([type="application/ld+json"]), template, forewarn-cover')).toBeNull();
    expect(clone.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(clone.querySelector('base')!.getAttribute('href')).toBe(doc.baseURI);
  });

  it('drops verdict attributes the page wrote itself', () => {
    const doc = page();
    const snapshot = snapshotDocumentForReader(doc, () => undefined);
    const clone = new DOMParser().parseFromString(snapshot.html, 'text/html');
    expect(clone.querySelector('[data-fw-verdict]')).toBeNull();
  });
});
