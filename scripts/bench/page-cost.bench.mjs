// Main-thread time the extension adds to page loads: CDP Performance.getMetrics TaskDuration
// (every task on the page's renderer main thread, the content script's isolated world included)
// for each bench page, with and without the extension, in alternating order, several rounds.
// Per page: median with / median without − 1. Figure: the median of that over all pages.
// The pages: tests/fixtures/bench-pages/pages (scripts/bench/make-bench-pages.mjs).
//   FOREWARN_BENCH_ROUNDS=5 node scripts/bench/page-cost.bench.mjs   (default 3 rounds)
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH_PAGES, launchBrowser, startFixtureServer } from './lib/browsers.mjs';
import { measurePageLoad } from './lib/page-load.mjs';
import { formatNumber, reportFigure, summarize } from './lib/figures.mjs';

const ROUNDS = Number(process.env.FOREWARN_BENCH_ROUNDS ?? 3);
const pages = (await readdir(join(BENCH_PAGES, 'pages'))).filter((f) => f.endsWith('.html')).sort();
if (pages.length < 20) {
  console.error(`Only ${pages.length} bench pages; run node scripts/bench/make-bench-pages.mjs.`);
  process.exit(1);
}

const server = await startFixtureServer(BENCH_PAGES);
const plain = await launchBrowser(false);
const withExtension = await launchBrowser(true);
/** samples[page] = { plain: [...], ext: [...] } of measurePageLoad results */
const samples = Object.fromEntries(pages.map((p) => [p, { plain: [], ext: [] }]));
let undecided = 0;
try {
  // Warm both browsers (first navigation, extension service worker, disk cache of the binary).
  for (const b of [plain, withExtension]) await measurePageLoad(b, server.url(`/pages/${pages[0]}`));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, name] of pages.entries()) {
      // Alternate which browser goes first, so drift (thermal, caches) does not favour one.
      const order = (round + i) % 2 === 0 ? [plain, withExtension] : [withExtension, plain];
      for (const b of order) {
        const r = await measurePageLoad(b, server.url(`/pages/${name}`));
        if (!r.decided) undecided++;
        samples[name][b.withExtension ? 'ext' : 'plain'].push(r);
      }
    }
    process.stdout.write(`round ${round + 1}/${ROUNDS} done\n`);
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

const median = (rows, key) => summarize(rows.map((r) => r[key])).median;
const perPage = pages.map((name) => {
  const { plain: p, ext: e } = samples[name];
  const base = median(p, 'TaskDuration');
  const ext = median(e, 'TaskDuration');
  return {
    name,
    kind: name.replace(/-\d+\.html$/, ''),
    images: e[0].images,
    covered: e[0].covered,
    elements: p[0].elements,
    baseMs: base * 1000,
    extMs: ext * 1000,
    addedMs: (ext - base) * 1000,
    addedPct: (ext / base - 1) * 100,
    scriptMs: (median(e, 'ScriptDuration') - median(p, 'ScriptDuration')) * 1000,
    layoutMs: (median(e, 'LayoutDuration') - median(p, 'LayoutDuration')) * 1000,
    styleMs: (median(e, 'RecalcStyleDuration') - median(p, 'RecalcStyleDuration')) * 1000,
    layouts: median(e, 'LayoutCount') - median(p, 'LayoutCount'),
    spreadPct: spreadPct(p.map((r) => r.TaskDuration)),
  };
});

/** How much a page's own baseline moves between rounds (max−min over median), to judge noise. */
function spreadPct(values) {
  const s = summarize(values);
  return ((Math.max(...values) - Math.min(...values)) / s.median) * 100;
}

const cols = ['page', 'imgs', 'covered', 'elements', 'without ms', 'with ms', 'added ms', 'added %', 'script Δms', 'layout Δms', 'style Δms', 'layouts Δ', 'base noise %'];
console.log(`\nPer page (median of ${ROUNDS} loads each way):`);
console.log(cols.join(' | '));
for (const r of perPage) {
  console.log(
    [r.name, r.images, r.covered, r.elements, r.baseMs, r.extMs, r.addedMs, r.addedPct, r.scriptMs, r.layoutMs, r.styleMs, r.layouts, r.spreadPct]
      .map((v) => (typeof v === 'number' ? formatNumber(v) : v))
      .join(' | '),
  );
}
console.log('');
for (const kind of [...new Set(perPage.map((r) => r.kind))]) {
  const rows = perPage.filter((r) => r.kind === kind);
  const s = summarize(rows.map((r) => r.addedPct));
  console.log(`${kind}: ${rows.length} pages, added ${formatNumber(s.median)} % (median; ${formatNumber(s.lo)}–${formatNumber(s.hi)} ${s.spread})`);
}
if (undecided) console.log(`${undecided} loads ended before every picture was decided (15 s).`);

reportFigure({
  name: `main-thread time added, median over ${pages.length} pages`,
  unit: '%',
  samples: perPage.map((r) => r.addedPct),
  budget: { max: 5, text: 'under 5 %' },
});
reportFigure({ name: 'main-thread time added per page load', unit: 'ms', samples: perPage.map((r) => r.addedMs) });
reportFigure({ name: 'main-thread time without extension', unit: 'ms', samples: perPage.map((r) => r.baseMs) });
reportFigure({ name: 'of which script (content script) added', unit: 'ms', samples: perPage.map((r) => r.scriptMs) });
reportFigure({ name: 'of which layout added', unit: 'ms', samples: perPage.map((r) => r.layoutMs) });
