import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfOf } from './corpus-split.mjs';
import type { CorpusCase, CorpusLabel, CorpusPage } from './corpus-figures';

// Reads the real-text corpus (format: tests/corpus/real/README.md): per language `<lang>.jsonl`,
// one image per line, and `<lang>-pages.jsonl`, one page per line. Each case gets its page and
// its half (corpus-split.mjs). A page that is a copy of another (`copyOf`: the same text at
// another address) falls in that page's half, so that no text is tuned on in one half and
// measured in the other. A line that cannot be read stops the eval, naming file and line:
// figures on a half-read corpus would mislead.

const LABELS: ReadonlySet<string> = new Set<CorpusLabel>(['graphic', 'borderline', 'safe']);
const CASE_FILE = /^([a-z]{2,3})\.jsonl$/;

export interface RealCorpus {
  cases: CorpusCase[];
  /** Pages by half, for the counts the eval prints. */
  pages: { dev: number; test: number };
  languages: string[];
}

function jsonLines(path: string, name: string): { line: number; value: Record<string, unknown> }[] {
  const out: { line: number; value: Record<string, unknown> }[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new Error(`${name}:${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name}:${i + 1}: not a JSON object`);
      out.push({ line: i + 1, value: value as Record<string, unknown> });
    });
  return out;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The real corpus in `dir`, or null when it holds no case file yet. */
export function readRealCorpus(dir: string): RealCorpus | null {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const languages = names.map((n) => CASE_FILE.exec(n)?.[1]).filter((l): l is string => !!l).sort();
  if (!languages.length) return null;
  const cases: CorpusCase[] = [];
  const halves = { dev: new Set<string>(), test: new Set<string>() };
  const ids = new Map<string, string>();
  for (const lang of languages) {
    const pagesName = `${lang}-pages.jsonl`;
    if (!names.includes(pagesName)) throw new Error(`${lang}.jsonl: no ${pagesName} beside it`);
    const pages = new Map<string, CorpusPage & { url: string; splitUrl: string }>();
    for (const { line, value } of jsonLines(join(dir, pagesName), pagesName)) {
      const key = text(value.page);
      const url = text(value.url);
      if (!key) throw new Error(`${pagesName}:${line}: no "page" key`);
      if (!url) throw new Error(`${pagesName}:${line}: page ${key} has no "url" (the split hashes it)`);
      if (pages.has(key)) throw new Error(`${pagesName}:${line}: page ${key} listed twice`);
      let splitUrl = url;
      if (value.copyOf !== undefined) {
        const original = pages.get(text(value.copyOf) ?? '');
        if (!original) throw new Error(`${pagesName}:${line}: page ${key} is a copy of ${JSON.stringify(value.copyOf)}, which is not listed above it`);
        splitUrl = original.splitUrl;
      }
      pages.set(key, { key, url, splitUrl, title: text(value.title), description: text(value.description), text: text(value.text), lang: text(value.lang) ?? lang });
    }
    const caseName = `${lang}.jsonl`;
    for (const { line, value } of jsonLines(join(dir, caseName), caseName)) {
      const id = text(value.id);
      const label = text(value.label);
      const page = pages.get(text(value.page) ?? '');
      const image = value.image;
      if (!id) throw new Error(`${caseName}:${line}: no "id"`);
      const earlier = ids.get(id);
      if (earlier) throw new Error(`${caseName}:${line}: id ${id} already used in ${earlier}`);
      ids.set(id, `${caseName}:${line}`);
      if (!label || !LABELS.has(label)) throw new Error(`${caseName}:${line}: label is graphic, borderline or safe, not ${JSON.stringify(value.label)}`);
      if (!page) throw new Error(`${caseName}:${line}: page ${JSON.stringify(value.page)} is not in ${pagesName}`);
      if (typeof image !== 'object' || image === null || Array.isArray(image)) throw new Error(`${caseName}:${line}: no "image" object`);
      const half = halfOf(page.splitUrl);
      halves[half].add(`${lang}:${page.key}`);
      cases.push({ id, lang, set: lang, label: label as CorpusLabel, image: image as CorpusCase['image'], page, half, note: text(value.note) });
    }
  }
  return { cases, pages: { dev: halves.dev.size, test: halves.test.size }, languages };
}
