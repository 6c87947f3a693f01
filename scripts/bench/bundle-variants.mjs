// What the content script would weigh without one of its parts: rebuilds it (into
// .output-bench-variant) with a part replaced by a stub and prints raw and gzipped sizes, so a
// size fix can be chosen by what it saves. The stubbed builds do not run; they are only weighed.
//   node scripts/bench/bundle-variants.mjs                 every variant
//   node scripts/bench/bundle-variants.mjs nopoly+enonly   one combination
// Parts: nopoly (webextension-polyfill → the native chrome object), nozod (zod/mini → a stub),
// enonly (only the English lexicon instead of all eight).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = '.output-bench-variant';
const variants = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['base', 'nopoly', 'nozod', 'enonly', 'nopoly+enonly', 'nopoly+nozod+enonly'];

const stubs = await mkdtemp(join(tmpdir(), 'forewarn-variant-'));
await writeFile(join(stubs, 'polyfill.js'), 'export default globalThis.chrome;\n');
await writeFile(join(stubs, 'zod.js'), 'const p = new Proxy(function () {}, { get: () => p, apply: () => p });\nexport const z = p;\nexport default p;\n');
await writeFile(
  join(stubs, 'lexicons.ts'),
  [
    `import { readLexiconFile } from ${JSON.stringify(join(ROOT, 'utils/detection/lexicons/read-lexicon-file'))};`,
    `import en from ${JSON.stringify(join(ROOT, 'utils/detection/lexicons/en.lexicon?raw'))};`,
    'export const LEXICON_FILES = { en };',
    `export const lexiconData = (lang: string) => (lang === 'en' ? readLexiconFile(en, 'en') : null);`,
  ].join('\n'),
);

try {
  let base;
  for (const variant of variants) {
    const alias = [];
    if (variant.includes('nopoly')) alias.push({ find: 'webextension-polyfill', replacement: join(stubs, 'polyfill.js') });
    if (variant.includes('nozod')) alias.push({ find: /^zod\/mini$/, replacement: join(stubs, 'zod.js') });
    if (variant.includes('enonly')) alias.push({ find: /^(\.\.\/detection|\.)\/lexicons\/all-lexicons$/, replacement: join(stubs, 'lexicons.ts') });
    await build({ root: ROOT, outDir: OUT, filterEntrypoints: ['content'], logLevel: 'silent', vite: () => ({ resolve: { alias } }) });
    const bytes = await readFile(join(ROOT, OUT, 'chrome-mv3', 'content-scripts', 'content.js'));
    const gz = gzipSync(bytes, { level: 9 }).length / 1024;
    base ??= gz;
    console.log(`VARIANT ${variant.padEnd(22)} ${(bytes.length / 1024).toFixed(1).padStart(6)} KB raw ${gz.toFixed(1).padStart(6)} KB gzipped  (${(gz - base).toFixed(1)} KB)`);
  }
} finally {
  await rm(stubs, { recursive: true, force: true });
}
