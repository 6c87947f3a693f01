import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fmix32, fnv1a32, halfOf } from '../../../scripts/lib/corpus-split.mjs';
import { readRealCorpus } from '../../../scripts/lib/real-corpus';

// The real corpus's split, fixed before any rule is fitted (tests/corpus/real/README.md).

describe('fnv1a32', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, not UTF-16 code units', () => {
    // "é" is C3 A9 in UTF-8 (value from an independent implementation over those two bytes).
    expect(fnv1a32('é')).toBe(0x1e9de8c1);
  });
});

describe('halfOf', () => {
  it('puts an even mixed hash in the development half and an odd one in the test half', () => {
    expect(fmix32(fnv1a32('https://example.org/format-fixture/a')) % 2).toBe(0);
    expect(halfOf('https://example.org/format-fixture/a')).toBe('dev');
    expect(fmix32(fnv1a32('https://example.org/format-fixture/d')) % 2).toBe(1);
    expect(halfOf('https://example.org/format-fixture/d')).toBe('test');
  });

  it('mixes with MurmurHash3’s finaliser, so URLs a letter apart do not split by that letter’s parity', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    const halves = [...'abcdefghijklmnop'].map((ch) => halfOf(`https://example.org/${ch}`));
    expect(new Set(halves).size).toBe(2);
    expect(halves.filter((h) => h === 'dev').length).toBeGreaterThan(3);
    expect(halves.filter((h) => h === 'test').length).toBeGreaterThan(3);
  });

  it('splits by page: every picture of a page is in its page’s half', () => {
    const corpus = readRealCorpus(join(import.meta.dirname, '../../fixtures/eval/real-corpus-format'))!;
    expect(corpus.cases.map((c) => [c.id, c.page.key, c.half])).toEqual([
      ['fx-1', 'fx-a', 'dev'],
      ['fx-2', 'fx-a', 'dev'],
      ['fx-3', 'fx-b', 'test'],
      ['fx-4', 'fx-b', 'test'],
    ]);
  });
});
