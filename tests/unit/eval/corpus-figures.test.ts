import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asGathered, balancedMissesBySource, expectedCover, measureCorpus, rates, type Detection } from '../../../scripts/lib/corpus-figures';
import { readRealCorpus } from '../../../scripts/lib/real-corpus';
import type { Sensitivity } from '../../../utils/detection/detection-types';
import { shouldCover } from '../../../utils/detection/should-cover';

// The eval's counting, on the format fixture with a detector whose answers are set here, so the
// figures are known in advance (and do not move when the rules are tuned).

const corpus = readRealCorpus(join(import.meta.dirname, '../../fixtures/eval/real-corpus-format'))!;
/** The lowest level each fixture case is covered at, by id. */
function detector(coverAt: Record<string, Sensitivity | null>): Detection {
  return {
    measureArticleViolence: () => ({ violenceShare: 0.5, categories: [] }),
    classifyImageContext: (image) => {
      const id = corpus.cases.find((c) => c.image.caption === image.caption)!.id;
      return { categories: [], score: 0, coverAt: coverAt[id] ?? null, reason: { source: 'caption', terms: [id] } };
    },
    shouldCover,
  };
}

describe('asGathered', () => {
  it('reads the text before and after a picture only where the page reader would take it as a paragraph', () => {
    const label = 'Location of Talbiseh in northern Homs';
    const paragraph = 'Rescuers searched the ruins of the market for survivors until the evening.';
    expect(label.length).toBeLessThan(40);
    expect(asGathered({ caption: 'A map', before: label, after: paragraph })).toEqual({ placement: 'article-body', caption: 'A map', after: paragraph });
    expect(asGathered({ placement: 'lead', before: paragraph, after: label })).toEqual({ placement: 'lead', before: paragraph });
  });
});

describe('expectedCover', () => {
  it('wants graphic covered from balanced, borderline at strict only, safe never', () => {
    expect(['minimal', 'balanced', 'strict'].map((l) => expectedCover('graphic', l as Sensitivity))).toEqual([null, true, true]);
    expect(['minimal', 'balanced', 'strict'].map((l) => expectedCover('borderline', l as Sensitivity))).toEqual([false, false, true]);
    expect(['minimal', 'balanced', 'strict'].map((l) => expectedCover('safe', l as Sensitivity))).toEqual([false, false, false]);
  });
});

describe('measureCorpus on the halves of the real corpus', () => {
  const dev = corpus.cases.filter((c) => c.half === 'dev');
  const test = corpus.cases.filter((c) => c.half === 'test');

  it('counts recall and safe covered per level, per language and overall', () => {
    // fx-1 graphic, covered from minimal; fx-2 safe, covered at strict (a false cover there).
    const figures = measureCorpus(dev, detector({ 'fx-1': 'minimal', 'fx-2': 'strict' }));
    expect(figures.count).toBe(2);
    expect(figures.perLabel).toEqual({ graphic: 1, borderline: 0, safe: 1 });
    expect(rates(figures.overall.minimal)).toEqual({ recall: 1, safeCovered: 0 });
    expect(rates(figures.overall.balanced)).toEqual({ recall: 1, safeCovered: 0 });
    expect(rates(figures.overall.strict)).toEqual({ recall: 1, safeCovered: 1 });
    expect(figures.overall.strict).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 0 });
    expect(figures.byLang.get('en')!.stats).toEqual(figures.overall);
    expect(figures.misses.map((m) => [m.level, m.id, m.got])).toEqual([['strict', 'fx-2', 'strict']]);
  });

  it('treats a borderline picture as a miss when covered at balanced or not at strict', () => {
    // fx-3 graphic, never covered; fx-4 borderline, covered from balanced.
    const figures = measureCorpus(test, detector({ 'fx-3': null, 'fx-4': 'balanced' }));
    expect(rates(figures.overall.balanced)).toEqual({ recall: 0, safeCovered: null });
    expect(figures.overall.balanced).toMatchObject({ tp: 0, fp: 1, fn: 1, tn: 0 });
    expect(figures.overall.strict).toMatchObject({ tp: 1, fp: 0, fn: 1, tn: 0 });
    expect(figures.misses.map((m) => [m.level, m.id, m.label, m.got])).toEqual([
      ['balanced', 'fx-3', 'graphic', 'never'],
      ['strict', 'fx-3', 'graphic', 'never'],
      ['balanced', 'fx-4', 'borderline', 'balanced'],
    ]);
  });

  it('reads each page once', () => {
    let reads = 0;
    const counting = detector({});
    measureCorpus(corpus.cases, { ...counting, measureArticleViolence: (...args) => (reads++, counting.measureArticleViolence(...args)) });
    expect(reads).toBe(2);
  });
});

describe('balancedMissesBySource', () => {
  const test = corpus.cases.filter((c) => c.half === 'test');
  const dev = corpus.cases.filter((c) => c.half === 'dev');

  it('counts a graphic picture missed at balanced by the level and source that covered it, and never-covered ones apart', () => {
    const page = corpus.cases.find((c) => c.id === 'fx-3')!.page.key;
    expect([...balancedMissesBySource(measureCorpus(test, detector({ 'fx-3': 'strict' })).misses).graphicMissed]).toEqual([['strict, caption', { cases: 1, pages: new Set([page]) }]]);
    expect([...balancedMissesBySource(measureCorpus(test, detector({ 'fx-3': null })).misses).graphicMissed]).toEqual([['never', { cases: 1, pages: new Set([page]) }]]);
  });

  it('counts a safe picture covered at balanced by its source, and nothing for misses at strict or of borderline pictures', () => {
    const page = corpus.cases.find((c) => c.id === 'fx-2')!.page.key;
    expect([...balancedMissesBySource(measureCorpus(dev, detector({ 'fx-1': 'minimal', 'fx-2': 'balanced' })).misses).safeCovered]).toEqual([['caption', { cases: 1, pages: new Set([page]) }]]);
    expect(balancedMissesBySource(measureCorpus(dev, detector({ 'fx-1': 'minimal', 'fx-2': 'strict' })).misses).safeCovered.size).toBe(0);
    expect(balancedMissesBySource(measureCorpus(test, detector({ 'fx-3': 'minimal', 'fx-4': 'balanced' })).misses).safeCovered.size).toBe(0);
  });
});
