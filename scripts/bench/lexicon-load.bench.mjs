// What a page pays to get a lexicon, cold, in Chromium: rebuilding it from the JSON text
// storage.local holds (fromStoredLexicon: JSON.parse + checks + lookup maps; what the content
// script does on every page and frame since lexicons live in storage) against compiling it from
// the bundled data (what every page did before). Each sample is a fresh page, so the code runs
// cold as on a real page load; the same in Node, one fresh process per sample, for comparison with
// figures taken there. Prints figures; asserts nothing.
//   node scripts/bench/lexicon-load.bench.mjs
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { lexiconText } from '../lib/esbuild-lexicon-text.mjs';
import { reportFigure } from './lib/figures.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ROUNDS = 15;
const NODE_RUNS = 21;
const LANGS = ['en', 'ar', 'de'];
const entry = [
  `export { lexiconData } from './utils/detection/lexicons/all-lexicons.ts';`,
  `export { compileLexicon } from './utils/detection/compile-lexicon.ts';`,
  `export { toStoredLexicon, fromStoredLexicon } from './utils/detection/stored-lexicon.ts';`,
].join('\n');
const bundle = (format, platform) =>
  build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format, platform, globalName: 'forewarnLexicons', minify: true, charset: 'utf8', write: false, plugins: [lexiconText] });

// The stored texts, made in Node as the background makes them.
const dir = await mkdtemp(join(tmpdir(), 'forewarn-lexicon-load-'));
const nodeFile = join(dir, 'lexicons.mjs');
await writeFile(nodeFile, (await bundle('esm', 'node')).outputFiles[0].text);
const { lexiconData, toStoredLexicon } = await import(pathToFileURL(nodeFile).href);
const texts = Object.fromEntries(LANGS.map((lang) => [lang, JSON.stringify(toStoredLexicon(lexiconData(lang)))]));

// Node: English from its text in a fresh process each time (module loaded, nothing run yet).
const textFile = join(dir, 'en.json');
await writeFile(textFile, texts.en);
const probe = `
  const { fromStoredLexicon } = await import(${JSON.stringify(pathToFileURL(nodeFile).href)});
  const text = (await import('node:fs')).readFileSync(${JSON.stringify(textFile)}, 'utf8');
  const start = performance.now();
  const lexicon = fromStoredLexicon(text);
  const ms = performance.now() - start;
  if (!lexicon) process.exit(1);
  console.log(ms);`;
const nodeSamples = [];
for (let i = 0; i < NODE_RUNS; i++) {
  nodeSamples.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })));
}
await rm(dir, { recursive: true, force: true });
reportFigure({
  name: 'lexicon en from storage text, fresh process (Node)',
  unit: 'ms',
  samples: nodeSamples,
  note: `Node ${process.version}; JSON.parse included`,
});
const script = (await bundle('iife', 'browser')).outputFiles[0].text;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const context = await browser.newContext();
  // Cross-origin isolation gives performance.now() its finest resolution.
  await context.route('http://localhost/**', (route) =>
    route.fulfill({
      body: '<!doctype html><title>bench</title>',
      contentType: 'text/html',
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
    }),
  );
  const samples = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of ['stored', 'compiled']) {
      for (const lang of LANGS) {
        const page = await context.newPage();
        await page.goto('http://localhost/bench.html');
        await page.addScriptTag({ content: script });
        // The text arrives in its own task, as storage.local would hand it over.
        await page.evaluate((text) => void (globalThis.storedText = text), texts[lang]);
        const ms = await page.evaluate(
          ({ way, lang }) => {
            const { lexiconData, compileLexicon, fromStoredLexicon } = globalThis.forewarnLexicons;
            const start = performance.now();
            const lexicon = way === 'stored' ? fromStoredLexicon(globalThis.storedText) : compileLexicon(lexiconData(lang));
            const elapsed = performance.now() - start;
            if (!lexicon) throw new Error(`no ${lang} lexicon from its stored form`);
            return elapsed;
          },
          { way, lang },
        );
        await page.close();
        (samples[`${way} ${lang}`] ??= []).push(ms);
      }
    }
  }
  for (const lang of LANGS) {
    reportFigure({
      name: `lexicon ${lang} from storage text, cold page (Chromium)`,
      unit: 'ms',
      samples: samples[`stored ${lang}`],
      note: `${(texts[lang].length / 1024).toFixed(1)} KB of JSON; JSON.parse + checks + lookup maps`,
    });
    reportFigure({ name: `lexicon ${lang} compiled from data, cold page (Chromium)`, unit: 'ms', samples: samples[`compiled ${lang}`], note: 'what every page paid before' });
  }
} finally {
  await browser.close();
}
