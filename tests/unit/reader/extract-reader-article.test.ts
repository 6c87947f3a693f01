// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReaderArticle } from '../../../utils/reader/extract-reader-article';
import { snapshotDocumentForReader } from '../../../utils/reader/snapshot-document-for-reader';
import type { MediaMark } from '../../../utils/reader/media-mark';

const PAGE_URL = 'https://ledger.example/investigations/detention-photographs/';

function loadFixture(name: string): Document {
  const html = readFileSync(`tests/fixtures/reader-pages/${name}/index.html`, 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.createElement('base');
  base.href = PAGE_URL;
  doc.head.prepend(base);
  // As on the live page: a cover hides its picture from assistive technology, and Readability
  // drops aria-hidden nodes unless the snapshot undoes that.
  for (const img of doc.querySelectorAll('img')) {
    if (/morgue|burn|grave|bodies/.test(img.outerHTML)) {
      img.setAttribute('aria-hidden', 'true');
      img.setAttribute('style', 'visibility: hidden !important; opacity: 0 !important');
    }
  }
  return doc;
}

/** What the content script would say: graphic file names are covered, others safe. */
function describeByFileName(el: Element): MediaMark | undefined {
  const src = el.getAttribute('data-src') ?? el.getAttribute('src') ?? '';
  if (/morgue|burn|grave|bodies/.test(src)) {
    return { state: 'covered', categories: ['dead-bodies'], reason: 'Caption mentions bodies' };
  }
  if (src.endsWith('.svg')) return { state: 'safe', categories: [] };
  return undefined;
}

function extract(name: string, describe = describeByFileName) {
  const snapshot = snapshotDocumentForReader(loadFixture(name), describe);
  const result = extractReaderArticle({ ...snapshot, url: PAGE_URL }, window as Window & typeof globalThis);
  if (result.kind !== 'article') throw new Error('expected an article');
  return result;
}

function imagesOf(content: DocumentFragment) {
  return Array.from(content.querySelectorAll('img')).map((img) => ({
    file: (img.getAttribute('src') ?? '').split('/').pop(),
    verdict: img.getAttribute('data-fw-verdict'),
  }));
}

describe('extractReaderArticle', () => {
  it('finds the article, its title, byline and language', () => {
    const article = extract('article-en');
    expect(article.byline).toBe('Hana Vos');
    // The page's own headline and byline line are not repeated inside the body.
    expect(article.content.textContent).not.toContain('Leaked photographs document deaths');
    expect(article.content.textContent).not.toContain('By Hana Vos');
    expect(article.title).toContain('Leaked photographs');
    expect(article.lang).toBe('en');
    expect(article.dir).toBe('ltr');
    expect(article.text).toContain('military photographer');
    expect(article.text).not.toContain('More from Investigations');
  });

  it('removes scripts, event handlers, javascript: URLs, SVG and MathML', () => {
    const article = extract('article-en');
    const html = Array.from(article.content.childNodes)
      .map((n) => (n as Element).outerHTML ?? n.textContent)
      .join('');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<svg|<math|annotation-xml/i);
    expect(article.content.querySelector('svg, math, script, style, iframe')).toBeNull();
    // The text around the payloads survives.
    expect(article.text).toContain('the full report');
  });

  it('keeps each picture\'s verdict, including lazy data-src and <noscript> copies', () => {
    const images = imagesOf(extract('article-en').content);
    const byFile = (f: string) => images.filter((i) => i.file === f).map((i) => i.verdict);
    expect(byFile('morgue.svg')).toEqual(['covered']);
    expect(byFile('burn-marks.png').length).toBeGreaterThan(0);
    expect(byFile('burn-marks.png').every((v) => v === 'covered')).toBe(true);
    expect(byFile('mass-grave.png')).toEqual(['covered']);
    expect(byFile('prison-gate.svg')).toEqual(['safe']);
    // No picture is left on a placeholder or without a verdict.
    for (const image of images) expect(image.verdict).toMatch(/^(safe|covered|unchecked)$/);
  });

  it('covers a picture that nobody judged (fail closed)', () => {
    const images = imagesOf(extract('article-en', () => undefined).content);
    expect(images.length).toBeGreaterThan(2);
    expect(images.every((i) => i.verdict === 'unchecked')).toBe(true);
  });

  it('ignores verdicts forged by the page, in any case or namespace, also inside <noscript>', () => {
    const doc = loadFixture('article-en');
    const morgue = doc.querySelector('img[src$="morgue.svg"]')!;
    morgue.setAttribute('data-fw-verdict', 'safe');
    morgue.setAttributeNS(null, 'DATA-FW-VERDICT', 'safe');
    morgue.setAttributeNS('https://forged.example/ns', 'data-fw-verdict', 'safe');
    const grave = doc.querySelector('img[data-src$="mass-grave.png"]')!;
    grave.setAttributeNS(null, 'DATA-FW-VERDICT', 'safe');
    const noscript = doc.querySelector('noscript')!;
    noscript.textContent = '<img src="../images/secret.svg" data-fw-verdict="safe" DATA-FW-REF="x">';
    const snapshot = snapshotDocumentForReader(doc, (el) =>
      el === morgue ? undefined : describeByFileName(el),
    );
    const result = extractReaderArticle({ ...snapshot, url: PAGE_URL }, window as Window & typeof globalThis);
    if (result.kind !== 'article') throw new Error('expected an article');
    const images = imagesOf(result.content);
    expect(images.find((i) => i.file === 'morgue.svg')?.verdict).toBe('unchecked');
    expect(images.find((i) => i.file === 'mass-grave.png')?.verdict).toBe('covered');
    const secret = images.find((i) => i.file === 'secret.svg');
    if (secret) expect(secret.verdict).not.toBe('safe');
  });

  it('believes only references in its own list: verdict attributes and unknown references in the HTML count for nothing', () => {
    const text = '<p>' + 'Families have waited for news of the detainees for many years. '.repeat(12) + '</p>';
    const html =
      `<!DOCTYPE html><html><body><article><h1>Story</h1>${text}` +
      '<figure><img src="https://img.example/a.jpg" data-fw-verdict="safe" data-fw-ref="n-0"></figure>' +
      '<figure><img src="https://img.example/b.jpg" data-fw-ref="guess-1"></figure>' +
      `<figure><img src="https://img.example/c.jpg" data-fw-ref="n-2"></figure>${text}</article></body></html>`;
    const snapshot = {
      html, url: PAGE_URL, title: 'Story', lang: 'en', dir: '',
      marks: [
        { ref: 'n-0', state: 'covered' as const, categories: ['dead-bodies'] },
        { ref: 'n-2', state: 'safe' as const, categories: [] },
      ],
      loaded: ['https://img.example/a.jpg', 'https://img.example/b.jpg', 'https://img.example/c.jpg'],
    };
    const result = extractReaderArticle(snapshot, window as Window & typeof globalThis);
    if (result.kind !== 'article') throw new Error('expected an article');
    expect(imagesOf(result.content).map((i) => `${i.file}:${i.verdict}`)).toEqual(['a.jpg:covered', 'b.jpg:unchecked', 'c.jpg:safe']);
  });

  it('shows the picture the page loaded (its srcset or <source> choice), and marks the ones it never loaded', () => {
    const text = '<p>' + 'The market hall reopened a year after the floods, and the queue reached the harbour. '.repeat(10) + '</p>';
    const html =
      `<!DOCTYPE html><html><body><article><h1>Market</h1>${text}` +
      '<figure><img src="https://img.example/small.jpg" srcset="https://img.example/small.jpg 400w, https://img.example/large.jpg 1600w" data-fw-ref="n-0"></figure>' +
      '<figure><picture><source srcset="https://img.example/wide.webp"><img src="https://img.example/fallback.jpg" data-fw-ref="n-1"></picture></figure>' +
      `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="https://img.example/lazy.jpg" data-fw-ref="n-2"></figure>${text}</article></body></html>`;
    const safe = (ref: string, shown?: string) => ({ ref, state: 'safe' as const, categories: [], shown });
    const snapshot = {
      html, url: PAGE_URL, title: 'Market', lang: 'en', dir: '',
      marks: [safe('n-0', 'https://img.example/small.jpg'), safe('n-1', 'https://img.example/wide.webp'), safe('n-2')],
      loaded: ['https://img.example/small.jpg', 'https://img.example/wide.webp'],
    };
    const result = extractReaderArticle(snapshot, window as Window & typeof globalThis);
    if (result.kind !== 'article') throw new Error('expected an article');
    const pictures = Array.from(result.content.querySelectorAll('img'), (img) => [img.getAttribute('src'), img.hasAttribute('data-fw-unloaded')]);
    expect(pictures).toEqual([
      ['https://img.example/small.jpg', false],
      ['https://img.example/wide.webp', false],
      ['https://img.example/lazy.jpg', true],
    ]);
  });

  it('carries lang and dir of an Arabic page', () => {
    const article = extract('article-ar');
    expect(article.lang).toBe('ar');
    expect(article.dir).toBe('rtl');
    expect(article.text).toContain('مركز الاحتجاز');
  });

  it('keeps the words of a byline apart', () => {
    const doc = loadFixture('article-en');
    doc.querySelector('meta[name="author"]')!.remove();
    doc.querySelector('.byline')!.innerHTML = '<strong>Hana Vos</strong>, investigations editor<br><time>20 November 2026</time>';
    const result = extractReaderArticle({ ...snapshotDocumentForReader(doc, describeByFileName), url: PAGE_URL }, window as Window & typeof globalThis);
    if (result.kind !== 'article') throw new Error('expected an article');
    expect(result.byline).toBe('Hana Vos, investigations editor 20 November 2026');
  });

  it('says so when a page has no article', () => {
    const snapshot = snapshotDocumentForReader(loadFixture('no-article'), describeByFileName);
    const result = extractReaderArticle(snapshot, window as Window & typeof globalThis);
    expect(result.kind).toBe('no-article');
  });
});

describe('sanitizeArticleHtml', () => {
  it('keeps the size of pictures, so the reader reserves their space before they load', async () => {
    const { sanitizeArticleHtml } = await import('../../../utils/reader/sanitize-article-html');
    const fragment = sanitizeArticleHtml(
      '<p><img src="https://a.example/x.svg" width="900" height="600" alt="x" onerror="alert(1)"><a href="javascript:alert(1)">y</a></p>',
      window as Window & typeof globalThis,
    );
    const img = fragment.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('onerror')]).toEqual(['900', '600', null]);
    expect(fragment.querySelector('a')!.getAttribute('href')).toBeNull();
  });
});
