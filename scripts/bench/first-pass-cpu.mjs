// What the first pass (trigger-words.ts) costs a fresh page, part by part, in thread CPU: each
// tree's first pass bundled apart, run in the main world of a page served as the benches serve
// it (no extension), each part its own task, timed by the trace's `tdur` of that task's call.
// Parts: reading the stored JSON (fromStoredTriggers), building the languages the page's title
// and description are read in (TriggerWords.in), reading those (textHasTrigger), the article's
// lines (pageHasTrigger, as gatherPageContext asks it) and each picture's alt and file name
// (pictureHasTrigger). Trees take turns, each load a new tab and a new copy of the bundle.
//   FOREWARN_FIRST_PASS_TREES=base=/path/to/tree,after=. node scripts/bench/first-pass-cpu.mjs [page] [loads]
// A tool for comparing trees (it prints, it is not a bench).
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { lexiconText } from '../lib/esbuild-lexicon-text.mjs';
import { startTrace } from './lib/trace.mjs';
import { BENCH_PAGES, launchBrowser, startFixtureServer } from './lib/browsers.mjs';

const [pagePath = '/first-paint/ordinary-article.html', loadsArg = '15'] = process.argv.slice(2);
const trees = (process.env.FOREWARN_FIRST_PASS_TREES ?? `this=.`).split(',').map((pair) => {
  const [name, dir] = pair.split('=');
  return { name, dir: resolve(dir), rows: [] };
});
const PARTS = ['parse', 'build', 'head', 'article', 'pictures'];

const PAGE_ENTRY = `
import { fromStoredTriggers, pageHasTrigger, pictureHasTrigger, textHasTrigger } from './utils/detection/trigger-words';
import { languagesOfAnyPart } from './utils/detection/select-lexicons';
window.__firstPass = (json, lang) => new Promise((done) => {
  const title = document.title.trim();
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? undefined;
  const root = document.querySelector('article, main') ?? document.body;
  const text = [...root.getElementsByTagName('p')].map((p) => p.textContent ?? '').filter((t) => t.length >= 20).join('\\n');
  const head = [title, description].filter(Boolean).join('. ');
  const images = [...document.images].map((img) => ({ alt: img.alt, fileName: img.src.split('/').pop().split('?')[0] }));
  let triggers = null;
  const out = {};
  const steps = [
    () => { triggers = fromStoredTriggers(json); },
    () => { triggers.in(languagesOfAnyPart(head, lang)); },
    () => { out.head = textHasTrigger(head, triggers, lang); },
    () => { out.article = pageHasTrigger({ text }, triggers, lang); },
    () => { out.pictures = images.filter((image) => pictureHasTrigger(image, triggers, lang)).length; },
  ];
  let i = 0;
  const next = () => setTimeout(() => { if (i < steps.length) { steps[i++](); next(); } else done(out); }, 5);
  next();
});`;
const STORED_ENTRY = `
import { bundledLexicon } from './utils/detection/bundled-lexicons';
import { LEXICON_LANGUAGES } from './utils/detection/lexicon-library';
import { toStoredTriggers } from './utils/detection/trigger-words';
export const stored = JSON.stringify(toStoredTriggers(LEXICON_LANGUAGES.map((lang) => bundledLexicon(lang))));`;

const bundle = async (dir, contents, format, platform) =>
  (await build({ stdin: { contents, resolveDir: dir, loader: 'ts' }, bundle: true, format, platform, target: 'chrome120', write: false, plugins: [lexiconText], logLevel: 'error' })).outputFiles[0].text;
for (const t of trees) {
  t.code = await bundle(t.dir, PAGE_ENTRY, 'iife', 'browser');
  t.stored = (await import(`data:text/javascript;base64,${Buffer.from(await bundle(t.dir, STORED_ENTRY, 'esm', 'node')).toString('base64')}`)).stored;
}

const server = await startFixtureServer(BENCH_PAGES);
const browser = await launchBrowser(false);
async function load(t, n) {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url(pagePath), { waitUntil: 'load' });
    // A comment unique to the load: no compilation cache is shared between loads.
    await page.addScriptTag({ content: `${t.code}\n// ${t.name} ${n}` });
    await page.evaluate((json) => { window.__stored = json; }, t.stored);
    await page.waitForTimeout(100);
    const trace = await startTrace(await browser.context.newCDPSession(page), ['devtools.timeline', 'disabled-by-default-devtools.timeline']);
    const out = await page.evaluate(() => window.__firstPass(window.__stored, document.documentElement.lang || undefined));
    const { events } = await trace.stop();
    // The timer callbacks, in order: the five parts, then the one that resolves.
    const calls = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall').sort((a, b) => a.ts - b.ts).map((e) => e.tdur / 1000);
    return { out, parts: calls.slice(0, PARTS.length) };
  } finally {
    await page.close();
  }
}

for (let n = 0; n < Number(loadsArg); n++) for (const t of n % 2 ? [...trees].reverse() : trees) t.rows.push(await load(t, n));

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[(xs.length - 1) >> 1];
const spread = (xs) => `${sorted(xs)[Math.floor((xs.length - 1) / 4)].toFixed(2)}–${sorted(xs)[Math.ceil((3 * (xs.length - 1)) / 4)].toFixed(2)}`;
console.log(`${pagePath}, ${loadsArg} loads per tree in turn: thread CPU per part, medians (interquartile range) in ms`);
for (const t of trees) {
  const cols = PARTS.map((part, i) => {
    const xs = t.rows.map((r) => r.parts[i]);
    return `${part} ${median(xs).toFixed(2)} (${spread(xs)})`;
  });
  const total = t.rows.map((r) => r.parts.reduce((s, x) => s + x, 0));
  console.log(`  ${t.name.padEnd(8)} ${cols.join('  ')}  total ${median(total).toFixed(2)} (${spread(total)})  answers ${JSON.stringify(t.rows[0].out)}`);
}
await browser.close();
await server.close();
