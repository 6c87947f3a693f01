import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textsInBothHalves } from '../../../scripts/lib/corpus-copies';
import type { CorpusCase } from '../../../scripts/lib/corpus-figures';
import { readRealCorpus } from '../../../scripts/lib/real-corpus';

// No picture's words may be tuned on in one half and measured in the other.

const page = { key: 'p', lang: 'en' };
const picture = (id: string, half: 'dev' | 'test', caption: string, alt?: string): CorpusCase => ({
  id,
  lang: 'en',
  set: 'en',
  label: 'graphic',
  half,
  page,
  image: { placement: 'article-body', caption, ...(alt ? { alt } : {}) },
});

describe('textsInBothHalves', () => {
  it('finds the same caption in both halves, whatever its case and punctuation', () => {
    const cases = [
      picture('a', 'dev', 'Railway station at Auschwitz. Behind it, crematoria 1 and 2, 1944.'),
      picture('b', 'test', 'Railway station at Auschwitz — behind it: crematoria 1 and 2, 1944'),
      picture('c', 'test', 'A different picture of the same station, 1944.'),
    ];
    expect(textsInBothHalves(cases)).toEqual([['a', 'b']]);
  });

  it('reads the alt where there is no caption, and leaves short texts and one half alone', () => {
    const cases = [
      picture('a', 'dev', '', 'Relatives mourn over the body of a fisherman'),
      picture('b', 'test', '', 'Relatives mourn over the body of a fisherman'),
      picture('c', 'dev', 'Photo: AFP'),
      picture('d', 'test', 'Photo: AFP'),
      picture('e', 'test', 'Bodies lie in the morgue of the city hospital'),
      picture('f', 'test', 'Bodies lie in the morgue of the city hospital'),
    ];
    expect(textsInBothHalves(cases)).toEqual([['a', 'b']]);
  });

  it('finds none in the real corpus: a copied page is marked copyOf the first and shares its half', () => {
    const corpus = readRealCorpus(join(import.meta.dirname, '../../corpus/real'))!;
    expect(textsInBothHalves(corpus.cases)).toEqual([]);
  });
});
