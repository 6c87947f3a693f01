// Where a page load's added CPU goes, in the page-cost bench's own measure (main-thread CPU of
// the page's renderer) rather than a sampling profile: the extension is built three more times,
// each stopping the content script one step earlier, and every build is loaded in turn with
// Chromium alone and the floor (an empty content script). A tool for reading the timeline of
// issue 14, not a bench: it prints a table and no FIGURE lines.
//   - evaluated: main() returns at once (the script is parsed, compiled and its modules run);
//   - watching: the guard watches the parser and holds pictures, but settings never arrive, so
//     nothing is read, decided or covered (the top frame's English lexicon is still read: that
//     request starts before the guard);
//   - full: the extension as shipped.
//   node scripts/bench/cost-parts.mjs                     (default pages, 3 rounds)
//   FOREWARN_BENCH_ROUNDS=5 PAGES=/pages/front-1.html,/fixed-cost/brief.html node scripts/bench/cost-parts.mjs
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { formatNumber, summarize } from './lib/figures.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTENT_ENTRY = resolve(ROOT, 'entrypoints/content/index.ts');
const ROUNDS = Number(process.env.FOREWARN_BENCH_ROUNDS ?? 3);
const PAGES = (
  process.env.PAGES ??
  '/pages/article-1.html,/pages/article-4.html,/pages/front-1.html,/pages/front-3.html,/pages/gallery-1.html,/pages/gallery-4.html,/pages/live-1.html,/pages/live-3.html,/fixed-cost/brief.html'
).split(',');

/** Text replaced in the content script's entry for each cut-short build; the build fails if it is not there. */
const CUTS = {
  evaluated: ['  async main(ctx) {', '  async main(ctx) {\n    if (ctx) return;'],
  watching: ['    const settings = await (topSettings ?? loadPageSettings(host, migrate));', '    await new Promise(() => {});\n    const settings = await (topSettings ?? loadPageSettings(host, migrate));'],
};

/** A Vite plugin that cuts the content script short at `cut` (one of CUTS). */
function cutShort(name) {
  const [from, to] = CUTS[name];
  return {
    name: `forewarn-cut-${name}`,
    enforce: 'pre',
    async load(id) {
      if (id !== CONTENT_ENTRY) return null;
      const code = await readFile(id, 'utf8');
      if (!code.includes(from)) throw new Error(`cost-parts: "${from.trim()}" is no longer in entrypoints/content/index.ts`);
      return code.replace(from, to);
    },
  };
}

const { build } = await import('wxt');
const builds = ['evaluated', 'watching', 'full'];
for (const name of builds) {
  const plugins = name === 'full' ? [preact()] : [preact(), cutShort(name)];
  await build({ root: ROOT, outDir: `.output-bench-parts-${name}`, logLevel: 'warn', vite: () => ({ plugins }) });
}

const { register } = await import('tsx/esm/api');
register();
const { BENCH_PAGES, launchBrowser, startFixtureServer } = await import('./lib/browsers.mjs');
const { alternateLoads } = await import('./lib/page-load.mjs');
const { writeFloorExtension } = await import('./lib/floor-extension.mjs');

const server = await startFixtureServer(BENCH_PAGES);
const browsers = { plain: await launchBrowser(false), floor: await launchBrowser(false, [], await writeFloorExtension()) };
// Loaded as "another extension": nothing waits for Forewarn's marks, which the cut builds never write.
for (const name of builds) browsers[name] = await launchBrowser(false, [], resolve(ROOT, `.output-bench-parts-${name}`, 'chrome-mv3'));
const keys = Object.keys(browsers);
/** cpu[page][key] = main-thread CPU ms of each load (the cut builds never decide; the full one decides after the load event) */
const cpu = await alternateLoads(browsers, server, PAGES, ROUNDS, (round) => console.log(`round ${round + 1}/${ROUNDS} done`));

const median = (values) => summarize(values).median;
const added = Object.fromEntries(keys.map((k) => [k, []]));
console.log(`\nMain-thread CPU added per load (ms, median of ${ROUNDS} loads; without an extension in the first column):`);
console.log(['page', 'without', ...keys.slice(1)].join(' | '));
for (const page of PAGES) {
  const base = median(cpu[page].plain);
  const row = keys.slice(1).map((k) => {
    const value = median(cpu[page][k]) - base;
    added[k].push(value);
    return formatNumber(value);
  });
  console.log([page, formatNumber(base), ...row].join(' | '));
}
console.log(['median over pages', '', ...keys.slice(1).map((k) => formatNumber(median(added[k])))].join(' | '));
const step = (from, to) => formatNumber(median(added[to].map((v, i) => v - added[from][i])));
console.log(
  `\nSteps (median over pages of the difference): evaluating the script ${step('floor', 'evaluated')} ms above the floor; ` +
    `watching and holding ${step('evaluated', 'watching')} ms; settings, lexicons, deciding and covering ${step('watching', 'full')} ms.`,
);
