// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleBody } from '../../../components/reader/article-body';
import { PictureFetchContext } from '../../../components/reader/picture-fetch-context';
import { readerEnglish } from '../../../utils/reader/reader-wording';

// The second allow-list: whatever survives sanitizing, only known tags and attributes render,
// and a picture is drawn only when it is known to be safe.

const host = document.createElement('div');
document.body.append(host);
// Unmounted inside act(): the pictures' effects reset their state as they go, and a render
// scheduled outside act() would run after the test environment has gone (Preact's next-frame
// fallback then calls a cancelAnimationFrame that no longer exists: an unhandled error).
afterEach(() => act(() => render(null, host)));

/** Every picture the reader asked for (the answers never come: only the asking matters here). */
let requested: string[] = [];
const fetchBlob = (url: string) => {
  requested.push(url);
  return new Promise<Blob>(() => {});
};

function show(html: string, fold?: (text: string) => boolean) {
  requested = [];
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(doc.body.childNodes));
  act(() =>
    render(
      <PictureFetchContext.Provider value={fetchBlob}>
        <ArticleBody content={fragment} t={readerEnglish} foldPassage={fold} />
      </PictureFetchContext.Provider>,
      host,
    ),
  );
  return host;
}

describe('ArticleBody', () => {
  it('renders only allowed tags and attributes, and links only to http(s) and mailto', () => {
    const out = show(
      '<h1 class="x" style="color:red" onclick="x()">Title</h1><p id="p1">See <a href="https://a.example/" target="_blank">this</a>, ' +
        '<a href="data:text/html,hi">that</a> and <a href="vbscript:x">those</a>.</p><marquee>moving</marquee><form><input value="x"></form>',
    );
    expect(out.querySelector('h1')).toBeNull();
    const h2 = out.querySelector('h2')!;
    expect(h2.getAttributeNames().sort()).toEqual(['dir']);
    expect(out.querySelector('p')!.getAttributeNames()).toEqual(['dir']);
    const hrefs = Array.from(out.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://a.example/', null, null]);
    expect(out.querySelector('a')!.getAttribute('target')).toBeNull();
    expect(out.querySelector('marquee, form, input')).toBeNull();
    expect(out.textContent).toContain('moving');
  });

  it('lets mixed-direction blocks find their own direction', () => {
    const out = show('<figure><figcaption>مبنى المحكمة (Koblenz Higher Regional Court)</figcaption></figure><p dir="rtl">نص</p>');
    expect(out.querySelector('figcaption')!.getAttribute('dir')).toBe('auto');
    expect(out.querySelector('p')!.getAttribute('dir')).toBe('rtl');
  });

  it('draws a picture only when it is safe; covered and unchecked ones are covers without the URL loaded', () => {
    const out = show(
      '<img src="https://a.example/safe.jpg" alt="gate" data-fw-verdict="safe">' +
        '<img src="https://a.example/morgue.jpg" alt="bodies" data-fw-verdict="covered" data-fw-categories="dead-bodies torture bogus" data-fw-reason="Caption mentions bodies">' +
        '<img src="https://a.example/unknown.jpg" alt="" data-fw-verdict="weird">' +
        '<img src="https://a.example/none.jpg" alt="">',
    );
    const imgs = Array.from(out.querySelectorAll('img'), (i) => i.getAttribute('data-image-url'));
    expect(imgs).toEqual(['https://a.example/safe.jpg']);
    expect(requested).toEqual(['https://a.example/safe.jpg']);
    const covers = Array.from(out.querySelectorAll('.reader-cover'));
    expect(covers).toHaveLength(2);
    expect(covers[0]!.textContent).toContain('Dead bodies · Torture or abuse');
    expect(covers[1]!.textContent).toContain('Image not checked');
    // The alt text of a covered picture is not announced: only the warning is.
    expect(out.querySelector('[alt="bodies"]')).toBeNull();
  });

  it('calls a covered picture graphic only when its words named a category: mourners may be distressing', () => {
    const out = show('<img src="https://a.example/funeral.jpg" alt="mourners" data-fw-verdict="covered" data-fw-reason="Caption mentions mourners">');
    const cover = out.querySelector('.reader-cover')!;
    expect(cover.textContent).toContain('Image hidden');
    expect(cover.textContent).toContain('May be distressing');
    expect(cover.textContent).not.toContain('Graphic');
    expect(cover.querySelector('button')!.getAttribute('aria-label')).toBe('Show image: May be distressing');
  });

  it('never asks for a picture the page had not loaded: a placeholder says so, with its description', () => {
    const out = show(
      '<img src="https://a.example/lazy.jpg" alt="Fishing boats in the harbour" data-fw-verdict="safe" data-fw-unloaded>' +
        '<img src="https://a.example/grave.jpg" alt="bodies" data-fw-verdict="covered" data-fw-categories="dead-bodies" data-fw-unloaded>',
    );
    expect(requested).toEqual([]);
    expect(out.querySelector('img')).toBeNull();
    const placeholder = out.querySelector('.reader-unloaded')!;
    expect(placeholder.textContent).toContain('The page had not loaded this picture');
    expect(placeholder.textContent).toContain('Fishing boats in the harbour');
    // A graphic one keeps its cover, which says what it hides.
    expect(out.querySelector('.reader-cover')!.textContent).toContain('Dead bodies');
  });

  it('folds the paragraphs it is told to, behind a Show passage button', () => {
    const out = show('<p>Calm paragraph.</p><p>Detailed paragraph.</p>', (text) => text.startsWith('Detailed'));
    expect(out.textContent).toContain('Calm paragraph.');
    expect(out.textContent).not.toContain('Detailed paragraph.');
    act(() => Array.from(out.querySelectorAll('button')).find((b) => b.textContent === 'Show passage')!.click());
    expect(out.textContent).toContain('Detailed paragraph.');
  });
});
