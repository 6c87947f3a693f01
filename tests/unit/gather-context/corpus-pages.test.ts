// @vitest-environment happy-dom
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { Sensitivity } from '../../../utils/detection/detection-types';
import { shouldCover } from '../../../utils/detection/should-cover';
import { gatherImageContext } from '../../../utils/dom/gather-image-context';
import { gatherPageContext } from '../../../utils/dom/gather-page-context';

// The whole-page fixtures, run through the DOM gatherers and the classifier without the
// extension: the same expectations the end-to-end test checks in Chromium, failing faster and
// naming the gathered context when they do not hold.

const ROOT = resolve('tests/fixtures/corpus-pages');
const PAGES = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'expected.json')));

interface Expected {
  sensitivity: Sensitivity;
  images: Record<string, 'covered' | 'safe'>;
}

describe('corpus pages through gatherImageContext + classifyImageContext', () => {
  it('has at least twelve pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PAGES)('%s', (slug) => {
    const html = readFileSync(join(ROOT, slug, 'index.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const page = gatherPageContext(doc);
    const wrong: string[] = [];
    const images = [...doc.querySelectorAll('img')];
    expect(images.map((i) => i.id).sort()).toEqual(Object.keys(expected.images).sort());
    for (const img of images) {
      const context = gatherImageContext(img);
      const verdict = classifyImageContext(context, page);
      const got = shouldCover(verdict, expected.sensitivity) ? 'covered' : 'safe';
      if (got !== expected.images[img.id]) {
        wrong.push(`${img.id}: expected ${expected.images[img.id]}, got ${got} (coverAt ${verdict.coverAt}, ${JSON.stringify(verdict.reason)}) context ${JSON.stringify(context)} page share ${page.violenceShare.toFixed(2)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
