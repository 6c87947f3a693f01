import { describe, expect, it } from 'vitest';
import { classifyImageContext } from '../../../utils/detection/classify-image-context';
import type { ImageTextContext, PageTextContext } from '../../../utils/detection/detection-types';
import { pageDecisionKey } from '../../../utils/detection/page-decision-key';
import { ARTICLE_SHARE_STEPS } from '../../../utils/detection/read-surroundings';

// A page's reading is keyed by what a decision can see of it, so that a picture is decided again
// only when that changed. Invented pages and captions.
const page = (overrides: Partial<PageTextContext>): PageTextContext => ({
  title: 'Shelling hits the eastern district',
  description: 'Residents describe the night the market was hit.',
  lang: 'en',
  violenceShare: 0,
  categories: [],
  terms: [],
  ...overrides,
});

const pictures: ImageTextContext[] = [
  { placement: 'article-body', fileName: 'img-0412.jpg' },
  { placement: 'article-body', caption: 'Residents outside the market on Tuesday.', fileName: 'market.jpg' },
  { placement: 'article-body', caption: 'Photo: Jane Doe/Agency', after: 'Dozens of people were wounded in the attack.' },
  { placement: 'article-body', caption: 'Bodies lie in the street after the strike.' },
  { placement: 'teaser', caption: 'Football: the derby ends in a draw.' },
  { placement: 'article-body', alt: 'A wounded man is carried on a stretcher.', heading: 'The night of the attack' },
];

/** Two readings with the same key, however far apart their raw figures are. */
const sameKeyPairs: [string, PageTextContext, PageTextContext][] = [
  ['shares within the top step', page({ violenceShare: 0.3, categories: ['dead-bodies'], terms: ['killed'] }), page({ violenceShare: 0.9, categories: ['dead-bodies'], terms: ['killed'] })],
  ['shares within the first step', page({ violenceShare: 0.01, categories: ['injury'], terms: ['wounded'] }), page({ violenceShare: ARTICLE_SHARE_STEPS[0]! * 0.99, categories: ['injury'], terms: ['wounded'] })],
  ['shares between the second and third steps', page({ violenceShare: ARTICLE_SHARE_STEPS[1]!, categories: ['injury'], terms: ['wounded'] }), page({ violenceShare: ARTICLE_SHARE_STEPS[2]! * 0.99, categories: ['injury'], terms: ['wounded'] })],
  [
    'words beyond those a verdict names',
    page({ violenceShare: 0.4, categories: ['dead-bodies', 'injury', 'torture'], terms: ['killed', 'wounded', 'tortured'] }),
    page({ violenceShare: 0.4, categories: ['dead-bodies', 'injury', 'execution'], terms: ['killed', 'wounded', 'executed', 'morgue'] }),
  ],
];

describe('pageDecisionKey', () => {
  it.each(sameKeyPairs)('gives one key to readings that differ only in what no decision sees (%s)', (_, a, b) => {
    expect(pageDecisionKey(a)).toBe(pageDecisionKey(b));
  });

  it.each(sameKeyPairs)('and every picture gets the same verdict from both (%s)', (_, a, b) => {
    for (const picture of pictures) expect(classifyImageContext(picture, b)).toEqual(classifyImageContext(picture, a));
  });

  it('changes when the article first says anything violent, and at every step a decision weighs', () => {
    const keys = [0, 0.001, ...ARTICLE_SHARE_STEPS].map((violenceShare) => pageDecisionKey(page({ violenceShare })));
    expect(new Set(keys).size).toBe(keys.length);
    for (const step of ARTICLE_SHARE_STEPS) {
      expect(pageDecisionKey(page({ violenceShare: step * 0.999 }))).not.toBe(pageDecisionKey(page({ violenceShare: step })));
    }
  });

  it('changes with the title, description, language and the words a verdict names', () => {
    const base = pageDecisionKey(page({ violenceShare: 0.4, categories: ['injury'], terms: ['wounded'] }));
    expect(pageDecisionKey(page({ title: 'Another title', violenceShare: 0.4, categories: ['injury'], terms: ['wounded'] }))).not.toBe(base);
    expect(pageDecisionKey(page({ description: 'Other words', violenceShare: 0.4, categories: ['injury'], terms: ['wounded'] }))).not.toBe(base);
    expect(pageDecisionKey(page({ lang: 'fr', violenceShare: 0.4, categories: ['injury'], terms: ['wounded'] }))).not.toBe(base);
    expect(pageDecisionKey(page({ violenceShare: 0.4, categories: ['injury', 'dead-bodies'], terms: ['wounded'] }))).not.toBe(base);
    expect(pageDecisionKey(page({ violenceShare: 0.4, categories: ['injury'], terms: ['wounded', 'killed'] }))).not.toBe(base);
  });
});
