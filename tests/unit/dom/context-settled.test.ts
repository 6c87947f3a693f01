// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isContextSettled } from '../../../utils/dom/context-settled';

function loadingDocument(html: string): Document {
  document.body.innerHTML = html;
  Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
  return document;
}

describe('isContextSettled', () => {
  it('waits while the image is the last thing the parser wrote in its figure', () => {
    const doc = loadingDocument('<article><figure><img id="a" src="a.jpg"></figure></article>');
    expect(isContextSettled(doc.getElementById('a')!, doc)).toBe(false);
  });

  it('is settled once something follows the figure', () => {
    const doc = loadingDocument(
      '<article><figure><img id="a" src="a.jpg"><figcaption>Caption</figcaption></figure><p>Next</p></article>',
    );
    expect(isContextSettled(doc.getElementById('a')!, doc)).toBe(true);
  });

  it('is settled after parsing whatever the markup', () => {
    const doc = loadingDocument('<figure><img id="a" src="a.jpg"></figure>');
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    expect(isContextSettled(doc.getElementById('a')!, doc)).toBe(true);
  });
});
