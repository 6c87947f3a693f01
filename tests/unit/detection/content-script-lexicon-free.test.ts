import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script gets its lexicons from storage.local (utils/detection-store/lexicon-store.ts).
// Any module it imports that reaches the lexicon data would put all eight back into the bundle
// and their compile cost back on every page: walk its relative imports and say which do.

const ROOT = resolve(import.meta.dirname, '../../..');
const FORBIDDEN = [/^utils\/detection\/lexicons\//, /^utils\/detection\/bundled-lexicons\.ts$/, /\.lexicon$/];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  // A lexicon file imported as text (`./en.lexicon?raw`), wherever it is imported from.
  if (/\.lexicon(\?raw)?$/.test(spec)) return resolve(dirname(from), spec.replace(/\?raw$/, ''));
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every project module reachable from `entry`, with the chain that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      // Type-only imports vanish from the bundle.
      if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (!target || seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      if (/\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return seen;
}

describe('the content script', () => {
  const graph = reachable(join(ROOT, 'entrypoints/content/index.ts'));
  const paths = [...graph.keys()].map((f) => relative(ROOT, f));

  it('reaches the detection core (so the walk below means something)', () => {
    expect(paths).toContain('utils/detection/find-terms.ts');
    expect(paths).toContain('utils/detection/select-lexicons.ts');
  });

  it('imports no lexicon data, directly or through another module', () => {
    const offenders = [...graph.entries()]
      .filter(([file]) => FORBIDDEN.some((re) => re.test(relative(ROOT, file))))
      .map(([, chain]) => chain.map((f) => relative(ROOT, f)).join(' → '));
    expect(offenders).toEqual([]);
  });
});
