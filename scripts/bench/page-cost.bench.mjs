// Main-thread time the extension adds to page loads, for each bench page, with and without the
// extension, in alternating order, several rounds. Two measures (see lib/page-load.mjs): the CPU
// time of the page's renderer main thread (the budgeted figure: stable on a shared machine) and
// CDP Performance.getMetrics TaskDuration (wall clock, which descheduling inflates). Both include the
// content script's isolated world, which runs on that thread.
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
const FIXED_LOADS = Math.max(6, ROUNDS * 3);
const fixed = { plain: [], ext: [] };
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
  // The fixed cost: a short text-only brief, no pictures, no frames.
  for (let i = 0; i < FIXED_LOADS; i++) {
    for (const b of i % 2 === 0 ? [plain, withExtension] : [withExtension, plain]) {
      fixed[b.withExtension ? 'ext' : 'plain'].push(await measurePageLoad(b, server.url('/fixed-cost/brief.html')));
    }
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}

const median = (rows, key) => summarize(rows.map((r) => r[key])).median;
const perPage = pages.map((name) => {
  const { plain: p, ext: e } = samples[name];
  const baseCpu = median(p, 'MainThreadCpuMs');
  const extCpu = median(e, 'MainThreadCpuMs');
  const baseTask = median(p, 'TaskDuration') * 1000;
  const extTask = median(e, 'TaskDuration') * 1000;
  return {
    name,
    kind: name.replace(/-\d+\.html$/, ''),
    images: e[0].images,
    covered: e[0].covered,
    elements: p[0].elements,
    baseCpu,
    extCpu,
    addedCpu: extCpu - baseCpu,
    addedCpuPct: (extCpu / baseCpu - 1) * 100,
    cpuNoisePct: noisePct(p.map((r) => r.MainThreadCpuMs)),
    addedProcessCpu: median(e, 'ProcessCpuMs') - median(p, 'ProcessCpuMs'),
    baseTask,
    addedTask: extTask - baseTask,
    addedTaskPct: (extTask / baseTask - 1) * 100,
    taskNoisePct: noisePct(p.map((r) => r.TaskDuration)),
    scriptMs: (median(e, 'ScriptDuration') - median(p, 'ScriptDuration')) * 1000,
    layoutMs: (median(e, 'LayoutDuration') - median(p, 'LayoutDuration')) * 1000,
    layouts: median(e, 'LayoutCount') - median(p, 'LayoutCount'),
  };
});

/** How much a page's own baseline moves between rounds ((max−min)/median), to judge noise. */
function noisePct(values) {
  return ((Math.max(...values) - Math.min(...values)) / summarize(values).median) * 100;
}

const cols = ['page', 'imgs', 'covered', 'elements', 'CPU without ms', 'CPU added ms', 'CPU added %', 'CPU noise %', 'process CPU added ms', 'TaskDuration without ms', 'TaskDuration added %', 'TaskDuration noise %', 'script Δms', 'layout Δms', 'layouts Δ'];
console.log(`\nPer page (median of ${ROUNDS} loads each way; noise = (max−min)/median of the loads without):`);
console.log(cols.join(' | '));
for (const r of perPage) {
  console.log(
    [r.name, r.images, r.covered, r.elements, r.baseCpu, r.addedCpu, r.addedCpuPct, r.cpuNoisePct, r.addedProcessCpu, r.baseTask, r.addedTaskPct, r.taskNoisePct, r.scriptMs, r.layoutMs, r.layouts]
      .map((v) => (typeof v === 'number' ? formatNumber(v) : v))
      .join(' | '),
  );
}
console.log('');
for (const kind of [...new Set(perPage.map((r) => r.kind))]) {
  const rows = perPage.filter((r) => r.kind === kind);
  const s = summarize(rows.map((r) => r.addedCpuPct));
  console.log(`${kind}: ${rows.length} pages, CPU added ${formatNumber(s.median)} % (median; ${formatNumber(s.lo)}–${formatNumber(s.hi)} ${s.spread})`);
}
const untraced = Object.values(samples).flatMap((s) => [...s.plain, ...s.ext]).filter((r) => !Number.isFinite(r.MainThreadCpuMs)).length;
if (untraced) console.log(`${untraced} loads had no CPU reading of the page's main thread (left out of the CPU figures).`);
if (undecided) console.log(`${undecided} loads ended before every picture was decided (15 s).`);

reportFigure({
  name: `main-thread CPU added, median over ${pages.length} pages`,
  unit: '%',
  samples: perPage.map((r) => r.addedCpuPct),
  budget: { max: 5, text: 'under 5 %' },
  note: `spread is over pages; a page's own loads vary by ${formatNumber(summarize(perPage.map((r) => r.cpuNoisePct)).median)} % (median (max−min)/median)`,
});
reportFigure({ name: 'main-thread CPU added per page load', unit: 'ms', samples: perPage.map((r) => r.addedCpu) });
{
  const base = summarize(fixed.plain.map((r) => r.MainThreadCpuMs));
  reportFigure({
    name: 'main-thread CPU added to a document without pictures',
    unit: 'ms',
    samples: fixed.ext.map((r) => r.MainThreadCpuMs - base.median),
    note: `text-only brief, ${FIXED_LOADS} loads each way; without the extension ${formatNumber(base.median)} ms (renderer start included)`,
  });
}
reportFigure({ name: 'main-thread CPU per page load without extension', unit: 'ms', samples: perPage.map((r) => r.baseCpu) });
reportFigure({
  name: `TaskDuration added, median over ${pages.length} pages`,
  unit: '%',
  samples: perPage.map((r) => r.addedTaskPct),
  budget: { max: 5, text: 'under 5 % (wall clock, noisy)' },
  note: `wall clock; a page's own loads vary by ${formatNumber(summarize(perPage.map((r) => r.taskNoisePct)).median)} % here, so this is indicative only`,
});
reportFigure({ name: 'of which ScriptDuration added', unit: 'ms', samples: perPage.map((r) => r.scriptMs) });
