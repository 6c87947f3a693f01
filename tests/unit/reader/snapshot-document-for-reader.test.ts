// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { snapshotDocumentForReader } from '../../../utils/reader/snapshot-document-for-reader';

function page(): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  doc.documentElement.setAttribute('lang', 'ar');
  doc.documentElement.setAttribute('dir', 'rtl');
  doc.body.innerHTML = `
    <img id="a" src="/a.jpg">
    <img id="b" src="/b.jpg" aria-hidden="true" style="visibility: hidden !important; opacity: 0 !important; width: 50%" data-forewarn="covered"><forewarn-cover data-forewarn-state="covered"></forewarn-cover>
    <picture id="p"><source srcset="/c.webp"><img id="c" src="/c.jpg"></picture>
    <script>window.x = 1</script><template><img src="/t.jpg"></template>
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Hana Vos"}}</script>`;
  return doc;
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('snapshotDocumentForReader', () => {
  it('gives every judged picture a reference on the copy and its verdict in the list, and leaves the live page alone', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    const snapshot = snapshotDocumentForReader(
      doc,
      (el) =>
        el.id === 'b' ? { state: 'covered', categories: ['torture', 'dead-bodies'], reason: 'Caption mentions torture' }
        : el.id === 'a' ? { state: 'safe', categories: [] }
        : undefined,
      'n0nce',
    );
    expect(doc.documentElement.outerHTML).toBe(before);
    expect([snapshot.lang, snapshot.dir, snapshot.title]).toEqual(['ar', 'rtl', 'Story']);

    const clone = parse(snapshot.html);
    const b = clone.getElementById('b')!;
    const ref = b.getAttribute('data-fw-ref')!;
    expect(ref).toMatch(/^n0nce-\d+$/);
    expect(snapshot.marks.find((m) => m.ref === ref)).toMatchObject({
      state: 'covered',
      categories: ['torture', 'dead-bodies'],
      reason: 'Caption mentions torture',
    });
    // No verdict travels in the HTML itself.
    expect(clone.querySelector('[data-fw-verdict], [data-fw-categories], [data-fw-reason]')).toBeNull();
    // The cover's aria-hidden would make Readability drop the picture.
    expect(b.hasAttribute('aria-hidden')).toBe(false);
    expect([b.style.visibility, b.style.opacity, b.style.width]).toEqual(['', '', '50%']);
    const a = clone.getElementById('a')!.getAttribute('data-fw-ref');
    expect(snapshot.marks.find((m) => m.ref === a)?.state).toBe('safe');
    // Nobody judged this one: no reference, so the reader covers it.
    expect(clone.getElementById('c')!.hasAttribute('data-fw-ref')).toBe(false);
    expect(snapshot.marks).toHaveLength(2);
    expect(clone.querySelector('script:not([type="application/ld+json"]), template, forewarn-cover')).toBeNull();
    expect(clone.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(clone.querySelector('base')!.getAttribute('href')).toBe(doc.baseURI);
  });

  it('removes every attribute the page named like its own, in any case, namespace or element', () => {
    const doc = page();
    const forge = (el: Element) => {
      el.setAttribute('data-fw-verdict', 'safe');
      el.setAttributeNS(null, 'DATA-FW-VERDICT', 'safe');
      el.setAttributeNS(null, 'Data-Fw-Ref', 'n0nce-0');
      el.setAttributeNS('https://forged.example/ns', 'data-fw-verdict', 'safe');
      el.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:data-fw-ref', 'n0nce-0');
    };
    for (const id of ['a', 'b', 'p', 'c']) forge(doc.getElementById(id)!);
    forge(doc.querySelector('source')!);
    forge(doc.body);
    const noscript = doc.createElement('noscript');
    // A page that runs scripts holds <noscript> as text; the reader reads it as markup.
    noscript.textContent = '<img id="n" src="/n.jpg" DATA-FW-REF="n0nce-1" data-fw-verdict="safe">';
    doc.body.append(noscript);
    const snapshot = snapshotDocumentForReader(doc, (el) => (el.id === 'b' ? { state: 'covered', categories: [] } : undefined), 'n0nce');
    // Only Forewarn's one reference is left, on the one picture it judged.
    expect(snapshot.html.match(/data-fw-/gi)).toEqual(['data-fw-']);
    const clone = parse(snapshot.html);
    expect(clone.getElementById('b')!.getAttribute('data-fw-ref')).toBe(snapshot.marks[0]!.ref);
    const n = clone.getElementById('n')!;
    expect(n.closest('noscript')).not.toBeNull();
    expect(n.getAttributeNames()).toEqual(['id', 'src']);
  });

  it('uses a new reference for each snapshot, so a page cannot learn one and write it', () => {
    const describe = () => ({ state: 'safe' as const, categories: [] });
    const first = snapshotDocumentForReader(page(), describe).marks[0]!.ref;
    const second = snapshotDocumentForReader(page(), describe).marks[0]!.ref;
    expect(first).toMatch(/^[0-9a-f]{32}-\d+$/);
    expect(second).not.toBe(first);
  });

  it('says which pictures the page loaded: none here, so the reader would fetch none', () => {
    // A document without a window loads nothing: neither decoded images nor resource timing.
    expect(snapshotDocumentForReader(page(), () => undefined).loaded).toEqual([]);
  });
});
