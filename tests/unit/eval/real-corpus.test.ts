import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readRealCorpus } from '../../../scripts/lib/real-corpus';

// Reading the real corpus's files (format: tests/corpus/real/README.md), on the format fixture
// and on broken copies of it.

const FIXTURE = join(import.meta.dirname, '../../fixtures/eval/real-corpus-format');
const cases = readFileSync(join(FIXTURE, 'en.jsonl'), 'utf8');
const pages = readFileSync(join(FIXTURE, 'en-pages.jsonl'), 'utf8');
const dirs: string[] = [];
function corpusDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'forewarn-real-corpus-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readRealCorpus', () => {
  it('reads cases with their page, language and half', () => {
    const corpus = readRealCorpus(FIXTURE)!;
    expect(corpus.languages).toEqual(['en']);
    expect(corpus.pages).toEqual({ dev: 1, test: 1 });
    expect(corpus.cases.map((c) => [c.id, c.lang, c.label, c.half])).toEqual([
      ['fx-1', 'en', 'graphic', 'dev'],
      ['fx-2', 'en', 'safe', 'dev'],
      ['fx-3', 'en', 'graphic', 'test'],
      ['fx-4', 'en', 'borderline', 'test'],
    ]);
    expect(corpus.cases[0]!.image).toEqual({ placement: 'article-body', caption: 'Format fixture: bodies lie in the morgue.' });
    expect(corpus.cases[0]!.page).toMatchObject({ key: 'fx-a', url: 'https://example.org/format-fixture/a', lang: 'en' });
  });

  it('puts a page marked as a copy of another in that page\'s half', () => {
    const copy = pages.replace('"url":"https://example.org/format-fixture/d",', '"url":"https://example.org/format-fixture/d","copyOf":"fx-a",');
    const corpus = readRealCorpus(corpusDir({ 'en.jsonl': cases, 'en-pages.jsonl': copy }))!;
    expect(corpus.pages).toEqual({ dev: 2, test: 0 });
    expect(corpus.cases.map((c) => c.half)).toEqual(['dev', 'dev', 'dev', 'dev']);
    expect(corpus.cases[2]!.page).toMatchObject({ key: 'fx-b', url: 'https://example.org/format-fixture/d', splitUrl: 'https://example.org/format-fixture/a' });
  });

  it('says there is no corpus where there is no case file', () => {
    expect(readRealCorpus(join(FIXTURE, 'missing'))).toBeNull();
    expect(readRealCorpus(corpusDir({ 'README.md': '# Real-text detection corpus' }))).toBeNull();
  });

  it.each([
    ['a case naming an unknown page', { 'en.jsonl': cases.replace('"page":"fx-b"', '"page":"fx-c"') }, /en\.jsonl:3: page "fx-c" is not in en-pages\.jsonl/],
    ['a label outside the three', { 'en.jsonl': cases.replace('"label":"safe"', '"label":"unsafe"') }, /en\.jsonl:2: label is graphic, borderline or safe/],
    ['an id used twice', { 'en.jsonl': cases.replace('"id":"fx-2"', '"id":"fx-1"') }, /en\.jsonl:2: id fx-1 already used in en\.jsonl:1/],
    ['a line that is not JSON', { 'en.jsonl': `${cases}{"id":"fx-5",\n` }, /en\.jsonl:5: not JSON/],
    ['a page without url', { 'en-pages.jsonl': pages.replace('"url":"https://example.org/format-fixture/a",', '') }, /en-pages\.jsonl:1: page fx-a has no "url"/],
    ['a copy of a page not listed above it', { 'en-pages.jsonl': pages.replace('"url":"https://example.org/format-fixture/a",', '"url":"https://example.org/format-fixture/a","copyOf":"fx-b",') }, /en-pages\.jsonl:1: page fx-a is a copy of "fx-b", which is not listed above it/],
    ['a case file without its pages', { 'en-pages.jsonl': null }, /en\.jsonl: no en-pages\.jsonl beside it/],
  ])('stops at %s, naming file and line', (_what, change, message) => {
    const files: Record<string, string> = { 'en.jsonl': cases, 'en-pages.jsonl': pages };
    for (const [name, text] of Object.entries(change)) {
      if (text === null) delete files[name];
      else files[name] = text;
    }
    expect(() => readRealCorpus(corpusDir(files))).toThrow(message);
  });
});
