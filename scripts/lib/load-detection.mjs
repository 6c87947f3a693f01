// Bundles the TypeScript detection core with esbuild (installed with wxt) into a temporary ES
// module and imports it, so Node scripts run the very code the extension ships.
import { build } from 'esbuild';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lexiconText } from './esbuild-lexicon-text.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');

export async function loadDetection() {
  const dir = await mkdtemp(join(tmpdir(), 'forewarn-detection-'));
  const entry = join(dir, 'entry.ts');
  await writeFile(
    entry,
    [
      `export { classifyImageContext } from ${JSON.stringify(join(ROOT, 'utils/detection/classify-image-context.ts'))};`,
      `export { measureArticleViolence } from ${JSON.stringify(join(ROOT, 'utils/detection/measure-article-violence.ts'))};`,
      `export { shouldCover } from ${JSON.stringify(join(ROOT, 'utils/detection/should-cover.ts'))};`,
      `export { registerBundledLexicons } from ${JSON.stringify(join(ROOT, 'utils/detection/bundled-lexicons.ts'))};`,
      // For scripts/dev-cases.mjs --terms: which lexicon entries a text holds.
      `export { findTerms, forgetTextsRead } from ${JSON.stringify(join(ROOT, 'utils/detection/find-terms.ts'))};`,
      `export { selectLexicons } from ${JSON.stringify(join(ROOT, 'utils/detection/select-lexicons.ts'))};`,
    ].join('\n'),
  );
  const outfile = join(dir, 'detection.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error', plugins: [lexiconText] });
  const mod = await import(pathToFileURL(outfile).href);
  await rm(dir, { recursive: true, force: true });
  // Detection reads registered lexicons only; in Node every language comes from the bundled data.
  mod.registerBundledLexicons();
  return mod;
}
